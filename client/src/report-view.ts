// "Co-production report": a webview showing the report the server renders for a draft, kept up to
// date as the draft changes, and "Export to Markdown / HTML" to save it for committee papers.
// Only editor plumbing here: the server builds and escapes the page (server/src/report/).

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  REPORT_COMMANDS,
  REPORT_REQUEST,
  type ExportReportArgs,
  type ReportFormat,
  type ReportParams,
  type ReportResult,
} from '../../server/src/report/protocol';
import type { StatusBar } from './status-bar';

/** Wait this long after typing stops before asking for a new report (the server checks first). */
const DEBOUNCE_MS = 400;

/** The same policy as the server's pages: no scripts, nothing loaded from anywhere. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'";

export function registerReport(context: vscode.ExtensionContext, getClient: () => LanguageClient, statusBar?: StatusBar): void {
  const view = new ReportView(getClient);
  context.subscriptions.push(
    view,
    vscode.commands.registerCommand(REPORT_COMMANDS.showReport, (target?: { uri?: string }) => view.show(target?.uri)),
    vscode.commands.registerCommand(REPORT_COMMANDS.exportReport, (args?: ExportReportArgs) => view.export(args)),
  );
  if (statusBar) context.subscriptions.push(statusBar.onDidUpdate((status) => view.checked(status.uri)));
}

class ReportView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The draft shown, as the URI string the server knows it by. */
  private target: string | undefined;
  private html = '';
  /** Answers to older requests are dropped when a newer one has been sent. */
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners: vscode.Disposable[];

  constructor(private readonly getClient: () => LanguageClient) {
    this.listeners = [
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.target !== undefined && this.uriOf(e.document.uri) === this.target) this.schedule();
      }),
    ];
  }

  /** Opens (or re-targets) the panel on the given draft, else the active Markdown editor's. */
  async show(uri?: string): Promise<void> {
    const target = uri ?? this.activeDraft();
    if (!target) {
      void vscode.window.showInformationMessage('Open a Markdown draft first, then open its co-production report.');
      return;
    }
    this.target = target;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        'coproductionLint.report',
        'Co-production report',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        // No scripts and no local files; links may run only the export command.
        { enableScripts: false, enableCommandUris: [REPORT_COMMANDS.exportReport], localResourceRoots: [], enableFindWidget: true },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.target = undefined;
        this.html = '';
        clearTimeout(this.timer);
      });
    } else {
      this.panel.reveal(undefined, true);
    }
    await this.refresh();
  }

  /** The server checked a document (the status notification): refresh if it is the one shown. */
  checked(uri: string): void {
    if (uri === this.target) this.schedule();
  }

  async export(args: ExportReportArgs = {}): Promise<void> {
    // From the palette while the report has focus there is no active editor: export the report shown.
    const uri = args.uri ?? this.activeDraft() ?? this.target;
    if (!uri) {
      void vscode.window.showInformationMessage('Open a Markdown draft first, then export its co-production report.');
      return;
    }
    const format = args.format ?? (await pickFormat());
    if (!format) return;
    const result = await this.request({ uri, format });
    if (!result) {
      void vscode.window.showWarningMessage('Co-production Lint has no report for this draft. Open the draft in an editor and try again.');
      return;
    }
    const extension = format === 'markdown' ? 'md' : 'html';
    const draft = vscode.Uri.parse(uri);
    const base = (draft.path.split('/').pop() ?? 'draft').replace(/\.(md|markdown)$/i, '') || 'draft';
    const folder = draft.scheme === 'file' ? vscode.Uri.joinPath(draft, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
      title: 'Export the co-production report',
      saveLabel: 'Export',
      defaultUri: folder ? vscode.Uri.joinPath(folder, `${base}-coproduction-report.${extension}`) : undefined,
      filters: format === 'markdown' ? { Markdown: ['md'] } : { HTML: ['html', 'htm'] },
    });
    if (!target) return;
    try {
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.content));
    } catch (error) {
      void vscode.window.showErrorMessage(`Co-production Lint could not save the report: ${String(error)}`);
      return;
    }
    void vscode.window.showInformationMessage(`Co-production report saved to ${vscode.workspace.asRelativePath(target)}.`);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const listener of this.listeners) listener.dispose();
  }

  private schedule(): void {
    if (!this.panel) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), DEBOUNCE_MS);
  }

  private async refresh(): Promise<void> {
    const panel = this.panel;
    const uri = this.target;
    if (!panel || !uri) return;
    const generation = ++this.generation;
    const result = await this.request({ uri, format: 'html', exportLinks: true });
    if (generation !== this.generation || panel !== this.panel) return;
    const html = result?.content ?? message('There is no report for this draft: it is not open in an editor. Open it again to see its report.');
    panel.title = result ? `Report: ${result.title}` : 'Co-production report';
    // Setting the same page again would reload it and lose the reader's place.
    if (html !== this.html) panel.webview.html = this.html = html;
  }

  private async request(params: ReportParams): Promise<ReportResult | null> {
    try {
      return (await this.getClient().sendRequest<ReportResult | null>(REPORT_REQUEST, params)) ?? null;
    } catch {
      // The server is restarting or stopped; the next check's status brings a fresh report.
      return null;
    }
  }

  private activeDraft(): string | undefined {
    const doc = vscode.window.activeTextEditor?.document;
    return doc && doc.languageId === 'markdown' ? this.uriOf(doc.uri) : undefined;
  }

  private uriOf(uri: vscode.Uri): string {
    return this.getClient().code2ProtocolConverter.asUri(uri);
  }
}

async function pickFormat(): Promise<ReportFormat | undefined> {
  const choice = await vscode.window.showQuickPick(
    [
      { label: 'Markdown', description: 'for committee papers and repositories', format: 'markdown' as const },
      { label: 'HTML', description: 'a standalone page to share or print', format: 'html' as const },
    ],
    { placeHolder: 'Export the co-production report as…' },
  );
  return choice?.format;
}

/** A page with one sentence of our own (no document text), under the same policy as a report. */
function message(text: string): string {
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><title>Co-production report</title></head><body style="color: var(--vscode-foreground); font-family: var(--vscode-font-family);"><p>${text}</p></body></html>`;
}
