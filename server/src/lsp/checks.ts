// Runs the checker on a document and keeps the last outcome per document, so push, pull, hover
// and code actions for the same version and settings share one run.

import type { Diagnostic, RemoteConsole } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintResult } from '../engine';
import { check } from '../checker';
import { toDiagnostics } from './diagnostics';
import { errorText, type ServerSettings } from './settings';

/** Drafts are never this long; past it a check would stall the server for seconds. */
export const MAX_CHARS = 2_000_000;

export interface Outcome {
  uri: string;
  version: number;
  settings: ServerSettings;
  /** null when the document was not checked (turned off, too large, binary, or the engine failed). */
  result: LintResult | null;
  diagnostics: Diagnostic[];
}

export class Checks {
  private readonly last = new Map<string, Outcome>();
  private readonly logged = new Set<string>();

  constructor(
    private readonly console: RemoteConsole,
    private readonly pathOf: (uri: string) => string | undefined,
  ) {}

  /** The outcome for the document as it is now; re-uses the last run when nothing changed. */
  run(doc: TextDocument, settings: ServerSettings): Outcome {
    const previous = this.last.get(doc.uri);
    if (previous && previous.version === doc.version && previous.settings === settings) return previous;
    const outcome = this.checkText(doc, settings, doc.version);
    this.last.set(doc.uri, outcome);
    return outcome;
  }

  /** Checks text that is not cached (files read from disk); `version` null means not open. */
  checkText(doc: TextDocument, settings: ServerSettings, version: number | null): Outcome {
    const empty: Outcome = { uri: doc.uri, version: doc.version, settings, result: null, diagnostics: [] };
    if (!settings.enable) return empty;
    const text = doc.getText();
    const skip = whySkip(text);
    if (skip) {
      this.logOnce(`${doc.uri}|${skip}`, `Not checking ${doc.uri}: ${skip}.`, 'info');
      return empty;
    }
    let result: LintResult;
    try {
      result = check(text, { path: this.pathOf(doc.uri), settings: settings.lint });
    } catch (error) {
      this.console.error(`Checking ${doc.uri} failed, so it has no diagnostics: ${errorText(error)}`);
      return empty;
    }
    for (const { ruleId, error } of result.errors) {
      // Once per rule and message, or a failing rule would log on every keystroke.
      this.logOnce(
        `${doc.uri}|${ruleId}|${error.message}`,
        `Rule ${ruleId} failed on ${doc.uri}, so its findings are missing: ${errorText(error)}`,
        'error',
      );
    }
    return { ...empty, result, diagnostics: toDiagnostics(result, doc, version) };
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }

  private logOnce(key: string, message: string, level: 'info' | 'error'): void {
    if (this.logged.has(key)) return;
    this.logged.add(key);
    this.console[level](message);
  }
}

export function whySkip(text: string): string | undefined {
  if (text.length > MAX_CHARS) return `it is longer than ${MAX_CHARS.toLocaleString('en-GB')} characters`;
  if (text.includes('\u0000')) return 'it looks like a binary file';
  return undefined;
}
