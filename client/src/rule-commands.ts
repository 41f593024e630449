// "Turn off RULE in settings" and "Explain RULE": the code actions the server offers VS Code.
// Only editor plumbing here: the server decides when to offer them.

import * as vscode from 'vscode';
import { SETTINGS_SECTION, type RuleCommandArgs } from '../../server/src/lsp/protocol';

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
