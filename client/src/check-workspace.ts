// "Check all Markdown files in the workspace": the server checks files from disk in batches, so
// progress shows and Cancel stops it between batches (and inside one, through the request token).

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CHECK_FILES_REQUEST, type CheckFilesParams, type CheckFilesResult } from '../../server/src/lsp/protocol';

const BATCH = 25;

export async function checkWorkspace(client: LanguageClient): Promise<void> {
  const files = await vscode.workspace.findFiles('**/*.md', '**/node_modules/**');
  if (files.length === 0) {
    void vscode.window.showInformationMessage('Co-production Lint found no Markdown files in this workspace.');
    return;
  }
  const totals: CheckFilesResult = { checked: 0, drafts: 0, problems: 0 };
  let seen = 0;
  const finished = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Co-production Lint', cancellable: true },
    async (progress, token) => {
      for (let i = 0; i < files.length; i += BATCH) {
        if (token.isCancellationRequested) return false;
        progress.report({ message: `checking ${i + 1}–${Math.min(i + BATCH, files.length)} of ${files.length} Markdown files` });
        const params: CheckFilesParams = { uris: files.slice(i, i + BATCH).map((uri) => client.code2ProtocolConverter.asUri(uri)) };
        try {
          const result = await client.sendRequest<CheckFilesResult>(CHECK_FILES_REQUEST, params, token);
          totals.checked += result.checked;
          totals.drafts += result.drafts;
          totals.problems += result.problems;
        } catch (error) {
          if (!token.isCancellationRequested) {
            void vscode.window.showErrorMessage(`Co-production Lint could not finish checking the workspace: ${String(error)}`);
          }
          return false;
        }
        seen = Math.min(i + BATCH, files.length);
        progress.report({ increment: (Math.min(BATCH, files.length - i) / files.length) * 100 });
      }
      return true;
    },
  );
  const found = `${plural(totals.drafts, 'policy draft')} with ${plural(totals.problems, 'problem')}`;
  const message = finished
    ? `Co-production Lint checked ${plural(totals.checked, 'Markdown file')}: ${found}.`
    : `Co-production Lint stopped after ${seen} of ${files.length} Markdown files: ${found} so far.`;
  // Not awaited: the command is done once the files are checked, whether or not the message is read.
  if (totals.problems > 0) {
    void vscode.window.showInformationMessage(message, 'Show problems').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
    });
  } else {
    void vscode.window.showInformationMessage(message);
  }
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
