// The language server: LSP wiring only. Checking is done by checker.ts; each feature lives in
// its own module under lsp/. The transport comes from argv (--stdio, --node-ipc, --socket=N).

import { setFlagsFromString } from 'node:v8';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import manifest from '../../package.json';
import { codeActions, ignoreEdit, workspaceEdit, type ActionOptions } from './lsp/code-actions';
import { fixAllAction, FIX_ALL_KIND, wantsFixAll } from './lsp/fix-all';
import { Checks } from './lsp/checks';
import { markAsPolicyDraft } from './lsp/commands';
import { hoverAt } from './lsp/hover';
import { WorkspacePaths } from './lsp/paths';
import {
  CHECK_FILES_REQUEST,
  COMMANDS,
  EFFECTIVE_CONFIG_REQUEST,
  IGNORE_EDIT_REQUEST,
  SETTINGS_SECTION,
  type CheckFilesParams,
  type CheckFilesResult,
  type IgnoreEditParams,
} from './lsp/protocol';
import { PullDiagnostics } from './lsp/pull';
import { REPORT_REQUEST, type ReportParams, type ReportResult } from './report/protocol';
import { reportFor } from './report/request';
import { Publisher } from './lsp/push';
import { effectiveConfig, type EffectiveConfigParams } from './lsp/config-diagnostics';
import { errorText, SettingsStore } from './lsp/settings';
import { checkFiles } from './lsp/workspace-check';

// Every keystroke in a large draft leaves its old text (megabytes) behind. V8's default lets the
// heap grow far past what is live before collecting it; a gentler growth factor keeps a 1 MB
// draft's server near 210 MB instead of 250 MB, at no measurable cost in speed (npm run bench).
setFlagsFromString('--heap-growing-percent=20');
// The rules hold a hundred or so large phrase patterns. By default V8 compiles each regular
// expression twice (bytecode first, machine code on the next use); compiling once, straight to
// machine code, halves the time to first diagnostics and is no slower after (npm run bench).
setFlagsFromString('--no-regexp-tier-up');

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const paths = new WorkspacePaths();
const checks = new Checks(connection.console, (uri) => paths.pathOf(uri));

interface Session {
  capabilities: ClientCapabilities;
  settings: SettingsStore;
  publisher: Publisher;
  pullDiagnostics: PullDiagnostics;
  /** The client pulls diagnostics for open documents (textDocument/diagnostic). */
  pull: boolean;
  /** VS Code's client handles our commands ("Turn off … in settings", "Explain …"). */
  clientCommands: boolean;
}
let session: Session | undefined;

/** Every handler goes through here: a failure is logged and answered with `fallback`. */
function safe<A extends unknown[], R>(name: string, fallback: R, handler: (s: Session, ...args: A) => R | Promise<R>) {
  return async (...args: A): Promise<R> => {
    if (!session) return fallback;
    try {
      return await handler(session, ...args);
    } catch (error) {
      connection.console.error(`${name} failed: ${errorText(error)}`);
      return fallback;
    }
  };
}

connection.onInitialize((params): InitializeResult => {
  const capabilities = params.capabilities;
  const pull = !!capabilities.textDocument?.diagnostic;
  const settings = new SettingsStore(connection, !!capabilities.workspace?.configuration, (uri) => paths.folderOf(uri));
  session = {
    capabilities,
    settings,
    publisher: new Publisher(connection, documents, settings, checks, !pull),
    pullDiagnostics: new PullDiagnostics(connection, documents, settings, checks),
    pull,
    clientCommands: !!params.initializationOptions?.commandsInClient,
  };
  paths.set(params.workspaceFolders, params.rootUri);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      // VS Code's client registers its own commands: a command the library registers for the
      // server can survive a failed restart and then block the next start ("already exists").
      ...(params.initializationOptions?.commandsInClient ? {} : { executeCommandProvider: { commands: [COMMANDS.markAsPolicyDraft] } }),
      ...(pull ? { diagnosticProvider: { identifier: 'co-production', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'coproduction-lint', version: manifest.version },
  };
});

connection.onInitialized(
  safe('initialized', undefined, async ({ capabilities }) => {
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      await connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    }
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(
        safe('workspace folders change', undefined, (s, event) => {
          paths.change(event.added, event.removed);
          recheckAll(s);
        }),
      );
    }
  }),
);

connection.onDidChangeConfiguration(
  safe('settings change', undefined, (s, params) => {
    const pushed = (params?.settings as Record<string, unknown> | null | undefined)?.[SETTINGS_SECTION] ?? null;
    s.settings.reset(pushed);
    recheckAll(s);
  }),
);

