// Helpers for the e2e tests, which run inside a real VS Code extension host. Every wait is for an
// event (diagnostics, document or client state changes) with a timeout that fails the test: no sleeps.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Api } from '../../client/src/extension';

export const EXTENSION_ID = 'coproduction-lint.coproduction-lint';
/** The repository, from the bundled tests in out/test/e2e (the extension under test may be a copy elsewhere). */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
/** `source` of every diagnostic the server sends (server/src/checker.ts SOURCE). */
export const SOURCE = 'co-production';
export const docsUrl = (ruleId: string) => `https://github.com/coproduction-lint/coproduction-lint/blob/main/docs/rules/${ruleId}.md`;

/** vscode-languageclient's State values (not imported, so the client library is not bundled here). */
export const STATE_STOPPED = 1;
const STATE_RUNNING = 2;
export const WAIT_MS = 20_000;

export function extension(): vscode.Extension<Api> {
  const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded in this extension host`);
  return ext;
}

/** The extension's API; activates it if an earlier test that should have did not. */
export async function api(): Promise<Api> {
  const ext = extension();
  return ext.isActive ? ext.exports : ext.activate();
}

export function workspaceFile(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Opens a file in its own tab (not a preview tab, which the next file would replace: the client pulls diagnostics for visible files only). */
export async function show(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** The Co-production Lint diagnostics VS Code holds for a file. */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

/** The distinct rule ids, sorted. */
export function codesOf(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return [...new Set(diagnostics.map(codeOf))].sort();
}

/** `line:column code` per diagnostic, 1-based like the command line's output, sorted. */
export function positions(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)}`).sort();
}

export function listDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  return diagnostics.length === 0 ? '(none)' : positions(diagnostics).join(', ');
}

function relative(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri);
}

/**
 * Resolves with our diagnostics for `uri` once `predicate` holds for them (checked now and after
 * every diagnostics change for the file); rejects after `timeoutMs` saying what was there.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const now = ours(uri);
    if (predicate(now)) return resolve(now);
    const key = uri.toString();
    let changes = 0;
    const timer = setTimeout(() => {
      sub.dispose();
      const seen = `${changes} change${changes === 1 ? '' : 's'} seen; at the start: ${listDiagnostics(now)}`;
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} in ${relative(uri)}; its diagnostics: ${listDiagnostics(ours(uri))} (${seen})`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === key)) return;
      changes++;
      const current = ours(uri);
      if (predicate(current)) {
        clearTimeout(timer);
        sub.dispose();
        resolve(current);
      }
    });
  });
}

/** Runs `action`, then waits for the next diagnostics change that includes `uri`. */
export async function nextDiagnosticsChange(uri: vscode.Uri, action: () => Thenable<unknown>, what: string, timeoutMs = WAIT_MS): Promise<void> {
  const key = uri.toString();
  let sub: vscode.Disposable | undefined;
  let timer: NodeJS.Timeout | undefined;
  const changed = new Promise<void>((resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} (a diagnostics change for ${relative(uri)})`)), timeoutMs);
    sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === key)) resolve();
    });
  });
  try {
    await action();
    await changed;
  } finally {
    clearTimeout(timer);
    sub?.dispose();
  }
}

/** Resolves once the document's text satisfies `predicate`. */
export function waitForText(doc: vscode.TextDocument, predicate: (text: string) => boolean, what: string, timeoutMs = WAIT_MS): Promise<string> {
  return new Promise((resolve, reject) => {
    if (predicate(doc.getText())) return resolve(doc.getText());
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} in ${relative(doc.uri)}`));
    }, timeoutMs);
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document !== doc || !predicate(doc.getText())) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(doc.getText());
    });
  });
}

/** The language server's process id, as the client knows it. */
export function serverPid(client: LanguageClient): number | undefined {
  return client.serverProcess?.pid;
}

