// "Ignore RULE …", "Turn off RULE in settings" and "Explain RULE": the code actions the server
// offers VS Code. Only editor plumbing here: the server decides when to offer them and what to insert.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { WorkspaceEdit } from 'vscode-languageclient';
import {
  IGNORE_EDIT_REQUEST,
  SETTINGS_SECTION,
  type IgnoreEditParams,
  type IgnoreRuleArgs,
  type RuleCommandArgs,
} from '../../server/src/lsp/protocol';

/** Asks for an optional reason (Esc cancels), then applies the comment the server writes. */
export async function ignoreRule(client: LanguageClient, args?: IgnoreRuleArgs): Promise<void> {
  if (!args?.ruleId) return;
  const where = args.scope === 'file' ? 'in this file' : 'for this line';
  const reason = await vscode.window.showInputBox({
    title: `Ignore ${args.ruleId} ${where}`,
    prompt: 'Why? The reason stays in the comment for reviewers. Leave it empty to add none; Esc cancels.',
    placeHolder: 'For example: the scale below is balanced',
  });
  if (reason === undefined) return;
  const params: IgnoreEditParams = { ...args, reason };
  const edit = await client.sendRequest<WorkspaceEdit | null>(IGNORE_EDIT_REQUEST, params);
  if (!edit) {
    void vscode.window.showWarningMessage('The draft changed before the comment could be added, so nothing was changed. Try the action again.');
    return;
  }
  await vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(edit));
}

/** Sets the rule to "off" where the user is most likely to mean: the file's workspace folder, else the user settings. */
export async function turnOffRule(args?: RuleCommandArgs): Promise<void> {
  if (!args?.ruleId) return;
  const uri = args.uri ? vscode.Uri.parse(args.uri) : undefined;
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, uri);
  const folder = uri && vscode.workspace.getWorkspaceFolder(uri);
  const target = folder ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global;
  const inspected = config.inspect<Record<string, string>>('rules');
  const current = (folder ? inspected?.workspaceFolderValue : inspected?.globalValue) ?? {};
  await config.update('rules', { ...current, [args.ruleId]: 'off' }, target);
  const where = folder ? `the settings of the '${folder.name}' folder` : 'your user settings';
  void vscode.window.showInformationMessage(`${args.ruleId} is now off in ${where}. Remove it from "coproductionLint.rules" to turn it back on.`);
}

/** Opens the rule's page, shipped with the extension, in the Markdown preview: it works offline. */
export async function explainRule(context: vscode.ExtensionContext, args?: RuleCommandArgs): Promise<void> {
  const pages = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules');
  let ruleId = args?.ruleId;
  if (!ruleId) {
    const entries = await vscode.workspace.fs.readDirectory(pages);
    const ids = entries.filter(([name]) => name.endsWith('.md')).map(([name]) => name.slice(0, -3)).sort();
    ruleId = await vscode.window.showQuickPick(ids, { placeHolder: 'Which rule would you like explained?' });
    if (!ruleId) return;
  }
  await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(pages, `${ruleId}.md`));
}
