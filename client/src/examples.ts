// "Open an example draft": the walkthrough's weak and strong engagement plans, opened as unsaved
// copies so a workshop never changes the files installed with the extension.

import * as vscode from 'vscode';

const EXAMPLES = {
  weak: { file: 'weak-engagement-plan.md', label: 'A weak engagement plan', detail: 'The gaps practitioners see most often' },
  strong: { file: 'strong-engagement-plan.md', label: 'A strong engagement plan', detail: 'The same project planned well' },
} as const;

export async function openExample(context: vscode.ExtensionContext, which?: unknown): Promise<void> {
  let key: keyof typeof EXAMPLES | undefined = which === 'weak' || which === 'strong' ? which : undefined;
  if (!key) {
    const picked = await vscode.window.showQuickPick(
      Object.entries(EXAMPLES).map(([k, e]) => ({ label: e.label, detail: e.detail, key: k as keyof typeof EXAMPLES })),
      { placeHolder: 'Which example would you like to open?' },
    );
    if (!picked) return;
    key = picked.key;
  }
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'docs', 'walkthrough', 'drafts', EXAMPLES[key].file));
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: new TextDecoder().decode(bytes) });
  // The strong plan opens beside the weak one, for comparing.
  await vscode.window.showTextDocument(doc, { viewColumn: key === 'strong' ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preview: false });
}
