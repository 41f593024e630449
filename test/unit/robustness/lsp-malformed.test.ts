// Malformed and unexpected messages: requests with missing or wrongly shaped params, documents the
// server never saw, edits past the end, unknown methods. Each request gets an answer (a null or
// empty result, or a JSON-RPC error), notifications are absorbed, and the server keeps serving.
// Invalid JSON-RPC framing is out of scope.

import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { check } from '../../../server/src/checker';
import { LspClient, type Message } from '../../helpers/lsp-client';
import { lineStarts, lspPosition, ROOT } from '../../helpers/robustness';

const SERVER = join(ROOT, 'dist/server.js');
const DRAFT = '# Library opening hours consultation\n\n## Questions\n\n1. Do you agree that the library should open later?\n';

type Check = (response: Message) => void;

/** A result of null (nothing to say). */
const isNull: Check = (r) => assert.equal(r.result ?? null, null, JSON.stringify(r));
/** An empty list (no code actions). */
const isEmpty: Check = (r) => assert.deepEqual(r.result, [], JSON.stringify(r));
/** A JSON-RPC error with a code and a message. */
const isError =
  (code?: number): Check =>
  (r) => {
    assert.ok(r.error, `expected an error, got ${JSON.stringify(r)}`);
    assert.equal(typeof r.error.code, 'number');
    assert.equal(typeof r.error.message, 'string');
    if (code !== undefined) assert.equal(r.error.code, code, JSON.stringify(r.error));
  };
/** Either a null/empty result or an error: the point is that an answer came. */
const answered: Check = (r) => {
  if (r.error) isError()(r);
  else assert.ok(r.result === null || (Array.isArray(r.result) && r.result.length === 0) || typeof r.result === 'boolean', JSON.stringify(r));
};