// Config files (.coproduction-lint.json and what they extend) changed on disk.
connection.onDidChangeWatchedFiles(
  safe('config files change', undefined, (s, params) => {
    if (s.settings.configFilesChanged(params.changes)) recheckAll(s);
  }),
);

connection.onRequest(
  EFFECTIVE_CONFIG_REQUEST,
  safe('effective configuration', null, (s, params: EffectiveConfigParams) => effectiveConfig(params, { settings: s.settings, documents, checks })),
);

function recheckAll(s: Session): void {
  for (const doc of documents.all()) checks.forget(doc.uri);
  if (!s.pull) for (const doc of documents.all()) s.publisher.now(doc.uri);
  else if (s.capabilities.workspace?.diagnostics?.refreshSupport) {
    connection.languages.diagnostics.refresh().catch((error) => connection.console.error(`Diagnostic refresh failed: ${errorText(error)}`));
  }
}

// Opening checks at once; edits wait for a pause in typing.
const justOpened = new Set<string>();
documents.onDidOpen(
  safe('open', undefined, (s, { document }) => {
    justOpened.add(document.uri);
    s.publisher.opened(document.uri);
    s.publisher.now(document.uri);
  }),
);
documents.onDidChangeContent(
  safe('change', undefined, (s, { document }) => {
    if (justOpened.delete(document.uri)) return;
    s.pullDiagnostics.changed(document.uri);
    s.publisher.schedule(document.uri);
  }),
);
documents.onDidClose(
  safe('close', undefined, (s, { document }) => {
    justOpened.delete(document.uri);
    s.publisher.closed(document.uri);
    s.pullDiagnostics.closed(document.uri);
    s.settings.forget(document.uri);
    checks.forget(document.uri, true);
  }),
);

connection.languages.diagnostics.on(
  safe('pull diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, (s, params, token) =>
    s.pullDiagnostics.report(params, token),
  ),
);

connection.onHover(
  safe('hover', null, async (s, params) => {
    const uri = params.textDocument.uri;
    const settings = await s.settings.get(uri);
    const doc = documents.get(uri);
    const result = doc && checks.run(doc, settings).result;
    return doc && result ? hoverAt(result, doc, params.position, { workshop: settings.workshopMode, clientCommands: s.clientCommands }) : null;
  }),
);

connection.onCodeAction(
  safe('code actions', [], async (s, params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const options = actionOptions(s);
    if (wantsFixAll(params.context.only)) {
      const result = checks.run(doc, await s.settings.get(doc.uri)).result;
      return result ? fixAllAction(result, doc, (edits) => workspaceEdit(doc.uri, doc.version, edits, options)) : [];
    }
    return codeActions(params, doc, options);
  }),
);

connection.onRequest(
  IGNORE_EDIT_REQUEST,
  safe('ignore edit', null, (s, params: IgnoreEditParams) => {
    const doc = documents.get(params?.uri);
    return doc ? ignoreEdit(doc, params, actionOptions(s)) : null;
  }),
);

connection.onRequest(
  REPORT_REQUEST,
  safe('report', null as ReportResult | null, async (s, params: ReportParams) => {
    const doc = documents.get(params?.uri);
    if (!doc) return null;
    return reportFor(checks.run(doc, await s.settings.get(doc.uri)), params, paths.pathOf(doc.uri) ?? doc.uri);
  }),
);

function actionOptions(s: Session): ActionOptions {
  return { documentChanges: !!s.capabilities.workspace?.workspaceEdit?.documentChanges, clientCommands: s.clientCommands };
}

connection.onExecuteCommand(
  safe('command', null, async (s, params) => {
    if (params.command !== COMMANDS.markAsPolicyDraft) return null;
    return markAsPolicyDraft(params.arguments, {
      connection,
      documents,
      pathOf: (uri) => paths.pathOf(uri),
      canApplyEdit: !!s.capabilities.workspace?.applyEdit,
      documentChanges: !!s.capabilities.workspace?.workspaceEdit?.documentChanges,
    });
  }),
);

connection.onRequest(
  CHECK_FILES_REQUEST,
  safe('checkFiles', { checked: 0, drafts: 0, problems: 0 } as CheckFilesResult, (s, params: CheckFilesParams, token: CancellationToken) =>
    checkFiles(params, token, { connection, documents, settings: s.settings, checks, publisher: s.publisher }),
  ),
);

documents.listen(connection);
connection.listen();