/** Resolves once the client is running again with a server process other than `oldPid`. */
export function waitForNewServer(client: LanguageClient, oldPid: number | undefined, what: string, timeoutMs = WAIT_MS): Promise<number> {
  return new Promise((resolve, reject) => {
    const ready = () => {
      const pid = serverPid(client);
      return client.state === STATE_RUNNING && pid !== undefined && pid !== oldPid ? pid : undefined;
    };
    const now = ready();
    if (now !== undefined) return resolve(now);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; client state ${client.state}, server pid ${serverPid(client)} (was ${oldPid})`));
    }, timeoutMs);
    const sub = client.onDidChangeState(() => {
      const pid = ready();
      if (pid === undefined) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(pid);
    });
  });
}

/**
 * After the server process `oldPid` ended: resolves 'restarted' once the client runs a new server,
 * or 'stopped' once the client has stopped for good (it gives up on a server that keeps crashing).
 * While restarting, the client's state passes through Stopped and, in the same task, on to
 * Starting, so Stopped only counts if it is still there a microtask later.
 */
export function waitForRestartOrStop(client: LanguageClient, oldPid: number, what: string, timeoutMs = WAIT_MS): Promise<'restarted' | 'stopped'> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (outcome: 'restarted' | 'stopped') => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      sub.dispose();
      resolve(outcome);
    };
    const timer = setTimeout(() => {
      settled = true;
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; client state ${client.state}, server pid ${serverPid(client)} (was ${oldPid})`));
    }, timeoutMs);
    const sub = client.onDidChangeState((e) => {
      const pid = serverPid(client);
      if (e.newState === STATE_RUNNING && pid !== undefined && pid !== oldPid) settle('restarted');
      else if (e.newState === STATE_STOPPED) queueMicrotask(() => client.state === STATE_STOPPED && settle('stopped'));
    });
  });
}

/**
 * Processes whose parent is this extension host and whose command line runs the bundled server,
 * from /proc (Linux); undefined where there is no /proc.
 */
export function serverProcessesFromProc(serverScript: string): number[] | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const argv = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (argv.includes(serverScript)) found.push(Number(name));
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

export interface CliFinding {
  line: number;
  column: number;
  ruleId: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
}

/** What the repository's command line (dist/cli.js, the same engine) reports for a file on disk, as `line:column rule-id`. */
export function cliFindings(file: vscode.Uri): string[] {
  return cliDiagnostics(file.fsPath).map((d) => `${d.line}:${d.column} ${d.ruleId}`).sort();
}

/** The CLI's diagnostics for a file on disk, or for text given under a file name (read from stdin). */
export function cliDiagnostics(path: string, text?: string): CliFinding[] {
  const cli = join(REPO_ROOT, 'dist', 'cli.js');
  const args = text === undefined ? [path] : ['--stdin-filename', path, '-'];
  // In an Electron extension host process.execPath is the editor; ELECTRON_RUN_AS_NODE makes it Node.
  const run = spawnSync(process.execPath, [cli, '--format', 'json', '--no-color', ...args], {
    encoding: 'utf8',
    input: text,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`${cli} exited with ${run.status}: ${run.stderr}`);
  const files = JSON.parse(run.stdout) as { diagnostics: CliFinding[] }[];
  return files.flatMap((f) => f.diagnostics);
}

/** `line:column rule-id` per CLI diagnostic for a document's current text, sorted like positions(). */
export function cliPositions(uri: vscode.Uri, text: string): string[] {
  return cliDiagnostics(uri.fsPath, text).map((d) => `${d.line}:${d.column} ${d.ruleId}`).sort();
}

/** The rule ids the CLI reports for a file, or for a document's current text, sorted and unique. */
export function cliCodes(uri: vscode.Uri, text?: string): string[] {
  return [...new Set(cliDiagnostics(uri.fsPath, text).map((d) => d.ruleId))].sort();
}

/** The text of all hovers at a position. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n\n');
}

/** Quick fixes offered for a diagnostic's range. */
export async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    vscode.CodeActionKind.QuickFix.value,
  );
  return actions.filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}
