// Config files in the editor: their problems as diagnostics on the config file itself, and the
// `coproductionLint/effectiveConfig` request behind "Show effective configuration".

import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigProblem } from '../config';
import type { LintSettings } from '../engine';
import { SOURCE } from '../checker';
import type { Checks } from './checks';
import type { SettingsStore } from './settings';

export interface EffectiveConfigParams {
  uri: string;
}

export interface EffectiveConfigResult {
  uri: string;
  /** Config files applied over the VS Code settings, in order (later ones win). */
  sources: string[];
  /** The settings the document is checked with: VS Code settings, then the config files. */
  settings: LintSettings;
  /** False when checking is turned off for the document, or a config file excludes it. */
  enabled: boolean;
  excluded: boolean;
  /** The kind of draft (front matter first, then include globs, then the title), or null. */
  kind: string | null;
  kindSource: string | null;
  region: string | null;
}

/** Publishes each config file's problems, sending only when they change. */
export class ConfigDiagnostics {
  /** What was last sent per config file URI, to skip sending the same again. */
  private readonly shown = new Map<string, string>();

  constructor(private readonly send: (uri: string, diagnostics: Diagnostic[]) => void) {}

  /** `files`: every config file read for one document; each gets its problems, or none. */
  update(files: readonly string[], problems: readonly ConfigProblem[]): void {
    for (const file of new Set([...files, ...problems.map((p) => p.file)])) {
      const uri = pathToFileURL(file).href;
      const diagnostics = problems.filter((p) => p.file === file).map(toConfigDiagnostic);
      const key = JSON.stringify(diagnostics);
      if ((this.shown.get(uri) ?? '[]') === key) continue;
      this.shown.set(uri, key);
      this.send(uri, diagnostics);
    }
  }

  clear(uri: string): void {
    if (!this.shown.has(uri)) return;
    this.shown.delete(uri);
    this.send(uri, []);
  }
}

export function toConfigDiagnostic(problem: ConfigProblem): Diagnostic {
  const r = problem.range;
  return {
    range: r
      ? { start: { line: r.startLine, character: r.startCharacter }, end: { line: r.endLine, character: r.endCharacter } }
      : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: problem.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    message: problem.message,
  };
}

export interface EffectiveConfigDeps {
  settings: SettingsStore;
  documents: TextDocuments<TextDocument>;
  checks: Checks;
}

/** Answers `coproductionLint/effectiveConfig` for an open document (or any file, without its kind). */
export async function effectiveConfig(params: EffectiveConfigParams, deps: EffectiveConfigDeps): Promise<EffectiveConfigResult | null> {
  const uri = typeof params?.uri === 'string' ? params.uri : undefined;
  if (!uri) return null;
  const settings = await deps.settings.get(uri);
  const doc = deps.documents.get(uri);
  const result = doc ? deps.checks.run(doc, settings).result : null;
  return {
    uri,
    sources: settings.configSources ?? [],
    settings: settings.lint,
    enabled: settings.enable,
    excluded: settings.excluded ?? false,
    kind: result?.kind ?? null,
    kindSource: result?.kindSource ?? null,
    region: result?.region ?? null,
  };
}
