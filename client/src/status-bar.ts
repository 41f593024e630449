// The status bar item: whether the active Markdown file is checked as a policy draft, and how
// many problems it has. Fed by the server's `coproductionLint/status` notification.

import * as vscode from 'vscode';
import { COMMANDS, type StatusParams } from '../../server/src/lsp/protocol';
import { REPORT_COMMANDS } from '../../server/src/report/protocol';

const SOURCES: Record<string, string> = {
  'front-matter': 'the type in its front matter',
  title: 'its title',
  include: 'the coproductionLint.include setting',
  forced: 'a type chosen for it',
};

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('coproductionLint.status', vscode.StatusBarAlignment.Right, 100);
  private readonly byUri = new Map<string, StatusParams>();
  private readonly listeners: vscode.Disposable[];
  private readonly updated = new vscode.EventEmitter<StatusParams>();
  /** Fires after each check of an open document (the report view refreshes on it). */
  readonly onDidUpdate = this.updated.event;

  constructor(private readonly toProtocol: (uri: vscode.Uri) => string) {
    this.item.name = 'Co-production Lint';
    this.listeners = [
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((doc) => this.byUri.delete(this.toProtocol(doc.uri))),
    ];
    this.render();
  }

  update(status: StatusParams): void {
    this.byUri.set(status.uri, status);
    this.render();
    this.updated.fire(status);
  }

  dispose(): void {
    this.item.dispose();
    this.updated.dispose();
    for (const listener of this.listeners) listener.dispose();
  }

  private render(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const status = doc && doc.languageId === 'markdown' ? this.byUri.get(this.toProtocol(doc.uri)) : undefined;
    if (!status) {
      this.item.hide();
      return;
    }
    const item = this.item;
    if (!status.enabled) {
      item.text = '$(circle-slash) Co-production: off';
      item.tooltip = 'Checking is turned off for this file (the coproductionLint.enable setting).';
      item.command = undefined;
    } else if (status.kind) {
      const problems = status.problems === 0 ? 'no problems' : status.problems === 1 ? '1 problem' : `${status.problems} problems`;
      const level = status.participationLevel ? ` · ${status.participationLevel}` : '';
      item.text = `$(checklist) Co-production: ${status.kind.replace(/-/g, ' ')}${level} · ${problems}`;
      const why = status.kindSource ? SOURCES[status.kindSource] ?? status.kindSource : 'its content';
      const ladder = status.participationLevel
        ? ` Estimated participation: ${status.participationLevel} (inform, consult, involve, co-design, co-produce). ${status.participationBecause ?? ''}`
        : '';
      item.tooltip = `Checked as a ${status.kind.replace(/-/g, ' ')} draft because of ${why}.${ladder} Click to open the co-production report.`;
      item.command = { title: 'Open the co-production report', command: REPORT_COMMANDS.showReport, arguments: [{ uri: status.uri }] };
    } else {
      item.text = '$(circle-slash) Co-production: not a policy draft';
      item.tooltip =
        "This file is not checked: nothing in its front matter or title says it is a policy, consultation or engagement draft. Click to add 'type: policy' to its front matter so it is checked.";
      item.command = { title: 'Mark as a policy draft', command: COMMANDS.markAsPolicyDraft, arguments: [{ uri: status.uri }] };
    }
    item.show();
  }
}
