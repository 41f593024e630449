// The language server as any editor sees it: `node dist/server.js --stdio`, spoken to in JSON-RPC
// by a client written for the test. Expected diagnostics come from the engine (`check()`), so
// rule wording can change without breaking these tests; the LSP shape around them is exact.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PARTICIPATION_PROMPT, REFLECTION_PROMPTS } from '../../server/src/lsp/reflection-prompts';
import { allRules, check, docsUrl } from '../../server/src/checker';
import { readSettings, type LintSettings } from '../../server/src/engine';
import { applyTextEdits, LspClient, positionAt, type Message, type TextEdit } from '../helpers/lsp-client';

const SERVER = resolve(__dirname, '../../../dist/server.js');

const STAKEHOLDERS_MESSAGE =
  "No section says who this affects or how each group will be involved, so the people most affected may never be asked. Add a 'Who we will involve' section that lists each group and how you will reach it.";

/** A short consultation with a leading question and no section on who will be involved. */
const DRAFT = `# Library opening hours consultation

We are reviewing when Hilltop Library opens. No final decision has been made.

## Why we are asking

Visits on weekday mornings have fallen, and we need to decide new opening hours by May 2026.

## Questions

1. Do you agree that the library should open later on weekday mornings?
2. How satisfied are you with the opening hours and the staff?
3. Tell us anything else we should know about how you use the library.

## How to respond

Reply online or at the front desk by 30 April 2026.
`;

const README = `# Hilltop Library website

Code for the library's website. Run \`npm start\` to work on it locally.
`;

const NOTES = `# Notes from the Tuesday team meeting

We talked about the opening hours and the new self-service machines.
`;

const CAPABILITIES = {
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } } },
  },
  workspace: {
    configuration: true,
    applyEdit: true,
    workspaceEdit: { documentChanges: true },
    didChangeConfiguration: { dynamicRegistration: true },
    workspaceFolders: true,
  },
  window: { workDoneProgress: true },
};

const SEVERITY = { error: 1, warning: 2, information: 3, hint: 4 } as const;

let root: string;
let rootUri: string;
const clients: LspClient[] = [];

function uriOf(relative: string): string {
  return pathToFileURL(join(root, relative)).href;
}

async function start(capabilities: object = CAPABILITIES, initializationOptions?: object): Promise<{ client: LspClient; init: any }> {
  const client = new LspClient(process.execPath, [SERVER, '--stdio']);
  clients.push(client);
  const init = await client.request('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'drafts' }],
    capabilities,
    ...(initializationOptions ? { initializationOptions } : {}),
  });
  client.notify('initialized', {});
  return { client, init };
}

function open(client: LspClient, uri: string, text: string, version = 1): void {
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
}

/** The next publishDiagnostics for `uri` (and `version`, when given) after `since`. */
function published(client: LspClient, uri: string, since = 0, version?: number): Promise<any> {
  return client.notification('textDocument/publishDiagnostics', (p) => p.uri === uri && (version === undefined || p.version === version), since);
}

/** What the server should publish: the engine's findings, converted independently of the server. */
function expectedDiagnostics(text: string, path: string, version: number | null, settings?: Partial<LintSettings>): unknown[] {
  const result = check(text, { path, settings });
  const range = (r: { start: number; end: number }) => ({ start: positionAt(text, r.start), end: positionAt(text, r.end) });
  return [
    ...result.notices.map((n) => ({ range: range(n), severity: SEVERITY[n.severity], code: 'front-matter', source: 'co-production', message: n.message })),
    ...result.findings.map((f) => ({
      range: range(f),
      severity: SEVERITY[f.severity],
      code: f.ruleId,
      codeDescription: { href: f.docsUrl },
      source: 'co-production',
      message: f.message,
      data: {
        ruleId: f.ruleId,
        version,
        fixes: f.fixes.map((fix) => ({
          title: fix.title,
          ...(fix.isPreferred ? { isPreferred: true } : {}),
          edits: fix.edits.map((e) => ({ range: range(e), newText: e.newText })),
        })),
      },
    })),
  ];
}

function codeActionsFor(client: LspClient, uri: string, diagnostic: any): Promise<any[]> {
  return client.request('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], triggerKind: 1 },
  });
}

/** Applies a code action's edit as the editor would, and sends it back as one range-based change. */
function applyAction(client: LspClient, uri: string, text: string, action: any, version: number): string {
  const change = action.edit.documentChanges[0];
  assert.equal(change.textDocument.uri, uri);
  const edits: TextEdit[] = change.edits;
  const next = applyTextEdits(text, edits);
  // Later edits first, so each range still refers to the text as it is when applied.
  const ordered = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
  client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: ordered.map((e) => ({ range: e.range, text: e.newText })) });
  return next;
}

