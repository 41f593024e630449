// End-to-end tests in a real VS Code extension host: the extension under development, its language
// server as a separate process, and the editor's own commands (hover, code actions, snippets).
// The workspace is a temp copy made by test/e2e/workspace.mjs. Tests run in order and share the
// extension, but each one edits its own file.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import {
  api,
  cliFindings,
  codeOf,
  codesOf,
  docsUrl,
  extension,
  hoverText,
  nextDiagnosticsChange,
  ours,
  positions,
  quickFixes,
  REPO_ROOT,
  cliCodes,
  cliDiagnostics,
  cliPositions,
  serverPid,
  serverProcessesFromProc,
  show,
  STATE_STOPPED,
  waitForDiagnostics,
  waitForNewServer,
  waitForRestartOrStop,
  waitForText,
  workspaceFile,
} from './helpers';

const WEAK = 'weak-engagement-plan.md';
/** The rules every engagement plan draft like the weak example must show, whatever else fires. */
const CORE_CODES = ['double-barrelled-question', 'feedback-loop-missing', 'leading-question', 'loaded-question', 'power-sharing-missing', 'stakeholders-missing'];
const SEVERITY_NAMES = ['error', 'warning', 'info', 'hint'];

const extensionPath = () => extension().extensionPath;
/** Diagnostics equal, position by position, to what the command line reports for the file on disk. */
const sameAsCli = (uri: vscode.Uri) => {
  const expected = cliFindings(uri);
  return Object.assign((diagnostics: vscode.Diagnostic[]) => JSON.stringify(positions(diagnostics)) === JSON.stringify(expected), {
    text: `the command line's findings (${expected.join(', ') || 'none'})`,
  });
};
const withoutCode = (code: string) => (diagnostics: vscode.Diagnostic[]) => !diagnostics.some((d) => codeOf(d) === code);

/** Shows a file, waits for its diagnostics to match the command line's, and returns them. */
async function showChecked(uri: vscode.Uri): Promise<{ editor: vscode.TextEditor; diagnostics: vscode.Diagnostic[] }> {
  const editor = await show(uri);
  const expected = sameAsCli(uri);
  const diagnostics = await waitForDiagnostics(uri, expected, expected.text);
  return { editor, diagnostics };
}

