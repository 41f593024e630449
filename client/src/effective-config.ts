// "Show effective configuration": the settings the server checks the current draft with, and the
// config files they came from, shown as a read-only JSON document.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EFFECTIVE_CONFIG_REQUEST } from '../../server/src/lsp/protocol';

const SCHEME = 'coproduction-lint-config';

export function registerEffectiveConfig(context: vscode.ExtensionContext, getClient: () => LanguageClient, command: string): void {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      const result = await getClient().sendRequest(EFFECTIVE_CONFIG_REQUEST, { uri: uri.query });
      if (!result) return '// This file is not open in the editor, so there is no configuration to show.\n';
      return `${JSON.stringify(result, null, 2)}\n`;
    },
  };
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, provider),
    vscode.commands.registerCommand(command, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'markdown') {
        void vscode.window.showInformationMessage('Open a Markdown draft first, then show its effective configuration.');
        return;
      }
      const draft = getClient().code2ProtocolConverter.asUri(editor.document.uri);
      const name = editor.document.uri.path.split('/').pop() ?? 'draft';
      // The query carries the draft; the path only names the tab. Content providers are read-only.
      const view = vscode.Uri.from({ scheme: SCHEME, path: `/Effective configuration for ${name}.json`, query: draft });
      const doc = await vscode.workspace.openTextDocument(view);
      await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
    }),
  );
}
