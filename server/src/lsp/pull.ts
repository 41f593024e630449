// Pull diagnostics (textDocument/diagnostic). The client asks after every change, so the answer
// waits until typing has paused for `debounceMs`; a client that has moved on cancels the request.

import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type DiagnosticServerCancellationData,
  type Connection,
  type DocumentDiagnosticParams,
  type FullDocumentDiagnosticReport,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Checks } from './checks';
import type { SettingsStore } from './settings';
import { sendStatus } from './status';

export class PullDiagnostics {
  private readonly lastChange = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly checks: Checks,
  ) {}

  changed(uri: string): void {
    this.lastChange.set(uri, Date.now());
  }

  closed(uri: string): void {
    this.lastChange.delete(uri);
  }

  async report(params: DocumentDiagnosticParams, token: CancellationToken): Promise<FullDocumentDiagnosticReport | ResponseError<DiagnosticServerCancellationData>> {
    const uri = params.textDocument.uri;
    const settings = await this.settings.get(uri);
    const wait = (this.lastChange.get(uri) ?? 0) + settings.debounceMs - Date.now();
    // An empty answer would wipe the diagnostics shown; an error leaves them as they are.
    if ((wait > 0 && !(await pause(wait, token))) || token.isCancellationRequested) {
      // No `data`: vscode-languageclient 10.1.2 treats { retriggerRequest: false } as a failure and
      // then never pulls that document again. Without it, it simply asks again.
      return new ResponseError<DiagnosticServerCancellationData>(LSPErrorCodes.RequestCancelled, 'The document changed.');
    }
    const doc = this.documents.get(uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const outcome = this.checks.run(doc, settings);
    sendStatus(this.connection, outcome);
    return { kind: DocumentDiagnosticReportKind.Full, items: outcome.diagnostics };
  }
}

/** Resolves true after `ms`, or false as soon as the request is cancelled. */
function pause(ms: number, token: CancellationToken): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      listener.dispose();
      resolve(true);
    }, ms);
    const listener = token.onCancellationRequested(() => {
      clearTimeout(timer);
      resolve(false);
    });
  });
}
