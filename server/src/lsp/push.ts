// Push diagnostics: checked when a document opens, then again once typing pauses for
// `debounceMs`. A run whose document changed while it waited is dropped; a newer run follows.

import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Checks } from './checks';
import { DEFAULT_DEBOUNCE_MS, errorText, type SettingsStore } from './settings';
import { sendStatus } from './status';

export class Publisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Files whose diagnostics came from a workspace check rather than an open editor. */
  private readonly fromDisk = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly checks: Checks,
    /** False in pull mode: the client asks for open documents' diagnostics itself. */
    private readonly pushOpen: boolean,
  ) {}

  /** After an edit: wait for a pause in typing. */
  schedule(uri: string): void {
    if (!this.pushOpen) return;
    this.cancel(uri);
    const delay = this.settings.cached(uri)?.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.publish(uri);
      }, delay),
    );
  }

  /** On open or after a settings change: no reason to wait. */
  now(uri: string): void {
    if (!this.pushOpen) return;
    this.cancel(uri);
    void this.publish(uri);
  }

  opened(uri: string): void {
    // Diagnostics from a workspace check would sit beside the pulled ones.
    if (this.fromDisk.delete(uri) && !this.pushOpen) this.send(uri, undefined, []);
  }

  closed(uri: string): void {
    this.cancel(uri);
    if (this.pushOpen) this.send(uri, undefined, []);
  }

  /** Diagnostics for a file that is not open, from a workspace check. */
  publishFromDisk(uri: string, diagnostics: Diagnostic[]): void {
    if (diagnostics.length === 0 && !this.fromDisk.has(uri)) return;
    if (diagnostics.length > 0) this.fromDisk.add(uri);
    else this.fromDisk.delete(uri);
    this.send(uri, undefined, diagnostics);
  }

  private async publish(uri: string): Promise<void> {
    try {
      const doc = this.documents.get(uri);
      if (!doc) return;
      const version = doc.version;
      const settings = await this.settings.get(uri);
      const current = this.documents.get(uri);
      if (!current || current.version !== version) return;
      const outcome = this.checks.run(current, settings);
      this.send(uri, version, outcome.diagnostics);
      sendStatus(this.connection, outcome);
    } catch (error) {
      this.connection.console.error(`Could not publish diagnostics for ${uri}: ${errorText(error)}`);
    }
  }

  private send(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void {
    void this.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  private cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }
}
