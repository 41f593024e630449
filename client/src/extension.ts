// The VS Code side: starts the language server and adds commands and a status bar item.
// All checking happens in the server.

import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  ExecuteCommandRequest,
  LanguageClient,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { COMMANDS, SETTINGS_SECTION, STATUS_NOTIFICATION, type IgnoreRuleArgs, type RuleCommandArgs, type StatusParams } from '../../server/src/lsp/protocol';
import { checkWorkspace } from './check-workspace';
import { registerEffectiveConfig } from './effective-config';
import { openExample } from './examples';
import { registerReport } from './report-view';
import { explainRule, ignoreRule, turnOffRule } from './rule-commands';
import { StatusBar } from './status-bar';

export interface Api {
  /** The running client; a new one after "Restart the language server". */
  readonly client: LanguageClient;
}

let current: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<Api> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const client = () => current!;
  // The same URI strings the client sends to the server.
  const statusBar = new StatusBar((uri) => uri.toString());

  const start = async () => {
    const next = createClient(serverModule);
    current = next;
    next.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => statusBar.update(params));
    await next.start();
  };

  context.subscriptions.push(
    statusBar,
    vscode.commands.registerCommand(COMMANDS.checkWorkspace, () => checkWorkspace(client())),
    vscode.commands.registerCommand(COMMANDS.ignoreRule, (args?: IgnoreRuleArgs) => ignoreRule(client(), args)),
    vscode.commands.registerCommand(COMMANDS.turnOffRule, (args?: RuleCommandArgs) => turnOffRule(args)),
    vscode.commands.registerCommand(COMMANDS.explainRule, (args?: RuleCommandArgs) => explainRule(context, args)),
    vscode.commands.registerCommand(COMMANDS.openExample, (which?: string) => openExample(context, which)),
    vscode.commands.registerCommand(COMMANDS.markAsPolicyDraft, (target?: { uri: string }) => markAsPolicyDraft(client(), target)),
    vscode.commands.registerCommand(COMMANDS.restartServer, async () => {
      // A fresh client: after a server has died during start-up the old one can be left half
      // stopped, and starting it again may leave two sets of diagnostics.
      await current?.dispose().catch(() => undefined);
      try {
        await start();
      } catch (error) {
        void vscode.window.showErrorMessage(`Co-production Lint could not restart its language server: ${String(error)}`);
      }
    }),
  );
  registerReport(context, client, statusBar);
  registerEffectiveConfig(context, client, COMMANDS.showEffectiveConfig);
  await start();
  return {
    get client() {
      return client();
    },
  };
}

export async function deactivate(): Promise<void> {
  await current?.dispose().catch(() => undefined);
  current = undefined;
}

function createClient(serverModule: string): LanguageClient {
  // IPC by default; stdio is there to reproduce what other editors see.
  const transport = process.env.COPRODUCTION_LINT_TRANSPORT === 'stdio' ? TransportKind.stdio : TransportKind.ipc;
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport },
    debug: { module: serverModule, transport, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    // Any JSON file: a config file may extend one with another name (the server ignores the rest).
    synchronize: { configurationSection: SETTINGS_SECTION, fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{json,jsonc}') },
    errorHandler: restartingErrorHandler(),
    // Commands are registered by this extension, not by the library for the server (see server.ts).
    initializationOptions: { commandsInClient: true },
    // Hovers link to "Open rule docs"; only that command may run from a hover link.
    markdown: { isTrusted: { enabledCommands: [COMMANDS.explainRule] } },
  };
  return new LanguageClient('coproductionLint', 'Co-production Lint', serverOptions, clientOptions);
}

/** Asks the server to add `type: policy` front matter; from the palette, to the active file. */
async function markAsPolicyDraft(client: LanguageClient, target?: { uri: string }): Promise<void> {
  let uri = target?.uri;
  if (!uri) {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage('Open a Markdown file first, then mark it as a policy draft.');
      return;
    }
    uri = client.code2ProtocolConverter.asUri(editor.document.uri);
  }
  await client.sendRequest(ExecuteCommandRequest.type, { command: COMMANDS.markAsPolicyDraft, arguments: [{ uri }] });
}

/** Most restarts allowed in `RESTART_WINDOW_MS` before the server is left down (and the user told). */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/**
 * The library's default handler shuts the client down after a few write errors to a server that
 * has just died, and then never restarts it. A write error is only a symptom: carry on, and let
 * closed() decide whether to restart.
 */
function restartingErrorHandler(): ErrorHandler {
  const restarts: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue, handled: true }),
    closed: () => {
      const now = Date.now();
      while (restarts.length && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
      if (restarts.length >= MAX_RESTARTS) {
        return {
          action: CloseAction.DoNotRestart,
          message: `The Co-production Lint server stopped ${MAX_RESTARTS} times in 3 minutes, so it was not restarted. Run "Co-production Lint: Restart the language server" to try again.`,
        };
      }
      restarts.push(now);
      return { action: CloseAction.Restart, handled: true };
    },
  };
}
