// Reads user settings for the engine, keeping what is valid and saying plainly what is not.

import type { LintSettings } from './lint';
import { normaliseKind } from './kind';
import { DOCUMENT_KINDS, SEVERITIES, type DocumentKind, type Rule, type SeveritySetting } from './types';

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

export function readSettings(
  raw: { rules?: unknown; kinds?: unknown; options?: unknown; include?: unknown } | null | undefined,
  rules: readonly Rule[],
): SettingsReading {
  const problems: string[] = [];
  const known = new Set(rules.map((r) => r.id));
  const severities = readRuleSeverities(raw?.rules, known, '"rules"', problems);

  const kinds: Partial<Record<DocumentKind, Record<string, SeveritySetting>>> = {};
  if (raw?.kinds !== undefined && raw.kinds !== null) {
    if (typeof raw.kinds !== 'object' || Array.isArray(raw.kinds)) {
      problems.push('"kinds" must be an object such as { "consultation": { "purpose-missing": "error" } }; it was ignored.');
    } else {
      for (const [name, value] of Object.entries(raw.kinds as Record<string, unknown>)) {
        const kind = normaliseKind(name);
        if (!kind) {
          problems.push(`"kinds": "${name}" is not a document type, so its settings were ignored. Use one of: ${DOCUMENT_KINDS.join(', ')}.`);
          continue;
        }
        kinds[kind] = { ...kinds[kind], ...readRuleSeverities(value, known, `"kinds"."${name}"`, problems) };
      }
    }
  }

  const options: Record<string, Record<string, number | string | boolean>> = {};
  if (raw?.options !== undefined && raw.options !== null) {
    if (typeof raw.options !== 'object' || Array.isArray(raw.options)) {
      problems.push('"options" must be an object such as { "response-period-missing": { "minimumWeeks": 12 } }; it was ignored.');
    } else {
      for (const [id, value] of Object.entries(raw.options as Record<string, unknown>)) {
        const rule = rules.find((r) => r.id === id);
        const declared = rule?.options ?? {};
        if (!rule || Object.keys(declared).length === 0) {
          const withOptions = rules.filter((r) => r.options && Object.keys(r.options).length > 0).map((r) => r.id);
          problems.push(`"options": "${id}" is not a rule with options, so its options were ignored. Rules with options: ${withOptions.join(', ') || 'none'}.`);
          continue;
        }
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          problems.push(`"options"."${id}" must be an object; it was ignored.`);
          continue;
        }
        for (const [name, given] of Object.entries(value as Record<string, unknown>)) {
          const option = declared[name];
          if (!option) {
            problems.push(`"options"."${id}": "${name}" is not an option of this rule; known: ${Object.keys(declared).join(', ')}.`);
          } else if (typeof given !== typeof option.default || (typeof given === 'number' && !Number.isFinite(given))) {
            problems.push(`"options"."${id}"."${name}" must be a ${typeof option.default} (default ${JSON.stringify(option.default)}); it was ignored.`);
          } else {
            (options[id] ??= {})[name] = given as number | string | boolean;
          }
        }
      }
    }
  }

  let include: string[] = [];
  if (raw?.include !== undefined && raw.include !== null) {
    if (Array.isArray(raw.include) && raw.include.every((g) => typeof g === 'string')) include = raw.include as string[];
    else problems.push('"include" must be a list of glob patterns such as ["policies/**/*.md"]; it was ignored.');
  }
  return { settings: { rules: severities, kinds, options, include }, problems };
}

function readRuleSeverities(raw: unknown, known: Set<string>, where: string, problems: string[]): Record<string, SeveritySetting> {
  const severities: Record<string, SeveritySetting> = {};
  if (raw === undefined || raw === null) return severities;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`${where} must be an object such as { "leading-question": "off" }; it was ignored.`);
    return severities;
  }
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!known.has(id)) {
      problems.push(`"${id}" is not a rule id, so its setting${where === '"rules"' ? '' : ` in ${where}`} was ignored. Known ids: ${[...known].join(', ')}.`);
      continue;
    }
    const severity = readSeverity(value);
    if (severity) severities[id] = severity;
    else problems.push(`"${id}": "${String(value)}" is not a severity; use one of ${[...SEVERITIES, 'off'].join(', ')}.`);
  }
  return severities;
}

export function readSeverity(value: unknown): SeveritySetting | undefined {
  if (value === false) return 'off';
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'off' || (SEVERITIES as readonly string[]).includes(v)) return v as SeveritySetting;
  return SEVERITY_ALIASES[v];
}
