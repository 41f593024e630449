// Reads user settings for the engine, keeping what is valid and saying plainly what is not.

import type { LintSettings } from './lint';
import { SEVERITIES, type Rule, type SeveritySetting } from './types';

export interface SettingsReading {
  settings: LintSettings;
  /** One plain sentence per problem, for the editor or the terminal. */
  problems: string[];
}

const SEVERITY_ALIASES: Record<string, SeveritySetting> = {
  info: 'information',
  warn: 'warning',
  false: 'off',
  none: 'off',
};

export function readSettings(raw: { rules?: unknown; include?: unknown } | null | undefined, rules: readonly Rule[]): SettingsReading {
  const problems: string[] = [];
  const known = new Set(rules.map((r) => r.id));
  const severities: Record<string, SeveritySetting> = {};

  if (raw?.rules !== undefined && raw.rules !== null) {
    if (typeof raw.rules !== 'object' || Array.isArray(raw.rules)) {
      problems.push('"rules" must be an object such as { "leading-question": "off" }; it was ignored.');
    } else {
      for (const [id, value] of Object.entries(raw.rules as Record<string, unknown>)) {
        if (!known.has(id)) {
          problems.push(`"${id}" is not a rule id, so its setting was ignored. Known ids: ${[...known].join(', ')}.`);
          continue;
        }
        const severity = readSeverity(value);
        if (severity) severities[id] = severity;
        else problems.push(`"${id}": "${String(value)}" is not a severity; use one of ${[...SEVERITIES, 'off'].join(', ')}.`);
      }
    }
  }

  let include: string[] = [];
  if (raw?.include !== undefined && raw.include !== null) {
    if (Array.isArray(raw.include) && raw.include.every((g) => typeof g === 'string')) include = raw.include as string[];
    else problems.push('"include" must be a list of glob patterns such as ["policies/**/*.md"]; it was ignored.');
  }
  return { settings: { rules: severities, include }, problems };
}

export function readSeverity(value: unknown): SeveritySetting | undefined {
  if (value === false) return 'off';
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'off' || (SEVERITIES as readonly string[]).includes(v)) return v as SeveritySetting;
  return SEVERITY_ALIASES[v];
}