describe('language server over stdio', function () {
  this.timeout(20000);

  before(() => {
    assert.ok(existsSync(SERVER), `${SERVER} is missing: run "npm run build" first`);
    root = mkdtempSync(join(tmpdir(), 'coproduction-lsp-'));
    rootUri = pathToFileURL(root).href;
  });

  afterEach(() => {
    for (const client of clients.splice(0)) client.kill();
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  it('answers initialize with its capabilities', async () => {
    const { init } = await start();
    const caps = init.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.coproductionLint'] });
    assert.deepEqual(caps.executeCommandProvider, { commands: ['coproductionLint.markAsPolicyDraft'] });
    assert.equal(caps.diagnosticProvider, undefined, 'no pull diagnostics unless the client asks for them');
    assert.equal(init.serverInfo.name, 'coproduction-lint');
  });

  it('publishes the engine findings for a draft, with exact ranges, codes, links and version', async () => {
    const { client } = await start();
    const uri = uriOf('consultations/library.md');
    open(client, uri, DRAFT);
    const params = await published(client, uri);

    assert.equal(params.version, 1);
    assert.deepEqual(params.diagnostics, expectedDiagnostics(DRAFT, 'consultations/library.md', 1));

    const stakeholders = params.diagnostics.find((d: any) => d.code === 'stakeholders-missing');
    assert.deepEqual(
      { ...stakeholders, data: undefined },
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 36 } },
        severity: 2,
        code: 'stakeholders-missing',
        codeDescription: { href: 'https://github.com/coproduction-lint/coproduction-lint/blob/main/docs/rules/stakeholders-missing.md' },
        source: 'co-production',
        message: STAKEHOLDERS_MESSAGE,
        data: undefined,
      },
    );
  });

  it('publishes no diagnostics for a README or meeting notes', async () => {
    const { client } = await start();
    const readme = uriOf('README.md');
    const notes = uriOf('notes/tuesday.md');
    open(client, readme, README);
    open(client, notes, NOTES);
    assert.deepEqual((await published(client, readme)).diagnostics, []);
    assert.deepEqual((await published(client, notes)).diagnostics, []);
    const status = await client.notification('coproductionLint/status', (p) => p.uri === notes);
    assert.deepEqual(status, { uri: notes, kind: null, kindSource: null, participationLevel: null, participationBecause: null, problems: 0, enabled: true });
  });

  it('sends a status notification after each check', async () => {
    const { client } = await start();
    const uri = uriOf('consultations/library.md');
    open(client, uri, DRAFT);
    const status = await client.notification('coproductionLint/status', (p) => p.uri === uri);
    const expected = check(DRAFT, { path: 'consultations/library.md' });
    assert.deepEqual(status, {
      uri,
      kind: 'consultation',
      kindSource: 'title',
      participationLevel: expected.participation!.level,
      participationBecause: expected.participation!.because,
      problems: expected.findings.length,
      enabled: true,
    });
  });

  it('explains a finding on hover', async () => {
    const { client } = await start();
    const uri = uriOf('consultations/library.md');
    open(client, uri, DRAFT);
    await published(client, uri);
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 10 } });
    const rule = allRules.find((r) => r.id === 'stakeholders-missing')!;
    const estimate = check(DRAFT, { path: 'consultations/library.md' }).participation!;
    assert.equal(hover.contents.kind, 'markdown');
    assert.deepEqual(hover.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 36 } });
    const text: string = hover.contents.value;
    const expectInOrder = [
      `**Participation level (estimated from what the draft commits to):** **${estimate.level}**`,
      ['inform', 'consult', 'involve', 'co-design', 'co-produce'].map((l) => (l === estimate.level ? `**${l}**` : l)).join(' → '),
      estimate.because,
      STAKEHOLDERS_MESSAGE,
      `**What this checks:** ${rule.summary}`,
      `**Why it matters:** ${rule.why}`,
      `- ${rule.principles[0].name} ([${rule.principles[0].source}](${rule.principles[0].url}))`,
      `**How to fix it:** ${rule.howToFix}`,
      `**A good example:**\n\n\`\`\`markdown\n${rule.example.ok.trimEnd()}\n\`\`\``,
      `[Read more about stakeholders-missing](${docsUrl('stakeholders-missing')})`,
    ];
    let from = 0;
    for (const part of expectInOrder) {
      const at = text.indexOf(part, from);
      assert.ok(at >= 0, `hover lacks (or misorders) ${JSON.stringify(part.slice(0, 60))}\n--- hover ---\n${text}`);
      from = at + part.length;
    }
    const nothing = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 3 } });
    assert.equal(nothing, null);
  });

  it('in VS Code the hover links to the bundled rule page, and workshop mode adds a question for discussion', async () => {
    const { client } = await start(CAPABILITIES, { commandsInClient: true });
    client.answer('workspace/configuration', (p) => p.items.map(() => ({ workshopMode: true })));
    const uri = uriOf('consultations/library.md');
    open(client, uri, DRAFT);
    await published(client, uri);
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 10 } });
    const text: string = hover.contents.value;
    const explain = `command:coproductionLint.explainRule?${encodeURIComponent(JSON.stringify([{ ruleId: 'stakeholders-missing' }]))}`;
    assert.ok(
      text.endsWith(`> **For discussion:** ${REFLECTION_PROMPTS['stakeholders-missing']}\n\n[Open rule docs](${explain}) · [online](${docsUrl('stakeholders-missing')})`),
      text.slice(-400),
    );
    assert.ok(text.includes(`> **For discussion:** ${PARTICIPATION_PROMPT}`), 'the title hover asks about the ladder too');
  });

  it('offers the fix, then "Ignore for this line", then "Ignore in this file"', async () => {
    const { client } = await start();
    const uri = uriOf('consultations/library.md');
    open(client, uri, DRAFT);
    const { diagnostics } = await published(client, uri);
    const diagnostic = diagnostics.find((d: any) => d.code === 'stakeholders-missing');
    const finding = check(DRAFT, { path: 'consultations/library.md' }).findings.find((f) => f.ruleId === 'stakeholders-missing')!;

    const actions = await codeActionsFor(client, uri, diagnostic);
    assert.deepEqual(
      actions.map((a) => a.title),
      [finding.fixes[0].title, 'Ignore stakeholders-missing for this line', 'Ignore stakeholders-missing in this file'],
    );
    assert.deepEqual(actions.map((a) => [a.kind, a.isPreferred ?? false]), [['quickfix', true], ['quickfix', false], ['quickfix', false]]);
    for (const action of actions) {
      assert.deepEqual(action.diagnostics, [diagnostic]);
      assert.deepEqual(action.edit.documentChanges[0].textDocument, { uri, version: 1 });
    }
    assert.deepEqual(actions[1].edit.documentChanges[0].edits, [
      { range: { start: { line: 0, character: 36 }, end: { line: 0, character: 36 } }, newText: ' <!-- coproduction-lint-disable-line stakeholders-missing -->' },
    ]);
    assert.deepEqual(actions[2].edit.documentChanges[0].edits, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '<!-- coproduction-lint-disable-file stakeholders-missing -->\n\n' },
    ]);
  });

  it('"Fix all safe problems" applies every preferred rewrite in one edit, and no section inserts', async () => {
    const { client } = await start();
    const uri = uriOf('consultations/library.md');
    const text = DRAFT.replace('3. Tell us anything', '3. Would you support opening the library on Sundays?\n4. Tell us anything');
    open(client, uri, text);
    await published(client, uri);
    const rewriteRules = new Set(allRules.filter((r) => r.fixKind === 'rewrite').map((r) => r.id));
    const before = check(text, { path: 'consultations/library.md' }).findings;
    const rewritable = before.filter((f) => rewriteRules.has(f.ruleId) && f.fixes.some((x) => x.isPreferred));
    assert.ok(rewritable.length >= 2, 'the draft has at least two rewritable problems');

    for (const only of [['source.fixAll.coproductionLint'], ['source.fixAll'], ['source']]) {
      const actions = await client.request('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only, triggerKind: 2 },
      });
      assert.deepEqual(actions.map((a: any) => [a.title, a.kind]), [[`Fix all safe problems (${rewritable.length} rewrites)`, 'source.fixAll.coproductionLint']], String(only));
    }
    const [action] = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.coproductionLint'], triggerKind: 2 },
    });
    const since = client.mark();
    const fixed = applyAction(client, uri, text, action, 2);
    const after = await published(client, uri, since, 2);
    assert.deepEqual(after.diagnostics, expectedDiagnostics(fixed, 'consultations/library.md', 2));
    const left = check(fixed, { path: 'consultations/library.md' }).findings;
    assert.deepEqual(left.filter((f) => rewriteRules.has(f.ruleId) && f.fixes.some((x) => x.isPreferred)).map((f) => f.ruleId), []);
    // Sections are never inserted unasked: the document-level findings are all still there.
    const sections = (findings: typeof before) => findings.filter((f) => !rewriteRules.has(f.ruleId)).map((f) => f.ruleId).sort();
    assert.deepEqual(sections(left), sections(before));

    const none = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.coproductionLint'], triggerKind: 2 },
    });
    assert.deepEqual(none, [], 'nothing left to fix, so no action');
  });

  it('an unused suppression comment is a hint whose only action removes it', async () => {
    const { client } = await start();
    const uri = uriOf('consultations/library.md');
    const text = DRAFT.replace('No final decision has been made.', 'No final decision has been made. <!-- coproduction-lint-disable-line leading-question -->');
    open(client, uri, text);
    const { diagnostics } = await published(client, uri);
    const unused = diagnostics.find((d: any) => d.code === 'unused-suppression');
    assert.ok(unused, 'the comment is reported');
    assert.equal(unused.severity, 4);
    const actions = await codeActionsFor(client, uri, unused);
    assert.deepEqual(actions.map((a: any) => [a.title, a.kind, a.isPreferred]), [['Remove the unused suppression comment', 'quickfix', true]]);
    const since = client.mark();
    const fixed = applyAction(client, uri, text, actions[0], 2);
    assert.equal(fixed, DRAFT);
    const after = await published(client, uri, since, 2);
    assert.ok(!after.diagnostics.some((d: any) => d.code === 'unused-suppression'));
  });

  it('in VS Code (commands in the client) the menu goes on with "Turn off … in settings" and "Explain …"', async () => {
    const { client } = await start(CAPABILITIES, { commandsInClient: true });
    const uri = uriOf('consultations/library.md');
    open(client, uri, DRAFT);
    const { diagnostics } = await published(client, uri);
    const diagnostic = diagnostics.find((d: any) => d.code === 'stakeholders-missing');
    const finding = check(DRAFT, { path: 'consultations/library.md' }).findings.find((f) => f.ruleId === 'stakeholders-missing')!;
    const actions = await codeActionsFor(client, uri, diagnostic);
    assert.deepEqual(actions.map((a: any) => a.title), [
      finding.fixes[0].title,
      'Ignore stakeholders-missing for this line',
      'Ignore stakeholders-missing in this file',
      'Turn off stakeholders-missing in settings',
      'Explain stakeholders-missing',
    ]);
    const args = [{ ruleId: 'stakeholders-missing', uri }];
    assert.deepEqual(actions[3].command, { title: 'Turn off stakeholders-missing in settings', command: 'coproductionLint.turnOffRule', arguments: args });
    assert.deepEqual(actions[4].command, { title: 'Explain stakeholders-missing', command: 'coproductionLint.explainRule', arguments: args });
    assert.equal(actions[3].edit, undefined, 'the settings change is made by the editor, never as a document edit');
    // "Ignore …" asks for a reason first, so it is a command carrying where the comment goes.
    assert.equal(actions[1].edit, undefined);
    assert.deepEqual(actions[1].command, {
      title: 'Ignore stakeholders-missing for this line',
      command: 'coproductionLint.ignoreRule',
      arguments: [{ uri, version: 1, ruleId: 'stakeholders-missing', scope: 'line', position: { line: 0, character: DRAFT.indexOf('\n') } }],
    });
    assert.deepEqual(actions[2].command.arguments, [{ uri, version: 1, ruleId: 'stakeholders-missing', scope: 'file' }]);
  });

  it('"Ignore …" with a reason: the server writes the comment with the reason, and nothing for a stale version', async () => {
    const { client } = await start(CAPABILITIES, { commandsInClient: true });
    const uri = uriOf('consultations/library.md');
    open(client, uri, DRAFT);
    const { diagnostics } = await published(client, uri);
    const actions = await codeActionsFor(client, uri, diagnostics.find((d: any) => d.code === 'stakeholders-missing'));
    const [lineArgs] = actions.find((a) => a.title === 'Ignore stakeholders-missing for this line').command.arguments;
    const [fileArgs] = actions.find((a) => a.title === 'Ignore stakeholders-missing in this file').command.arguments;

    // A reason that tries to end the comment early, over two lines, stays inside one comment.
    const lineEdit = await client.request('coproductionLint/ignoreEdit', { ...lineArgs, reason: 'agreed with\nthe panel --> fine' });
    const since = client.mark();
    const edited = applyAction(client, uri, DRAFT, { edit: lineEdit }, 2);
    assert.equal(
      edited.split('\n')[0],
      '# Library opening hours consultation <!-- coproduction-lint-disable-line stakeholders-missing -- agreed with the panel - fine -->',
    );
    const after = await published(client, uri, since, 2);
    assert.ok(!after.diagnostics.some((d: any) => d.code === 'stakeholders-missing'));
    assert.ok(!after.diagnostics.some((d: any) => d.code === 'unused-suppression'));

    // Version 1's arguments no longer fit version 2: no edit rather than a comment in the wrong place.
    assert.equal(await client.request('coproductionLint/ignoreEdit', { ...fileArgs, reason: '' }), null);
    const fileEdit = await client.request('coproductionLint/ignoreEdit', { ...fileArgs, version: 2, reason: '  ' });
    assert.deepEqual(fileEdit.documentChanges[0].edits.map((e: any) => e.newText), ['<!-- coproduction-lint-disable-file stakeholders-missing -->\n\n']);
  });

  it('answers the co-production report request for an open draft, and follows its edits', async () => {
    const { client } = await start(CAPABILITIES, { commandsInClient: true });
    const uri = uriOf('consultations/library.md');
    open(client, uri, DRAFT);
    await published(client, uri);
    const markdown = await client.request('coproductionLint/report', { uri, format: 'markdown' });
    assert.equal(markdown.format, 'markdown');
    assert.equal(markdown.title, 'Library opening hours consultation');
    assert.match(markdown.content, /\| Stakeholders \| missing \|/);

    const html = await client.request('coproductionLint/report', { uri, format: 'html', exportLinks: true });
    assert.match(html.content, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
    assert.match(html.content, /href="command:coproductionLint\.exportReport\?/);

    // Add a stakeholder section: the next report has the principle met.
    const since = client.mark();
    const edited = applyAction(client, uri, DRAFT, (await codeActionsFor(client, uri, (await published(client, uri)).diagnostics.find((d: any) => d.code === 'stakeholders-missing')))[0], 2);
    await published(client, uri, since, 2);
    assert.match(edited, /## Who we will involve/);
    const after = await client.request('coproductionLint/report', { uri, format: 'markdown' });
    assert.doesNotMatch(after.content, /\| Stakeholders \| missing \|/);

    assert.equal(await client.request('coproductionLint/report', { uri: uriOf('not-open.md'), format: 'html' }), null);
  });

  it('applying the quick fix removes the diagnostic', async () => {
    const { client } = await start();
    const uri = uriOf('consultations/library.md');
    open(client, uri, DRAFT);
    const { diagnostics } = await published(client, uri);
    const [fix] = await codeActionsFor(client, uri, diagnostics.find((d: any) => d.code === 'stakeholders-missing'));

    const since = client.mark();
    const fixed = applyAction(client, uri, DRAFT, fix, 2);
    assert.match(fixed, /\n## Who we will involve\n/);
    const after = await published(client, uri, since, 2);
    assert.ok(!after.diagnostics.some((d: any) => d.code === 'stakeholders-missing'));
    assert.deepEqual(after.diagnostics, expectedDiagnostics(fixed, 'consultations/library.md', 2));
  });

  it('"Ignore for this line" adds an inline comment the engine honours', async () => {
    const { client } = await start();
    const uri = uriOf('consultations/library.md');
    open(client, uri, DRAFT);
    const { diagnostics } = await published(client, uri);
    const actions = await codeActionsFor(client, uri, diagnostics.find((d: any) => d.code === 'stakeholders-missing'));
    const ignore = actions.find((a) => a.title === 'Ignore stakeholders-missing for this line');

    const since = client.mark();
    const edited = applyAction(client, uri, DRAFT, ignore, 2);
    assert.equal(edited.split('\n')[0], '# Library opening hours consultation <!-- coproduction-lint-disable-line stakeholders-missing -->');
    const after = await published(client, uri, since, 2);
    assert.ok(!after.diagnostics.some((d: any) => d.code === 'stakeholders-missing'));
    assert.deepEqual(after.diagnostics, expectedDiagnostics(edited, 'consultations/library.md', 2));
  });

  it('"Ignore in this file" goes after the front matter', async () => {
    const { client } = await start();
    const uri = uriOf('consultations/bus.md');
    const text = `---\ntype: consultation\nregion: wales\n---\n${DRAFT.replace('Library opening hours', 'Bus routes')}`;
    open(client, uri, text);
    const { diagnostics } = await published(client, uri);
    const actions = await codeActionsFor(client, uri, diagnostics.find((d: any) => d.code === 'stakeholders-missing'));
    const ignore = actions.find((a) => a.title === 'Ignore stakeholders-missing in this file');
    assert.deepEqual(ignore.edit.documentChanges[0].edits, [
      { range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, newText: '<!-- coproduction-lint-disable-file stakeholders-missing -->\n\n' },
    ]);
    const since = client.mark();
    const edited = applyAction(client, uri, text, ignore, 2);
    const after = await published(client, uri, since, 2);
    assert.ok(!after.diagnostics.some((d: any) => d.code === 'stakeholders-missing'));
    assert.deepEqual(after.diagnostics, expectedDiagnostics(edited, 'consultations/bus.md', 2));
  });

  it('never puts "Ignore for this line" inside front matter', async () => {
    const { client } = await start();
    const uri = uriOf('policies/new.md');
    const text = '---\ntype: policy\n---\n';
    open(client, uri, text);
    const { diagnostics } = await published(client, uri);
    const diagnostic = diagnostics.find((d: any) => d.code === 'stakeholders-missing');
    assert.ok(diagnostic, 'an empty policy draft lacks a stakeholder section');
    const actions = await codeActionsFor(client, uri, diagnostic);
    assert.ok(!actions.some((a) => a.title.endsWith('for this line')), actions.map((a) => a.title).join(', '));
    const ignore = actions.find((a) => a.title === 'Ignore stakeholders-missing in this file');
    assert.deepEqual(ignore.edit.documentChanges[0].edits, [
      { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: '<!-- coproduction-lint-disable-file stakeholders-missing -->\n\n' },
    ]);
  });

  it('re-reads settings when they change, and a rule turned off disappears', async () => {
    const { client } = await start();
    let settings: unknown = null;
    client.answer('workspace/configuration', (p) => p.items.map((item: any) => (item.section === 'coproductionLint' ? settings : null)));
    const uri = uriOf('consultations/library.md');
    open(client, uri, DRAFT);
    const before = await published(client, uri);
    assert.ok(before.diagnostics.some((d: any) => d.code === 'stakeholders-missing'));
    const asked = client.serverRequests.find((m) => m.method === 'workspace/configuration');
    assert.deepEqual(asked?.params, { items: [{ scopeUri: uri, section: 'coproductionLint' }] });

    settings = { rules: { 'stakeholders-missing': 'off' } };
    const since = client.mark();
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const after = await published(client, uri, since);
    assert.equal(after.version, 1);
    assert.deepEqual(after.diagnostics, expectedDiagnostics(DRAFT, 'consultations/library.md', 1, { rules: { 'stakeholders-missing': 'off' } }));
    assert.ok(!after.diagnostics.some((d: any) => d.code === 'stakeholders-missing'));
  });

  it('matches include globs against the path relative to the workspace folder', async () => {
    const { client } = await start();
    client.answer('workspace/configuration', (p) => p.items.map(() => ({ include: ['notes/**/*.md'] })));
    const uri = uriOf('notes/tuesday.md');
    open(client, uri, NOTES);
    const params = await published(client, uri);
    const settings = { include: ['notes/**/*.md'] };
    assert.ok(params.diagnostics.length > 0);
    assert.deepEqual(params.diagnostics, expectedDiagnostics(NOTES, 'notes/tuesday.md', 1, settings));
    const status = await client.notification('coproductionLint/status', (p) => p.uri === uri);
    assert.deepEqual([status.kind, status.kindSource], ['policy', 'include']);
  });

  it('checks nothing when turned off', async () => {
    const { client } = await start();
    client.answer('workspace/configuration', (p) => p.items.map(() => ({ enable: false })));
    const uri = uriOf('consultations/library.md');
    open(client, uri, DRAFT);
    assert.deepEqual((await published(client, uri)).diagnostics, []);
    const status = await client.notification('coproductionLint/status', (p) => p.uri === uri);
    assert.deepEqual(status, { uri, kind: null, kindSource: null, participationLevel: null, participationBecause: null, problems: 0, enabled: false });
  });

  it('keeps ranges and inserted comments right in a CRLF document', async () => {
    const { client } = await start();
    const uri = uriOf('consultations/windows.md');
    const text = `---\r\ntype: consultation\r\n---\r\n${DRAFT.replace(/\n/g, '\r\n')}`;
    open(client, uri, text);
    const { diagnostics } = await published(client, uri);
    assert.deepEqual(diagnostics, expectedDiagnostics(text, 'consultations/windows.md', 1));
    const actions = await codeActionsFor(client, uri, diagnostics.find((d: any) => d.code === 'stakeholders-missing'));
    const ignore = actions.find((a) => a.title === 'Ignore stakeholders-missing in this file');
    assert.deepEqual(ignore.edit.documentChanges[0].edits, [
      { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: '<!-- coproduction-lint-disable-file stakeholders-missing -->\r\n\r\n' },
    ]);
    const since = client.mark();
    const edited = applyAction(client, uri, text, actions.find((a) => a.title === 'Ignore stakeholders-missing for this line'), 2);
    const after = await published(client, uri, since, 2);
    assert.ok(!after.diagnostics.some((d: any) => d.code === 'stakeholders-missing'));
    assert.deepEqual(after.diagnostics, expectedDiagnostics(edited, 'consultations/windows.md', 2));
  });

  it('warns once about each bad setting, keeps the good ones and does not crash', async () => {
    const { client } = await start();
    const bad = {
      enable: 'yes',
      rules: { 'no-such-rule': 'off', 'stakeholders-missing': 'hint', 'feedback-loop-missing': 'loud' },
      include: 'consultations',
      debounceMs: -5,
    };
    client.answer('workspace/configuration', (p) => p.items.map(() => bad));
    const first = uriOf('consultations/library.md');
    open(client, first, DRAFT);
    const params = await published(client, first);

    const warnings = client.notifications('window/showMessage');
    const engineProblems = readSettings(bad, allRules).problems;
    assert.deepEqual(
      warnings.map((w) => w.message),
      [
        ...engineProblems,
        '"enable" must be true or false; it was ignored.',
        '"debounceMs": -5 is not a number of milliseconds (0 or more); it was ignored.',
      ].map((p) => `Co-production Lint settings: ${p}`),
    );
    assert.ok(warnings.every((w) => w.type === 2), 'warnings, not errors');
    assert.ok(warnings.some((w) => w.message.includes('"no-such-rule" is not a rule id, so its setting was ignored.')));
    // The valid part still applies.
    assert.deepEqual(params.diagnostics, expectedDiagnostics(DRAFT, 'consultations/library.md', 1, { rules: { 'stakeholders-missing': 'hint' } }));
    assert.equal(params.diagnostics.find((d: any) => d.code === 'stakeholders-missing').severity, 4);

    // Another document with the same bad settings: no repeated warnings.
    const second = uriOf('consultations/parks.md');
    const since = client.mark();
    open(client, second, DRAFT.replace('Library opening hours', 'Parks'));
    await published(client, second, since);
    assert.equal(client.notifications('window/showMessage').length, warnings.length);
  });

  it('in pull mode answers textDocument/diagnostic and does not push for open documents', async () => {
    const pullCapabilities = {
      ...CAPABILITIES,
      textDocument: { ...CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false } },
      workspace: { ...CAPABILITIES.workspace, diagnostics: { refreshSupport: true } },
    };
    const { client, init } = await start(pullCapabilities);
    assert.deepEqual(init.capabilities.diagnosticProvider, { identifier: 'co-production', interFileDependencies: false, workspaceDiagnostics: false });

    const uri = uriOf('consultations/library.md');
    open(client, uri, DRAFT);
    const report = await client.request('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual(report, { kind: 'full', items: expectedDiagnostics(DRAFT, 'consultations/library.md', 1) });
    const status = await client.notification('coproductionLint/status', (p) => p.uri === uri);
    assert.equal(status.kind, 'consultation');

    // A push for the open document would come before this round trip ends.
    const closedFile = join(root, 'pull/closed.md');
    mkdirSync(join(root, 'pull'), { recursive: true });
    writeFileSync(closedFile, DRAFT);
    await client.request('coproductionLint/checkFiles', { uris: [pathToFileURL(closedFile).href] });
    await published(client, pathToFileURL(closedFile).href);
    assert.deepEqual(client.notifications('textDocument/publishDiagnostics').filter((p) => p.uri === uri), []);

    const since = client.mark();
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.serverRequest('workspace/diagnostic/refresh', since);
  });

  it('in pull mode answers a pull right after an edit only once typing has paused', async () => {
    const pullCapabilities = { ...CAPABILITIES, textDocument: { ...CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false } } };
    const { client } = await start(pullCapabilities);
    client.answer('workspace/configuration', (p) => p.items.map(() => ({ debounceMs: 300 })));
    const uri = uriOf('consultations/library.md');
    open(client, uri, DRAFT);
    await client.request('textDocument/diagnostic', { textDocument: { uri } });

    const edit = { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'Hello. ' };
    const changedAt = Date.now();
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [edit] });
    const report = await client.request('textDocument/diagnostic', { textDocument: { uri } });
    assert.ok(Date.now() - changedAt >= 290, `answered after ${Date.now() - changedAt} ms`);
    const text = applyTextEdits(DRAFT, [{ range: edit.range, newText: edit.text }]);
    assert.deepEqual(report.items, expectedDiagnostics(text, 'consultations/library.md', 2, {}));

    // A pull the client gives up on is dropped at once.
    client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [edit] });
    const { id, response } = client.send('textDocument/diagnostic', { textDocument: { uri } });
    client.notify('$/cancelRequest', { id });
    const cancelled = await response;
    assert.equal(cancelled.error?.code, -32800, JSON.stringify(cancelled));
    // vscode-languageclient 10.1.2 stops pulling a document whose cancelled pull carried `data`.
    assert.equal(cancelled.error?.data, undefined);
  });

  it('marks a file as a policy draft through workspace/applyEdit', async () => {
    const { client } = await start();
    const uri = uriOf('notes/tuesday.md');
    open(client, uri, NOTES);
    await published(client, uri);

    const since = client.mark();
    const applied = await client.request('workspace/executeCommand', { command: 'coproductionLint.markAsPolicyDraft', arguments: [{ uri }] });
    assert.equal(applied, true);
    const request = await client.serverRequest('workspace/applyEdit', since);
    assert.deepEqual(request.params.edit, {
      documentChanges: [
        {
          textDocument: { uri, version: 1 },
          edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '---\ntype: policy\n---\n' }],
        },
      ],
    });

    const afterEdit = client.mark();
    const marked = applyAction(client, uri, NOTES, request.params, 2);
    const status = await client.notification('coproductionLint/status', (p) => p.uri === uri, afterEdit);
    assert.deepEqual({ kind: status.kind, kindSource: status.kindSource }, { kind: 'policy', kindSource: 'front-matter' });
    const params = await published(client, uri, afterEdit, 2);
    assert.deepEqual(params.diagnostics, expectedDiagnostics(marked, 'notes/tuesday.md', 2));
  });

  it('adds the type line to existing front matter', async () => {
    const { client } = await start();
    const uri = uriOf('notes/with-front-matter.md');
    const text = `---\ntitle: Tuesday notes\n---\n${NOTES}`;
    open(client, uri, text);
    await published(client, uri);
    const since = client.mark();
    await client.request('workspace/executeCommand', { command: 'coproductionLint.markAsPolicyDraft', arguments: [{ uri }] });
    const request = await client.serverRequest('workspace/applyEdit', since);
    assert.deepEqual(request.params.edit.documentChanges[0].edits, [
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: 'type: policy\n' },
    ]);
  });

  it('checkFiles checks files from disk, publishes their diagnostics and reports progress', async () => {
    const { client } = await start();
    const dir = join(root, 'workspace-check');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'draft.md'), DRAFT);
    writeFileSync(join(dir, 'README.md'), README);
    writeFileSync(join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    const uris = ['draft.md', 'README.md', 'image.md', 'missing.md'].map((name) => pathToFileURL(join(dir, name)).href);

    const result = await client.request('coproductionLint/checkFiles', { uris, workDoneToken: 'check-1' });
    const expected = expectedDiagnostics(DRAFT, 'workspace-check/draft.md', null);
    assert.deepEqual(result, { checked: 2, drafts: 1, problems: expected.length });

    const params = await published(client, uris[0]);
    assert.equal(params.version, undefined);
    assert.deepEqual(params.diagnostics, expected);
    // Publishing happens before the response, so anything else would already be here.
    assert.deepEqual(
      client.notifications('textDocument/publishDiagnostics').map((p) => p.uri),
      [uris[0]],
    );

    const progress = client.notifications('$/progress').filter((p) => p.token === 'check-1').map((p) => p.value.kind);
    assert.equal(progress[0], 'begin');
    assert.equal(progress[progress.length - 1], 'end');
    assert.ok(progress.includes('report'));

    const logs = client.notifications('window/logMessage').map((p) => p.message as string);
    assert.ok(logs.some((m) => m.includes('image.md') && m.includes('binary')), logs.join('\n'));
    assert.ok(logs.some((m) => m.includes('missing.md') && m.includes('could not be read')), logs.join('\n'));
  });

  it('checkFiles stops when cancelled', async () => {
    const { client } = await start();
    const dir = join(root, 'many');
    mkdirSync(dir, { recursive: true });
    const uris: string[] = [];
    for (let i = 0; i < 400; i++) {
      writeFileSync(join(dir, `draft-${i}.md`), DRAFT);
      uris.push(pathToFileURL(join(dir, `draft-${i}.md`)).href);
    }
    const { id, response } = client.send('coproductionLint/checkFiles', { uris });
    // Cancel once it is under way: the first file's diagnostics have arrived.
    await published(client, uris[0]);
    client.notify('$/cancelRequest', { id });
    const message: Message = await response;
    if (message.error) assert.equal(message.error.code, -32800);
    else assert.ok(message.result.checked >= 1 && message.result.checked < uris.length, `checked ${message.result.checked} of ${uris.length}`);
    const publishedFiles = client.notifications('textDocument/publishDiagnostics').length;
    assert.ok(publishedFiles < uris.length, `published ${publishedFiles} of ${uris.length}`);
  });

  it('incremental changes give the same diagnostics as opening the final text', async () => {
    const { client } = await start();
    const uri = uriOf('consultations/library.md');
    open(client, uri, DRAFT);
    await published(client, uri);

    const changes = [
      // v2: a stakeholder section typed in after the introduction.
      [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '## Who we will involve\n\n- people who use the library\n- staff\n\n' }],
      // v3: two changes in one notification, applied one after the other.
      [
        { range: { start: { line: 15, character: 3 }, end: { line: 15, character: 20 } }, text: 'What do you think about whether' },
        { range: { start: { line: 0, character: 2 }, end: { line: 0, character: 9 } }, text: 'Hilltop Library' },
      ],
      // v4: a line at the end.
      [{ range: { start: { line: 22, character: 0 }, end: { line: 22, character: 0 } }, text: 'We will publish what we heard.\n' }],
    ];
    let text = DRAFT;
    const since = client.mark();
    changes.forEach((contentChanges, i) => {
      for (const change of contentChanges) text = applyTextEdits(text, [{ range: change.range, newText: change.text }]);
      client.notify('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges });
    });
    assert.match(text, /^# Hilltop Library opening hours consultation\n/);
    assert.match(text, /1\. What do you think about whether the library/);

    // Debounced: the burst gives one check, of the last version.
    const first = await published(client, uri, since);
    assert.equal(first.version, 4);
    assert.deepEqual(first.diagnostics, expectedDiagnostics(text, 'consultations/library.md', 4));

    const reopened = client.mark();
    client.notify('textDocument/didClose', { textDocument: { uri } });
    open(client, uri, text, 4);
    const again = await published(client, uri, reopened, 4);
    assert.deepEqual(again.diagnostics, first.diagnostics);
  });

  it('survives binary and huge documents and odd requests', async () => {
    const { client } = await start();
    const binary = uriOf('odd/binary.md');
    const huge = uriOf('odd/huge.md');
    const binaryText = `# Policy\n\u0000\u0001\u0002${'\u0000'.repeat(100)}`;
    open(client, binary, binaryText);
    // Over the default 5 MB limit: one information diagnostic, and no check.
    const hugeText = `# Housing policy\n\n${'Do you agree that we should build more homes? '.repeat(110_000)}`;
    open(client, huge, hugeText);
    assert.deepEqual(
      (await published(client, binary)).diagnostics.map((d: { code: string }) => d.code),
      check(binaryText).findings.map((f) => f.ruleId),
    );
    assert.deepEqual(
      (await published(client, huge)).diagnostics.map((d: { code: string; severity: number; range: unknown; message: string }) => [d.code, d.severity, d.range, d.message]),
      [
        [
          'too-large',
          3,
          { start: { line: 0, character: 0 }, end: { line: 0, character: 16 } },
          'This document is larger than 5 MB, so it was not checked. Split it into smaller drafts, or raise the size limit to check it.',
        ],
      ],
    );

    const unknown = uriOf('odd/not-open.md');
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: unknown }, position: { line: 0, character: 0 } }), null);
    const bogus = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'x', source: 'co-production', data: { nonsense: true } };
    assert.deepEqual(await codeActionsFor(client, binary, bogus), []);
    assert.equal(await client.request('workspace/executeCommand', { command: 'coproductionLint.markAsPolicyDraft', arguments: [] }), false);
    assert.deepEqual(await client.request('coproductionLint/checkFiles', {}), { checked: 0, drafts: 0, problems: 0 });
  });

  it('exits cleanly on shutdown and exit', async () => {
    const { client } = await start();
    assert.equal(await client.request('shutdown'), null);
    client.notify('exit');
    const { code } = await client.exited;
    assert.equal(code, 0);
  });
});
