// Config files in the language server: over stdio against dist/server.js (a config file changes
// severities; a broken one gets diagnostics of its own while checking goes on; each folder of a
// multi-root workspace has its own), and in-process for what the lead wires into server.ts
// (watched-file changes, the workspace-folder boundary, "Show effective configuration").

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileChangeType, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules, check } from '../../server/src/checker';
import { readSettings, type LintSettings } from '../../server/src/engine';
import { Checks } from '../../server/src/lsp/checks';
import { effectiveConfig } from '../../server/src/lsp/config-diagnostics';
import { WorkspacePaths } from '../../server/src/lsp/paths';
import { SettingsStore } from '../../server/src/lsp/settings';
import { LspClient, positionAt } from '../helpers/lsp-client';

const SERVER = resolve(__dirname, '../../../dist/server.js');

const DRAFT = `# Library opening hours consultation

We are reviewing when Hilltop Library opens. No final decision has been made.

## Why we are asking

Visits on weekday mornings have fallen, and we need to decide new opening hours by May 2026.

## Questions

1. Do you agree that the library should open later on weekday mornings?
2. Tell us anything else we should know about how you use the library.
`;

const CAPABILITIES = {
  textDocument: { publishDiagnostics: { versionSupport: true } },
  workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
};

let root: string;
const clients: LspClient[] = [];