/** Shows a file that should have no findings, waits for the editor to be told, and checks the server directly too. */
async function expectQuiet(uri: vscode.Uri): Promise<void> {
  assert.deepEqual(cliFindings(uri), [], 'the command line finds nothing either');
  await nextDiagnosticsChange(uri, () => show(uri), 'the diagnostics pulled on opening');
  assert.deepEqual(positions(ours(uri)), []);
  const { client } = await api();
  const report = await client.sendRequest<{ kind: string; items: unknown[] }>('textDocument/diagnostic', {
    textDocument: { uri: client.code2ProtocolConverter.asUri(uri) },
  });
  assert.deepEqual({ kind: report.kind, items: report.items }, { kind: 'full', items: [] }, 'the server reports nothing');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function applyFix(uri: vscode.Uri, diagnostic: vscode.Diagnostic, title: string | RegExp): Promise<vscode.CodeAction> {
  const actions = await quickFixes(uri, diagnostic.range);
  const titles = actions.map((a) => a.title);
  const action = actions.find((a) => (typeof title === 'string' ? a.title === title : title.test(a.title)));
  assert.ok(action, `no quick fix ${title} among: ${titles.join(' | ')}`);
  assert.ok(action.edit, `the quick fix '${action.title}' has no edit`);
  assert.equal(await vscode.workspace.applyEdit(action.edit), true, `the edit of '${action.title}' was not applied`);
  return action;
}

describe('Co-production Lint in a real VS Code extension host', function () {
  describe('activation', () => {
    it('activates when a Markdown file is opened and starts its language server', async () => {
      const ext = extension();
      assert.equal(ext.isActive, false, 'active before any Markdown file was opened');
      const uri = workspaceFile(WEAK);
      await show(uri);
      // Only the extension can produce these; the test never calls activate().
      await waitForDiagnostics(uri, (d) => d.length > 0, 'diagnostics from the extension');
      assert.equal(ext.isActive, true);
      const { client } = ext.exports;
      assert.ok(client, 'activate() returns { client }');
      assert.equal(client.isRunning(), true, 'the language client is running');
      assert.ok(client.initializeResult?.capabilities.diagnosticProvider, 'the server offers pull diagnostics to VS Code');
      assert.ok(serverPid(client), 'the server runs as its own process');
    });
  });

  describe('diagnostics on the examples', () => {
    it('weak-engagement-plan.md: every rule, with its rule id as code and a link to its docs page', async () => {
      const uri = workspaceFile(WEAK);
      const { diagnostics } = await showChecked(uri);
      assert.deepEqual(codesOf(diagnostics), cliCodes(uri));
      for (const code of CORE_CODES) assert.ok(codesOf(diagnostics).includes(code), code);
      const cli = new Map(cliDiagnostics(uri.fsPath).map((d) => [`${d.line}:${d.column} ${d.ruleId}`, d.severity]));
      for (const d of diagnostics) {
        assert.ok(typeof d.code === 'object' && d.code !== null, `diagnostic at line ${d.range.start.line + 1} has a code with a link`);
        const { value, target } = d.code;
        assert.equal(target.toString(), docsUrl(String(value)));
        assert.ok(existsSync(join(REPO_ROOT, 'docs', 'rules', `${value}.md`)), `docs/rules/${value}.md exists`);
        const where = `${d.range.start.line + 1}:${d.range.start.character + 1} ${value}`;
        assert.equal(SEVERITY_NAMES[d.severity], cli.get(where), `the severity of ${where} is the CLI's`);
        assert.ok(d.message.length > 40, `a message in plain words: ${d.message}`);
      }
    });

    it('consultation-survey.md: the question rules, where the command line finds them', async () => {
      const uri = workspaceFile('consultation-survey.md');
      const { diagnostics } = await showChecked(uri);
      assert.deepEqual(codesOf(diagnostics), cliCodes(uri));
      for (const code of ['double-barrelled-question', 'leading-question', 'loaded-question']) assert.ok(codesOf(diagnostics).includes(code), code);
      for (const d of diagnostics) assert.equal((d.code as { target: vscode.Uri }).target.toString(), docsUrl(codeOf(d)));
    });

    it('strong-engagement-plan.md: nothing to flag', async () => {
      await expectQuiet(workspaceFile('strong-engagement-plan.md'));
    });

    it('README.md, which is not a policy draft, stays quiet', async () => {
      await expectQuiet(workspaceFile('README.md'));
    });
  });

  describe('hover', () => {
    it('explains a finding: its message, why it matters and a link to the rule page', async () => {
      const uri = workspaceFile(WEAK);
      const { diagnostics } = await showChecked(uri);
      for (const code of ['stakeholders-missing', 'leading-question']) {
        const d = diagnostics.find((x) => codeOf(x) === code)!;
        const text = await hoverText(uri, d.range.start);
        assert.ok(text.includes(d.message), `the hover for ${code} shows its message:\n${text}`);
        assert.match(text, /\*\*Why it matters:\*\*/, `the hover for ${code} says why it matters`);
        assert.ok(text.includes(`(${docsUrl(code)})`), `the hover for ${code} links to its page`);
      }
      const outside = await hoverText(uri, new vscode.Position(0, 0));
      assert.ok(!outside.includes('Why it matters'), 'no explanation away from a finding');
    });

    it('"Open rule docs" in the hover runs Explain, the only command a hover may run', async () => {
      const uri = workspaceFile(WEAK);
      const { diagnostics } = await showChecked(uri);
      const d = diagnostics.find((x) => codeOf(x) === 'leading-question')!;
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, d.range.start);
      const link = `[Open rule docs](command:coproductionLint.explainRule?${encodeURIComponent(JSON.stringify([{ ruleId: 'leading-question' }]))})`;
      const markdown = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c && c.value.includes(link));
      assert.ok(markdown, `no "Open rule docs" link in:\n${hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n')}`);
      assert.deepEqual(markdown.isTrusted, { enabledCommands: ['coproductionLint.explainRule'] });
    });
  });

  describe('quick fixes', () => {
    it("rewrites a leading question as 'To what extent do you agree or disagree…'", async () => {
      const uri = workspaceFile('edits', 'rewrite.md');
      const { editor, diagnostics } = await showChecked(uri);
      const d = diagnostics.find((x) => codeOf(x) === 'leading-question' && x.message.includes("'Do you agree'"));
      assert.ok(d, 'the "Do you agree" question is flagged');
      const line = d.range.start.line;
      await applyFix(uri, d, /^Rewrite as 'To what extent do you agree or disagree/);
      assert.match(editor.document.lineAt(line).text, /^1\. To what extent do you agree or disagree that bringing services together/);
      const expected = positions(diagnostics).filter((p) => p !== `${line + 1}:${d.range.start.character + 1} leading-question`);
      const after = await waitForDiagnostics(uri, (ds) => JSON.stringify(positions(ds)) === JSON.stringify(expected), 'the rewritten question to pass');
      assert.equal(after.length, diagnostics.length - 1);
    });

    it("inserts a 'Who we will involve' section for stakeholders-missing", async () => {
      const uri = workspaceFile('edits', 'insert-section.md');
      const { editor, diagnostics } = await showChecked(uri);
      const d = diagnostics.find((x) => codeOf(x) === 'stakeholders-missing')!;
      const action = await applyFix(uri, d, "Insert a 'Who we will involve' section");
      assert.equal(action.isPreferred, true, 'it is the preferred fix');
      assert.match(editor.document.getText(), /^## Who we will involve$/m);
      const after = await waitForDiagnostics(uri, withoutCode('stakeholders-missing'), 'stakeholders-missing to go');
      assert.deepEqual(codesOf(after), cliCodes(uri, editor.document.getText()));
      assert.deepEqual(positions(after), cliPositions(uri, editor.document.getText()), 'the diagnostics are what the CLI finds in the fixed text');
    });

    it('"Turn off … in settings" sets the rule off for the folder and its diagnostics go', async () => {
      const uri = workspaceFile(WEAK);
      const { diagnostics } = await showChecked(uri);
      const d = diagnostics.find((x) => codeOf(x) === 'partners-missing');
      assert.ok(d, 'the weak plan names no partners');
      const actions = await quickFixes(uri, d.range);
      const titles = actions.map((a) => a.title);
      const order = ['Ignore partners-missing in this file', 'Turn off partners-missing in settings', 'Explain partners-missing'].map((t) => titles.indexOf(t));
      assert.ok(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1])), `menu order: ${titles.join(' | ')}`);
      const turnOff = actions.find((a) => a.title === 'Turn off partners-missing in settings')!;
      const config = () => vscode.workspace.getConfiguration('coproductionLint', uri);
      try {
        await vscode.commands.executeCommand(turnOff.command!.command, ...(turnOff.command!.arguments ?? []));
        await waitForDiagnostics(uri, withoutCode('partners-missing'), 'partners-missing to go');
        assert.equal(config().inspect<Record<string, string>>('rules')?.workspaceFolderValue?.['partners-missing'], 'off');
      } finally {
        await config().update('rules', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
      }
      await waitForDiagnostics(uri, (ds) => ds.some((x) => codeOf(x) === 'partners-missing'), 'partners-missing to come back');
    });

    it('"Explain …" opens the rule page shipped with the extension in the Markdown preview', async () => {
      const uri = workspaceFile(WEAK);
      const { diagnostics } = await showChecked(uri);
      const d = diagnostics.find((x) => codeOf(x) === 'leading-question')!;
      const explain = (await quickFixes(uri, d.range)).find((a) => a.title === 'Explain leading-question');
      assert.ok(explain, 'the action is offered');
      const previewOpen = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => /leading-question\.md/.test(t.label) && /preview/i.test(t.label));
      const opened = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          listener.dispose();
          reject(new Error(`no Markdown preview of leading-question.md opened; tabs: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label).join(', ')}`));
        }, 20_000);
        const listener = vscode.window.tabGroups.onDidChangeTabs(() => {
          if (!previewOpen()) return;
          clearTimeout(timer);
          listener.dispose();
          resolve();
        });
      });
      await vscode.commands.executeCommand(explain.command!.command, ...(explain.command!.arguments ?? []));
      if (!previewOpen()) await opened;
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });

    it('"Ignore … for this line" asks for a reason: Esc changes nothing, Enter adds the comment', async () => {
      const uri = workspaceFile('edits', 'ignore-line.md');
      const { editor, diagnostics } = await showChecked(uri);
      const d = diagnostics.find((x) => codeOf(x) === 'loaded-question' && x.message.includes("'eyesore'"));
      assert.ok(d, 'the "eyesore" question is flagged');
      const line = d.range.start.line;
      const ignore = (await quickFixes(uri, d.range)).find((a) => a.title === 'Ignore loaded-question for this line');
      assert.ok(ignore?.command, 'the action runs a command that asks for a reason');
      assert.equal(ignore.edit, undefined);
      const before = editor.document.getText();
      const run = () => vscode.commands.executeCommand(ignore.command!.command, ...(ignore.command!.arguments ?? []));

      // The input box is open while the command waits; closing it cancels.
      const cancelled = run();
      await sleep(500);
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      await cancelled;
      assert.equal(editor.document.getText(), before, 'Esc leaves the draft as it was');

      const accepted = run();
      await sleep(500);
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await accepted;
      assert.equal(editor.document.lineAt(line).text, `${before.split('\n')[line]} <!-- coproduction-lint-disable-line loaded-question -->`);
      const expected = positions(diagnostics).filter((p) => p !== `${line + 1}:${d.range.start.character + 1} loaded-question`);
      await waitForDiagnostics(uri, (ds) => JSON.stringify(positions(ds)) === JSON.stringify(expected), 'only the ignored warning to go');
    });
  });

  describe('snippets', () => {
    it("'Stakeholder map' inserts a 'Who we will involve' section and stakeholders-missing goes", async () => {
      const uri = workspaceFile('edits', 'snippet.md');
      const { editor, diagnostics } = await showChecked(uri);
      assert.ok(diagnostics.some((d) => codeOf(d) === 'stakeholders-missing'));
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      editor.selection = new vscode.Selection(end, end);
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Stakeholder map' });
      const text = await waitForText(editor.document, (t) => t.includes('## Who we will involve'), 'the snippet text');
      assert.match(text, /^\| Unpaid carers \| How the change affects them \|/m, 'placeholders are filled with their defaults');
      assert.match(text, /We especially want to hear from people we hear from least often, including young carers, disabled people and people who do not use the internet\.$/m);
      const after = await waitForDiagnostics(uri, withoutCode('stakeholders-missing'), 'stakeholders-missing to go');
      assert.deepEqual(codesOf(after), cliCodes(uri, editor.document.getText()));
      await vscode.commands.executeCommand('leaveSnippet');
    });
  });

  describe('commands', () => {
    it('Co-production report opens a webview beside the draft', async () => {
      const uri = workspaceFile(WEAK);
      await showChecked(uri);
      const reportTab = () =>
        vscode.window.tabGroups.all
          .flatMap((g) => g.tabs)
          .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('coproductionLint.report'));
      await vscode.commands.executeCommand('coproductionLint.showReport');
      // The panel is titled after the draft once the server's report arrives.
      const titled = () => reportTab()?.label === 'Report: Riverside Community Hub: engagement plan';
      for (let waited = 0; !titled() && waited < 10_000; waited += 100) await sleep(100);
      const tab = reportTab();
      assert.ok(tab, `no report panel; tabs: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label).join(', ')}`);
      assert.equal(tab.label, 'Report: Riverside Community Hub: engagement plan');
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the draft keeps the focus');
      await vscode.window.tabGroups.close(tab);
    });

    it('Mark this file as a policy draft adds front matter, and the file is checked', async () => {
      const uri = workspaceFile('edits', 'notes.md');
      await expectQuiet(uri);
      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document.uri.toString(), uri.toString());
      await vscode.commands.executeCommand('coproductionLint.markAsPolicyDraft');
      await waitForText(editor.document, (t) => /^---\ntype: policy\n---\n/.test(t), 'front matter with type: policy');
      const after = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'stakeholders-missing'), 'the file to be checked as a policy');
      assert.deepEqual(codesOf(after), cliCodes(uri, editor.document.getText()));
      for (const code of ['feedback-loop-missing', 'leading-question', 'stakeholders-missing']) assert.ok(codesOf(after).includes(code), code);
    });

    it('Check all Markdown files in the workspace fills diagnostics for drafts that are not open', async () => {
      const closed = ['library-consultation.md', 'bus-strategy.md'].map((f) => workspaceFile('drafts', f));
      const notes = workspaceFile('drafts', 'team-notes.md');
      const openDocs = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
      for (const uri of [...closed, notes]) {
        assert.ok(!openDocs.has(uri.toString()), `${uri.fsPath} is not open`);
        assert.deepEqual(positions(ours(uri)), [], `${uri.fsPath} has no diagnostics yet`);
      }
      const weak = workspaceFile(WEAK);
      const weakBefore = positions(ours(weak));
      assert.ok(weakBefore.length > 0, 'the open weak plan has its diagnostics');

      await vscode.commands.executeCommand('coproductionLint.checkWorkspace');
      for (const uri of closed) {
        const expected = sameAsCli(uri);
        await waitForDiagnostics(uri, expected, expected.text);
      }
      assert.deepEqual(codesOf(ours(closed[0])), cliCodes(closed[0]));
      assert.deepEqual(codesOf(ours(closed[1])), cliCodes(closed[1]));
      assert.ok(codesOf(ours(closed[0])).includes('leading-question') && codesOf(ours(closed[1])).includes('feedback-loop-missing'));
      assert.deepEqual(positions(ours(notes)), [], 'meeting notes are not a policy draft');
      assert.deepEqual(positions(ours(weak)), weakBefore, 'an open file is not reported twice');
      for (const d of ours(closed[0])) assert.equal((d.code as { target: vscode.Uri }).target.toString(), docsUrl(codeOf(d)));
    });
  });

  describe('settings', () => {
    const config = () => vscode.workspace.getConfiguration('coproductionLint');
    after(async () => {
      if (config().inspect('rules')?.workspaceValue !== undefined) await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    });

    it('coproductionLint.rules turns a rule off, and it comes back when the setting is removed', async () => {
      const uri = workspaceFile('edits', 'settings.md');
      const { diagnostics } = await showChecked(uri);
      const all = positions(diagnostics);
      const withoutLeading = all.filter((p) => !p.endsWith(' leading-question'));
      assert.ok(withoutLeading.length < all.length);

      await config().update('rules', { 'leading-question': 'off' }, vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(uri, (ds) => JSON.stringify(positions(ds)) === JSON.stringify(withoutLeading), 'leading-question to be off');

      await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(uri, (ds) => JSON.stringify(positions(ds)) === JSON.stringify(all), 'leading-question to be back');
    });
  });

  describe('workshop mode', () => {
    it('coproductionLint.workshopMode adds a question for discussion to each hover', async () => {
      const uri = workspaceFile(WEAK);
      const { diagnostics } = await showChecked(uri);
      const d = diagnostics.find((x) => codeOf(x) === 'stakeholders-missing')!;
      const config = () => vscode.workspace.getConfiguration('coproductionLint');
      assert.ok(!(await hoverText(uri, d.range.start)).includes('For discussion'), 'off by default');
      try {
        await config().update('workshopMode', true, vscode.ConfigurationTarget.Workspace);
        let text = '';
        for (let waited = 0; !text.includes('For discussion') && waited < 10_000; waited += 200) {
          text = await hoverText(uri, d.range.start);
          if (!text.includes('For discussion')) await sleep(200);
        }
        assert.ok(text.includes('> **For discussion:** Who else is affected by this decision that we have not asked yet?'), text);
      } finally {
        await config().update('workshopMode', undefined, vscode.ConfigurationTarget.Workspace);
      }
    });
  });

  describe('config files', () => {
    it('.coproduction-lint.json turns a rule off for its folder; mistakes show on the file; deleting it brings the rule back', async () => {
      const folder = workspaceFile('configured');
      const draft = vscode.Uri.joinPath(folder, 'draft.md');
      const config = vscode.Uri.joinPath(folder, '.coproduction-lint.json');
      await vscode.workspace.fs.copy(workspaceFile(WEAK), draft, { overwrite: true });
      const { diagnostics } = await showChecked(draft);
      assert.ok(diagnostics.some((d) => codeOf(d) === 'partners-missing'), 'the weak plan names no partners');

      await vscode.workspace.fs.writeFile(config, Buffer.from('{\n  // our house style\n  "rules": { "partners-missing": "off" },\n}\n'));
      await waitForDiagnostics(draft, withoutCode('partners-missing'), 'the config file to turn partners-missing off');

      await vscode.commands.executeCommand('coproductionLint.showEffectiveConfig');
      const shown = await new Promise<vscode.TextDocument>((resolve, reject) => {
        const find = () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'coproduction-lint-config');
        const timer = setInterval(() => {
          const doc = find();
          if (doc) {
            clearInterval(timer);
            resolve(doc);
          }
        }, 100);
        setTimeout(() => (clearInterval(timer), reject(new Error('no effective configuration document opened'))), 10_000);
      });
      const effective = JSON.parse(shown.getText());
      assert.deepEqual(effective.sources, [config.fsPath]);
      assert.equal(effective.settings.rules['partners-missing'], 'off');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');

      await vscode.workspace.fs.writeFile(config, Buffer.from('{ "rules": { "partners-missing": "of" } }\n'));
      const problems = await waitForDiagnostics(config, (ds) => ds.length > 0, 'a diagnostic on the broken config file');
      assert.match(problems[0].message, /partners-missing/);
      await waitForDiagnostics(draft, (ds) => ds.some((d) => codeOf(d) === 'partners-missing'), 'the rule to come back when its setting is unusable');

      await vscode.workspace.fs.delete(config);
      await waitForDiagnostics(config, (ds) => ds.length === 0, 'the config file problems to be cleared');
    });
  });

  describe('language server process', () => {
    const NEW_QUESTION = '9. Surely the hub should open late on Fridays?';

    /** Adds a question after the last survey question and waits for the (new) server to flag it. */
    async function expectServerChecksEdits(uri: vscode.Uri, marker: string): Promise<void> {
      const editor = await show(uri);
      const doc = editor.document;
      const at = doc.getText().split('\n').findIndex((l) => l.startsWith('8. '));
      assert.ok(at >= 0, 'question 8 is there');
      const question = NEW_QUESTION.replace('Fridays', marker);
      assert.ok(await editor.edit((b) => b.insert(new vscode.Position(at + 1, 0), `${question}\n`)), 'edit applied');
      await waitForDiagnostics(
        uri,
        (ds) => ds.some((d) => codeOf(d) === 'leading-question' && d.range.start.line === at + 1 && doc.lineAt(at + 1).text === question),
        `a leading-question warning for '${question}'`,
      );
      // Remove it again so the next test starts from the same text.
      assert.ok(await editor.edit((b) => b.delete(doc.lineAt(at + 1).rangeIncludingLineBreak)));
      await waitForDiagnostics(uri, (ds) => !ds.some((d) => d.range.start.line === at + 1 && codeOf(d) === 'leading-question'), 'the question to be gone');
    }

    it('is started again after its process is killed, and checks edits', async () => {
      const { client } = await api();
      const uri = workspaceFile('edits', 'restart.md');
      await showChecked(uri);
      const pid = serverPid(client);
      assert.ok(pid, 'the client knows the server process');
      const script = join(extensionPath(), 'dist', 'server.js');
      const listed = serverProcessesFromProc(script);
      if (listed) assert.deepEqual(listed, [pid], `the extension host runs one ${script}, the client's`);

      const restarted = waitForNewServer(client, pid, 'the client to start a new server');
      process.kill(pid, 'SIGKILL');
      const newPid = await restarted;
      if (listed) assert.deepEqual(serverProcessesFromProc(script), [newPid], 'the new server runs and the old one is gone');
      const expected = sameAsCli(uri);
      await waitForDiagnostics(uri, expected, `the diagnostics to come back: ${expected.text}`);
      await expectServerChecksEdits(uri, 'Fridays after the restart');
    });

    it('restarts with the Restart the language server command', async () => {
      const { client } = await api();
      const uri = workspaceFile('edits', 'restart.md');
      await showChecked(uri);
      const pid = serverPid(client);
      await vscode.commands.executeCommand('coproductionLint.restartServer');
      // The command replaces the client; the api hands out the new one.
      const newPid = await waitForNewServer((await api()).client, pid, 'a new server after the command');
      assert.notEqual(newPid, pid);
      const expected = sameAsCli(uri);
      await waitForDiagnostics(uri, expected, `the diagnostics after the restart: ${expected.text}`);
      await expectServerChecksEdits(uri, 'Saturdays');
    });

    it('comes back with the Restart command after crashing too often to be restarted automatically', async () => {
      const { client } = await api();
      const uri = workspaceFile('edits', 'restart.md');
      await showChecked(uri);
      // The client restarts a crashed server 5 times within 3 minutes (client/src/extension.ts), then gives up.
      let crash = 1;
      for (; ; crash++) {
        assert.ok(crash <= 6, 'the client kept restarting the server');
        const pid = serverPid(client);
        assert.ok(pid, 'a server is running');
        const outcome = waitForRestartOrStop(client, pid, `a new server or the client to stop after crash ${crash}`);
        process.kill(pid, 'SIGKILL');
        if ((await outcome) === 'stopped') break;
      }
      assert.equal(client.state, STATE_STOPPED);
      await vscode.commands.executeCommand('coproductionLint.restartServer');
      await waitForNewServer((await api()).client, undefined, `a new server after the command (the client gave up after crash ${crash})`);
      const expected = sameAsCli(uri);
      await waitForDiagnostics(uri, expected, `the diagnostics after the restart: ${expected.text}`);
      await expectServerChecksEdits(uri, 'Sundays');
    });
  });
});
