// Runs the checker on a document and keeps the last outcome per document, so push, pull, hover
// and code actions for the same version and settings share one run.

import type { Diagnostic, RemoteConsole } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { check, createIncrementalChecker, type CheckResult } from '../checker';
import { toDiagnostics } from './diagnostics';
import { errorText, type ServerSettings } from './settings';

/** The size limit in UTF-16 code units (about bytes for English text). */
export function maxLengthOf(settings: ServerSettings): number {
  return Math.round(settings.sizeLimitMB * 1_000_000);
}

export interface Outcome {
  uri: string;
  version: number;
  settings: ServerSettings;
  /** null when the document was not checked (turned off, or the engine failed). */
  result: CheckResult | null;
  diagnostics: Diagnostic[];
}

export class Checks {
  private readonly last = new Map<string, Outcome>();
  /** One incremental checker per open document: an edit re-checks only the blocks it touched. */
  private readonly checkers = new Map<string, ReturnType<typeof createIncrementalChecker>>();
  private readonly logged = new Set<string>();

  constructor(
    private readonly console: RemoteConsole,
    private readonly pathOf: (uri: string) => string | undefined,
  ) {}

  /** The outcome for the document as it is now; re-uses the last run when nothing changed. */
  run(doc: TextDocument, settings: ServerSettings): Outcome {
    const previous = this.last.get(doc.uri);
    if (previous && previous.version === doc.version && previous.settings === settings) return previous;
    let checker = this.checkers.get(doc.uri);
    if (!checker) this.checkers.set(doc.uri, (checker = createIncrementalChecker()));
    const outcome = this.checkWith(checker.check, doc, settings, doc.version);
    this.last.set(doc.uri, outcome);
    return outcome;
  }

  /** Checks text that is not open (files read from disk); `version` null means not open. */
  checkText(doc: TextDocument, settings: ServerSettings, version: number | null): Outcome {
    return this.checkWith(check, doc, settings, version);
  }

  private checkWith(run: typeof check, doc: TextDocument, settings: ServerSettings, version: number | null): Outcome {
    const empty: Outcome = { uri: doc.uri, version: doc.version, settings, result: null, diagnostics: [] };
    if (!settings.enable) return empty;
    let result: CheckResult;
    try {
      result = run(doc.getText(), { path: this.pathOf(doc.uri), settings: settings.lint, maxLength: maxLengthOf(settings) });
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

  /** Drops the cached outcome (settings changed); the parsed blocks stay unless the document closed. */
  forget(uri: string, closed = false): void {
    this.last.delete(uri);
    if (closed) this.checkers.delete(uri);
  }

  private logOnce(key: string, message: string, level: 'info' | 'error'): void {
    if (this.logged.has(key)) return;
    this.logged.add(key);
    this.console[level](message);
  }
}