function write(relative: string, text: string): string {
  const path = join(root, relative);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

const uriOf = (relative: string) => pathToFileURL(join(root, relative)).href;

async function start(folders: string[]): Promise<LspClient> {
  const client = new LspClient(process.execPath, [SERVER, '--stdio']);
  clients.push(client);
  await client.request('initialize', {
    processId: process.pid,
    rootUri: uriOf(folders[0]),
    workspaceFolders: folders.map((f) => ({ uri: uriOf(f), name: f })),
    capabilities: CAPABILITIES,
  });
  client.notify('initialized', {});
  return client;
}

function open(client: LspClient, uri: string, text: string): void {
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
}

function published(client: LspClient, uri: string): Promise<any> {
  return client.notification('textDocument/publishDiagnostics', (p) => p.uri === uri);
}

const SEVERITY = { error: 1, warning: 2, information: 3, hint: 4 } as const;

/** Code, severity and range of what the engine finds with these settings, as the server sends them. */
function expected(text: string, path: string, settings: Partial<LintSettings>): unknown[] {
  const result = check(text, { path, settings });
  return result.findings.map((f) => [f.ruleId, SEVERITY[f.severity], { start: positionAt(text, f.start), end: positionAt(text, f.end) }]);
}

const shape = (diagnostics: any[]) => diagnostics.map((d) => [d.code, d.severity, d.range]);

describe('config files in the language server', function () {
  this.timeout(20000);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'coproduction-lsp-config-'));
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.kill();
    rmSync(root, { recursive: true, force: true });
  });

  describe('over stdio', () => {
    before(() => assert.ok(existsSync(SERVER), `${SERVER} is missing: run "npm run build" first`));

    it('checks with the severities the config file sets', async () => {
      write('drafts/.coproduction-lint.jsonc', '{\n  // stricter for consultations\n  "rules": { "leading-question": "error", "stakeholders-missing": "off", },\n}');
      const client = await start(['drafts']);
      const uri = uriOf('drafts/library.md');
      open(client, uri, DRAFT);
      const params = await published(client, uri);
      const settings = { rules: { 'leading-question': 'error', 'stakeholders-missing': 'off' } } as const;
      assert.deepEqual(shape(params.diagnostics), expected(DRAFT, 'library.md', settings));
      assert.ok(params.diagnostics.some((d: any) => d.code === 'leading-question' && d.severity === 1));
      assert.ok(!params.diagnostics.some((d: any) => d.code === 'stakeholders-missing'));
      assert.notDeepEqual(shape(params.diagnostics), expected(DRAFT, 'library.md', {}), 'the config file made a difference');
    });

    it('shows problems on a broken config file and checks with the part that is valid', async () => {
      const config = write('drafts/.coproduction-lint.json', '{\n  "rules": { "leading-question": "error", "no-such-rule": "off" }\n  "kinds": {}\n}');
      const client = await start(['drafts']);
      const uri = uriOf('drafts/library.md');
      const configUri = pathToFileURL(config).href;
      const onConfig = published(client, configUri);
      open(client, uri, DRAFT);
      const [forConfig, forDraft] = await Promise.all([onConfig, published(client, uri)]);
      assert.deepEqual(forConfig.diagnostics, [
        {
          range: { start: { line: 2, character: 2 }, end: { line: 2, character: 9 } },
          severity: 1,
          source: 'co-production',
          message: 'This is not valid JSON: a comma is expected here. The settings that could be read are used; fix this so the rest are too.',
        },
        {
          range: { start: { line: 1, character: 42 }, end: { line: 1, character: 56 } },
          severity: 2,
          source: 'co-production',
          message: `"no-such-rule" is not a rule id, so its setting was ignored. Known ids: ${allRules.map((r) => r.id).join(', ')}.`,
        },
      ]);
      assert.deepEqual(shape(forDraft.diagnostics), expected(DRAFT, 'library.md', { rules: { 'leading-question': 'error' } }));
      assert.equal(client.stderr, '');
    });

    it('gives each folder of a multi-root workspace its own config file', async () => {
      write('north/.coproduction-lint.json', '{ "rules": { "leading-question": "error" } }');
      write('south/.coproduction-lint.json', '{ "rules": { "leading-question": "off" } }');
      const client = await start(['north', 'south']);
      const north = uriOf('north/library.md');
      const south = uriOf('south/library.md');
      open(client, north, DRAFT);
      open(client, south, DRAFT);
      const [n, s] = await Promise.all([published(client, north), published(client, south)]);
      assert.deepEqual(shape(n.diagnostics), expected(DRAFT, 'library.md', { rules: { 'leading-question': 'error' } }));
      assert.deepEqual(shape(s.diagnostics), expected(DRAFT, 'library.md', { rules: { 'leading-question': 'off' } }));
    });
  });

  describe('in process', () => {
    /** A connection that answers workspace/configuration with `vscode` and records what is sent. */
    function fakeConnection(vscode: unknown = null) {
      const sent: Array<{ uri: string; diagnostics: any[] }> = [];
      const connection = {
        workspace: { getConfiguration: async (items: unknown[]) => items.map(() => vscode) },
        sendNotification: async () => undefined,
        sendDiagnostics: async (p: { uri: string; diagnostics: any[] }) => void sent.push(p),
        console: { error: () => undefined, info: () => undefined, log: () => undefined },
      } as unknown as Connection;
      return { connection, sent };
    }

    function storeFor(folders: string[], vscode: unknown = null) {
      const paths = new WorkspacePaths();
      paths.set(folders.map((f) => ({ uri: uriOf(f), name: f })));
      const { connection, sent } = fakeConnection(vscode);
      const store = new SettingsStore(connection, true, (uri) => paths.folderOf(uri));
      return { store, sent, paths };
    }

    it('finds the workspace folder of a document, and none outside every folder', () => {
      const paths = new WorkspacePaths();
      paths.set([{ uri: uriOf('ws'), name: 'ws' }]);
      const folderOf = (uri: string) => paths.folderOf(uri);
      assert.equal(folderOf(uriOf('ws/a/b/c.md')), join(root, 'ws'));
      assert.equal(folderOf(uriOf('elsewhere/c.md')), undefined);
      assert.equal(folderOf('untitled:Untitled-1'), undefined);
    });

    it('does not look above the workspace folder', async () => {
      write('.coproduction-lint.json', '{ "rules": { "leading-question": "off" } }');
      const { store } = storeFor(['ws']);
      const settings = await store.get(uriOf('ws/a.md'));
      assert.deepEqual(settings.lint.rules, {});
      assert.deepEqual(settings.configSources, []);
    });

    it('puts the config file over the VS Code settings', async () => {
      const config = write('ws/.coproduction-lint.json', '{ "rules": { "leading-question": "off" } }');
      const { store } = storeFor(['ws'], { rules: { 'leading-question': 'error', 'long-sentence': 'hint' } });
      const settings = await store.get(uriOf('ws/a.md'));
      assert.deepEqual(settings.lint.rules, { 'leading-question': 'off', 'long-sentence': 'hint' });
      assert.deepEqual(settings.configSources, [config]);
      assert.deepEqual(readSettings({ rules: settings.lint.rules }, allRules).problems, []);
    });

    it('reads config files again when they change, and clears the problems of a deleted one', async () => {
      const config = write('ws/.coproduction-lint.json', '{ "rules": { "leading-question": "loud" } }');
      const configUri = pathToFileURL(config).href;
      const { store, sent } = storeFor(['ws']);
      const doc = uriOf('ws/a.md');
      assert.deepEqual((await store.get(doc)).lint.rules, {});
      assert.deepEqual(sent.map((p) => [p.uri, p.diagnostics.length]), [[configUri, 1]]);

      assert.equal(store.configFilesChanged([{ uri: uriOf('ws/notes.json'), type: FileChangeType.Changed }]), false);
      write('ws/.coproduction-lint.json', '{ "rules": { "leading-question": "error" } }');
      assert.equal(store.configFilesChanged([{ uri: configUri, type: FileChangeType.Changed }]), true);
      assert.deepEqual((await store.get(doc)).lint.rules, { 'leading-question': 'error' });
      assert.deepEqual(sent.map((p) => [p.uri, p.diagnostics.length]), [[configUri, 1], [configUri, 0]], 'fixed: its problems are cleared');

      write('ws/.coproduction-lint.json', '{ "rules": { "leading-question": "loud" } }');
      store.configFilesChanged([{ uri: configUri, type: FileChangeType.Changed }]);
      await store.get(doc);
      unlinkSync(config);
      assert.equal(store.configFilesChanged([{ uri: configUri, type: FileChangeType.Deleted }]), true);
      assert.deepEqual((await store.get(doc)).configSources, []);
      assert.deepEqual(sent.map((p) => [p.uri, p.diagnostics.length]), [[configUri, 1], [configUri, 0], [configUri, 1], [configUri, 0]]);
    });

    it('notices a change to a file that a config file extends, whatever its name', async () => {
      write('ws/.coproduction-lint.json', '{ "extends": "../shared/house-style.json" }');
      const base = write('shared/house-style.json', '{ "rules": { "long-sentence": "off" } }');
      const { store } = storeFor(['ws']);
      const doc = uriOf('ws/a.md');
      assert.deepEqual((await store.get(doc)).lint.rules, { 'long-sentence': 'off' });
      write('shared/house-style.json', '{ "rules": { "long-sentence": "error" } }');
      assert.equal(store.configFilesChanged([{ uri: pathToFileURL(base).href, type: FileChangeType.Changed }]), true);
      assert.deepEqual((await store.get(doc)).lint.rules, { 'long-sentence': 'error' });
    });

    it('does not check a document the config file excludes', async () => {
      write('ws/.coproduction-lint.json', '{ "exclude": ["archive/**"] }');
      const { store } = storeFor(['ws']);
      assert.equal((await store.get(uriOf('ws/archive/2019.md'))).enable, false);
      assert.equal((await store.get(uriOf('ws/drafts/2026.md'))).enable, true);
    });

    it('answers "Show effective configuration" with sources, merged settings, kind and region', async () => {
      const config = write('ws/.coproduction-lint.json', '{ "rules": { "leading-question": "error" }, "vocabulary": { "allowedPhrases": ["Hilltop Library"] } }');
      const { store, paths } = storeFor(['ws'], { rules: { 'long-sentence': 'off' } });
      const uri = uriOf('ws/library.md');
      const text = `---\nregion: wales\n---\n${DRAFT}`;
      const doc = TextDocument.create(uri, 'markdown', 3, text);
      const documents = { get: (u: string) => (u === uri ? doc : undefined) } as unknown as TextDocuments<TextDocument>;
      const checks = new Checks({ error: () => undefined, info: () => undefined } as never, (u) => paths.pathOf(u));
      assert.deepEqual(await effectiveConfig({ uri }, { settings: store, documents, checks }), {
        uri,
        sources: [config],
        settings: {
          rules: { 'long-sentence': 'off', 'leading-question': 'error' },
          kinds: {},
          options: {},
          include: [],
          vocabulary: { groups: [], plainWords: {}, allowedPhrases: ['Hilltop Library'] },
        },
        enabled: true,
        excluded: false,
        kind: 'consultation',
        kindSource: 'title',
        region: 'wales',
      });
      assert.equal(await effectiveConfig({} as never, { settings: store, documents, checks }), null);
    });
  });
});