describe('robustness: malformed LSP messages', function () {
  this.timeout(30000);

  let client: LspClient;
  let root: string;
  let uri: string;
  let exited = false;

  before(async () => {
    assert.ok(existsSync(SERVER), `${SERVER} is missing: run "npm run build" first`);
    root = mkdtempSync(join(tmpdir(), 'coproduction-malformed-'));
    const rootUri = pathToFileURL(root).href;
    uri = pathToFileURL(join(root, 'drafts/library.md')).href;
    client = new LspClient(process.execPath, [SERVER, '--stdio']);
    void client.exited.then(() => (exited = true));
    client.answer('workspace/configuration', (p) => p.items.map(() => ({ debounceMs: 0 })));
    await client.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'malformed' }],
      capabilities: {
        textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } },
        workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true } },
      },
    });
    client.notify('initialized', {});
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
    await client.notification('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 1);
  });

  after(async () => {
    if (client && !exited) {
      await client.request('shutdown').catch(() => undefined);
      client.notify('exit');
      client.kill();
    }
    rmSync(root, { recursive: true, force: true });
  });

  /** The server still works: a hover on the leading question explains it. */
  async function stillServes(): Promise<void> {
    assert.equal(exited, false, `the server exited\n${client.stderr}`);
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 10 } });
    assert.ok(hover && hover.contents.value.includes('leading-question'), `hover after the bad message: ${JSON.stringify(hover)}`);
  }

  const requests: Array<[string, string, unknown, Check]> = [
    ['hover without params', 'textDocument/hover', undefined, answered],
    ['hover with null params', 'textDocument/hover', null, answered],
    ['hover with params of the wrong shape', 'textDocument/hover', { textDocument: 'drafts/library.md', position: 'top' }, answered],
    ['hover with a position far past the end', 'textDocument/hover', { textDocument: { uri: 'URI' }, position: { line: 1e9, character: -5 } }, isNull],
    ['hover with fractional and NaN-like positions', 'textDocument/hover', { textDocument: { uri: 'URI' }, position: { line: 0.5, character: '3' } }, answered],
    ['hover on a document that is not open', 'textDocument/hover', { textDocument: { uri: 'file:///nowhere/x.md' }, position: { line: 0, character: 0 } }, isNull],
    ['codeAction for an unknown document', 'textDocument/codeAction', { textDocument: { uri: 'file:///nowhere/x.md' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }, isEmpty],
    ['codeAction without params', 'textDocument/codeAction', undefined, answered],
    ['codeAction without a context', 'textDocument/codeAction', { textDocument: { uri: 'URI' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }, answered],
    ['codeAction with diagnostics that are not objects', 'textDocument/codeAction', { textDocument: { uri: 'URI' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [null, 3, 'x'] } }, answered],
    [
      'codeAction with invented diagnostic data',
      'textDocument/codeAction',
      {
        textDocument: { uri: 'URI' },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: {
          diagnostics: [
            { source: 'co-production', message: 'x', data: { ruleId: 'leading-question', version: 1, fixes: [null, { title: 7, edits: 'none' }] } },
            { source: 'co-production', message: 'x', range: { start: { line: -1, character: 1e9 }, end: null }, data: { ruleId: 'x', version: 1, fixes: [] } },
          ],
        },
      },
      answered,
    ],
    ['executeCommand with an unknown command', 'workspace/executeCommand', { command: 'no.such.command', arguments: [] }, answered],
    ['executeCommand with a command that is not a string', 'workspace/executeCommand', { command: 42 }, answered],
    ['markAsPolicyDraft with a URI that is not a file', 'workspace/executeCommand', { command: 'coproductionLint.markAsPolicyDraft', arguments: [{ uri: 'untitled:Untitled-1' }] }, answered],
    ['checkFiles with uris that are not a list', 'coproductionLint/checkFiles', { uris: 'drafts' }, (r) => assert.deepEqual(r.result, { checked: 0, drafts: 0, problems: 0 })],
    ['checkFiles with URIs that are not files', 'coproductionLint/checkFiles', { uris: ['not a uri', 'http://example.org/x.md', 'file:///nowhere/missing.md', 'file:///dev/null', 'file:///'] }, (r) => assert.ok(r.result && typeof r.result.checked === 'number', JSON.stringify(r))],
    ['an unknown request', 'coproductionLint/noSuchMethod', { x: 1 }, isError(-32601)],
    ['an unknown standard request', 'textDocument/prepareCallHierarchy', { textDocument: { uri: 'URI' }, position: { line: 0, character: 0 } }, isError()],
  ];

  for (const [name, method, params, expectation] of requests) {
    it(`answers ${name}, and keeps serving`, async () => {
      const fill = (p: unknown) => JSON.parse(JSON.stringify(p ?? null).replace(/"URI"/g, JSON.stringify(uri))) ?? undefined;
      const { response } = client.send(method, params === undefined ? undefined : fill(params));
      let timer: NodeJS.Timeout | undefined;
      const message = await Promise.race([
        response,
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer to ${method} within 5 s`)), 5000))),
      ]).finally(() => clearTimeout(timer));
      expectation(message);
      await stillServes();
    });
  }

  const notifications: Array<[string, string, unknown]> = [
    ['didChange for a document that was never opened', 'textDocument/didChange', { textDocument: { uri: 'file:///nowhere/x.md', version: 2 }, contentChanges: [{ text: 'x' }] }],
    ['didChange without contentChanges', 'textDocument/didChange', { textDocument: { uri: 'file:///nowhere/y.md', version: 2 } }],
    ['didClose for a document that was never opened', 'textDocument/didClose', { textDocument: { uri: 'file:///nowhere/x.md' } }],
    ['didOpen without text', 'textDocument/didOpen', { textDocument: { uri: 'file:///nowhere/no-text.md', languageId: 'markdown', version: 1 } }],
    ['didChangeConfiguration with settings of the wrong type', 'workspace/didChangeConfiguration', { settings: 'loud' }],
    ['didChangeWorkspaceFolders with a malformed event', 'workspace/didChangeWorkspaceFolders', { event: { added: null } }],
    ['an unknown notification', 'coproductionLint/noSuchNotification', { x: 1 }],
    ['a cancellation of a request that does not exist', '$/cancelRequest', { id: 987654 }],
  ];

  for (const [name, method, params] of notifications) {
    it(`absorbs ${name}, and keeps serving`, async () => {
      client.notify(method, params);
      await stillServes();
    });
  }

  it('clamps a didChange range past the end of the document, as the text document does, and checks the result', async () => {
    const other = pathToFileURL(join(root, 'drafts/clamped.md')).href;
    client.notify('textDocument/didOpen', { textDocument: { uri: other, languageId: 'markdown', version: 1, text: DRAFT } });
    await client.notification('textDocument/publishDiagnostics', (p) => p.uri === other && p.version === 1);
    const since = client.mark();
    const added = '\n2. Do you agree that the staff are excellent and the café should stay?\n';
    client.notify('textDocument/didChange', {
      textDocument: { uri: other, version: 2 },
      contentChanges: [{ range: { start: { line: 400, character: 7 }, end: { line: 999, character: 99 } }, text: added }],
    });
    const params = await client.notification('textDocument/publishDiagnostics', (p) => p.uri === other && p.version === 2, since);
    const text = DRAFT + added;
    const starts = lineStarts(text);
    const result = check(text, { path: 'drafts/clamped.md' });
    assert.deepEqual(
      params.diagnostics.map((d: any) => [d.code, d.range]),
      [...result.notices, ...result.findings].map((f) => ['ruleId' in f ? f.ruleId : f.id, { start: lspPosition(text, f.start, starts), end: lspPosition(text, f.end, starts) }]),
    );
    // A reversed range (end before start) is taken the right way round.
    const before = client.mark();
    client.notify('textDocument/didChange', {
      textDocument: { uri: other, version: 3 },
      contentChanges: [{ range: { start: { line: 0, character: 9 }, end: { line: 0, character: 2 } }, text: 'Town' }],
    });
    const reversed = await client.notification('textDocument/publishDiagnostics', (p) => p.uri === other && p.version === 3, before);
    const text3 = text.slice(0, 2) + 'Town' + text.slice(9);
    assert.deepEqual(
      reversed.diagnostics.map((d: any) => d.code),
      [...check(text3, { path: 'drafts/clamped.md' }).notices.map((n) => n.id), ...check(text3, { path: 'drafts/clamped.md' }).findings.map((f) => f.ruleId)],
    );
    await stillServes();
  });

  it('never wrote a stack trace to stderr', () => {
    assert.doesNotMatch(client.stderr, /\n\s+at /, client.stderr);
  });
});
