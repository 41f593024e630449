// The VS Code side: starts the language server and adds commands and a status bar item.
// All checking happens in the server.

import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { COMMANDS, SETTINGS_SECTION, STATUS_NOTIFICATION, type StatusParams } from '../../server/src/lsp/protocol';
import { checkWorkspace } from './check-workspace';
import { StatusBar } from './status-bar';

export interface Api {
  client: LanguageClient;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<Api> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
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
    synchronize: { configurationSection: SETTINGS_SECTION },
    errorHandler: restartingErrorHandler(),
    middleware: {
      // The server registers this command; from the palette it comes without a file, so
      // the active editor's file is filled in here.
      executeCommand: (command, args, next) => {
        if (command !== COMMANDS.markAsPolicyDraft || args.length > 0) return next(command, args);
        const editor = vscode.window.activeTextEditor;
        if (!editor || editor.document.languageId !== 'markdown') {
          void vscode.window.showInformationMessage('Open a Markdown file first, then mark it as a policy draft.');
          return undefined;
        }
        return next(command, [{ uri: started.code2ProtocolConverter.asUri(editor.document.uri) }]);
      },
    },
  };
  const started = new LanguageClient('coproductionLint', 'Co-production Lint', serverOptions, clientOptions);
  client = started;

  const statusBar = new StatusBar((uri) => started.code2ProtocolConverter.asUri(uri));
  context.subscriptions.push(
    statusBar,
    started.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => statusBar.update(params)),
    vscode.commands.registerCommand(COMMANDS.checkWorkspace, () => checkWorkspace(started)),
    vscode.commands.registerCommand(COMMANDS.restartServer, async () => {
      try {
        // restart() gives up if stopping a dead server fails; start again whatever stop() says.
        await started.stop().catch(() => undefined);
        await started.start();
      } catch (error) {
        void vscode.window.showErrorMessage(`Co-production Lint could not restart its language server: ${String(error)}`);
      }
    }),
  );
  await started.start();
  return { client: started };
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

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
