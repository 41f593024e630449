// Runs the built command (dist/cli.js) as users do: build first with `npm run build`.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { version } from '../../package.json';
import { allRules, check, docsUrl } from '../../server/src/checker';
import { DOCUMENT_KINDS, ruleSeverity, type DocumentKind } from '../../server/src/engine';

const CLI = resolve('dist/cli.js');

const STAKEHOLDERS =
  "No section says who this affects or how each group will be involved, so the people most affected may never be asked. Add a 'Who we will involve' section that lists each group and how you will reach it.";

const TITLE = '# Library opening hours engagement plan';
const DRAFT = `${TITLE}\n\n## Why we are asking\n\nWe must decide by May.\n`;
const README = '# My project\n\nInstall it with npm.\n';

const FILE_KEYS = ['file', 'kind', 'participationLevel', 'diagnostics'];
const DIAGNOSTIC_KEYS = ['ruleId', 'severity', 'line', 'column', 'endLine', 'endColumn', 'message', 'docsUrl', 'fixable', 'place'];

interface JsonDiagnostic {
  ruleId: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  docsUrl: string | null;
  fixable: boolean;
  place: string | null;
}
interface JsonFile {
  file: string;
  kind: string | null;
  participationLevel: string | null;
  diagnostics: JsonDiagnostic[];
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

let dir: string;

function run(args: string[], input?: string | Buffer): Run {
  const env = { ...process.env };
  delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, input, encoding: 'utf8', env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function runJson(args: string[], input?: string | Buffer): Run & { files: JsonFile[] } {
  const r = run(['--format', 'json', ...args], input);
  return { ...r, files: JSON.parse(r.stdout) as JsonFile[] };
}

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return name;
}

/** 1-based line and UTF-16 column of an offset, worked out here rather than by the engine. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** What the JSON should say for `text`, from check() and independent position arithmetic. */
function expected(text: string, options: Parameters<typeof check>[1] = {}): JsonDiagnostic[] {
  const result = check(text, options);
  const severity = (s: string) => (s === 'information' ? 'info' : s);
  return [
    ...result.notices.map((n) => ({ ruleId: n.id, severity: severity(n.severity), start: n.start, end: n.end, message: n.message })),
    ...result.findings.map((f) => ({ ruleId: f.ruleId, severity: severity(f.severity), start: f.start, end: f.end, message: f.message })),
  ]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map(({ ruleId, severity, start, end, message }) => {
      const s = lineColumn(text, start);
      const e = lineColumn(text, end);
      return { ruleId, severity, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, message } as JsonDiagnostic;
    });
}

/** Drops the extra fields so diagnostics compare with `expected`. */
function core(diagnostics: JsonDiagnostic[]) {
  return diagnostics.map(({ ruleId, severity, line, column, endLine, endColumn, message }) => ({
    ruleId,
    severity,
    line,
    column,
    endLine,
    endColumn,
    message,
  }));
}

describe('command line', () => {
  before(function () {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first.`);
  });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'coproduction-lint-cli-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  describe('--format json', () => {
    it('prints one object per file with the documented keys and 1-based positions', () => {
      const text = `---\ntitle: Draft\n---\n\n${DRAFT}`;
      write('draft.md', text);
      write('README.md', README);
      const { status, files, stderr } = runJson(['draft.md', 'README.md']);

      assert.equal(status, 0);
      assert.deepEqual(
        files.map((f) => [f.file, f.kind]),
        [
          ['draft.md', 'engagement-plan'],
          ['README.md', null],
        ],
      );
      for (const f of files) assert.deepEqual(Object.keys(f), FILE_KEYS);
      assert.deepEqual(files[1].diagnostics, []);

      const diagnostic = files[0].diagnostics.find((d) => d.ruleId === 'stakeholders-missing');
      assert.ok(diagnostic, 'stakeholders-missing is reported');
      assert.deepEqual(Object.keys(diagnostic), DIAGNOSTIC_KEYS);
      // The title is on line 5, after the front matter and a blank line.
      assert.deepEqual(diagnostic, {
        ruleId: 'stakeholders-missing',
        severity: 'warning',
        line: 5,
        column: 1,
        endLine: 5,
        endColumn: TITLE.length + 1,
        message: STAKEHOLDERS,
        docsUrl: 'https://github.com/coproduction-lint/coproduction-lint/blob/main/docs/rules/stakeholders-missing.md',
        fixable: true,
        place: null,
      });
      assert.deepEqual(core(files[0].diagnostics), expected(text, { path: 'draft.md' }));
      assert.match(stderr, /^1 file was not checked because it does not look like a policy draft/m);
    });

    it('prints info for information severity and includes front matter notices', () => {
      const text = '---\ntype: consultation\nregion: [wales\n---\n# Bus routes\n';
      write('draft.md', text);
      const { files } = runJson(['--rule', 'stakeholders-missing=info', 'draft.md']);
      const diagnostics = files[0].diagnostics;
      assert.ok(diagnostics.some((d) => d.ruleId === 'front-matter' && d.severity === 'warning' && d.docsUrl === null));
      assert.ok(diagnostics.some((d) => d.ruleId === 'stakeholders-missing' && d.severity === 'info'));
      assert.deepEqual(core(diagnostics), expected(text, { settings: { rules: { 'stakeholders-missing': 'information' } } }));
    });

    it('counts CRLF line breaks once', () => {
      const text = '\r\n\r\n# Parks policy\r\n\r\nThe parks need work.\r\n';
      write('crlf.md', text);
      const { files } = runJson(['crlf.md']);
      const diagnostic = files[0].diagnostics.find((d) => d.ruleId === 'stakeholders-missing');
      assert.deepEqual(diagnostic && [diagnostic.line, diagnostic.column, diagnostic.endLine, diagnostic.endColumn], [3, 1, 3, 15]);
      assert.deepEqual(core(files[0].diagnostics), expected(text));
    });

    it('counts columns in UTF-16 code units, so an emoji counts twice', () => {
      const title = '# 🌳 Parks policy';
      const text = `---\ntitle: "🌳 Parks" bad\n---\n${title}\n`;
      write('emoji.md', text);
      const { files } = runJson(['emoji.md']);
      const notice = files[0].diagnostics.find((d) => d.ruleId === 'front-matter');
      // The notice covers the whole line: 20 code points but 21 UTF-16 code units.
      assert.deepEqual(notice && [notice.line, notice.column, notice.endColumn], [2, 1, 22]);
      const finding = files[0].diagnostics.find((d) => d.ruleId === 'stakeholders-missing');
      assert.deepEqual(finding && [finding.line, finding.column, finding.endColumn], [4, 1, title.length + 1]);
      assert.equal(title.length + 1, 18);
      assert.deepEqual(core(files[0].diagnostics), expected(text));
    });

    it('reads invalid UTF-8 with replacement characters', () => {
      write('latin1.md', Buffer.concat([Buffer.from('# Parks policy\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' opening.\n')]));
      const { status, files } = runJson(['latin1.md']);
      assert.equal(status, 0);
      assert.equal(files[0].kind, 'policy');
    });
  });

  describe('exit codes', () => {
    it('exits 0 when there are only warnings', () => {
      write('draft.md', DRAFT);
      assert.equal(run(['draft.md']).status, 0);
    });

    it('exits 1 when a finding has error severity', () => {
      write('draft.md', DRAFT);
      const r = run(['--rule', 'stakeholders-missing=error', 'draft.md']);
      assert.equal(r.status, 1);
      assert.match(r.stdout, /error/);
    });

    it('exits 2 for a missing file, still checking and printing the others', () => {
      write('draft.md', DRAFT);
      const r = runJson(['--rule', 'stakeholders-missing=error', 'nope.md', 'draft.md']);
      assert.equal(r.status, 2);
      assert.equal(r.stderr.split('\n')[0], "coproduction-lint: cannot read 'nope.md': no such file");
      assert.deepEqual(
        r.files.map((f) => f.file),
        ['draft.md'],
      );
      assert.ok(r.files[0].diagnostics.some((d) => d.severity === 'error'));
    });
  });

  describe('inputs', () => {
    it('searches a folder for Markdown, skipping node_modules and dot-folders', () => {
      write('drafts/b.md', DRAFT);
      write('drafts/a.md', DRAFT);
      write('drafts/sub/c.markdown', DRAFT);
      write('drafts/notes.txt', DRAFT);
      write('drafts/node_modules/d.md', DRAFT);
      write('drafts/.git/e.md', DRAFT);
      const { status, files } = runJson(['drafts']);
      assert.equal(status, 0);
      assert.deepEqual(
        files.map((f) => f.file),
        [join('drafts', 'a.md'), join('drafts', 'b.md'), join('drafts', 'sub', 'c.markdown')],
      );
    });

    it('accepts a folder with no Markdown files', () => {
      mkdirSync(join(dir, 'empty'));
      const r = run(['empty']);
      assert.deepEqual([r.status, r.stdout, r.stderr], [0, '', '']);
      assert.equal(run(['--format', 'json', 'empty']).stdout.trim(), '[]');
    });

    it('expands a glob', () => {
      write('drafts/a.md', DRAFT);
      write('drafts/sub/b.md', DRAFT);
      write('drafts/sub/c.markdown', DRAFT);
      write('other/d.md', DRAFT);
      const { status, files } = runJson(['drafts/**/*.md']);
      assert.equal(status, 0);
      assert.deepEqual(
        files.map((f) => f.file),
        [join('drafts', 'a.md'), join('drafts', 'sub', 'b.md')],
      );
    });

    it('reports a glob that matches nothing', () => {
      const r = run(['drafts/*.md']);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /no files match 'drafts\/\*\.md'/);
    });

    it('reads standard input for -', () => {
      const { status, files } = runJson(['-'], DRAFT);
      assert.equal(status, 0);
      assert.equal(files[0].file, '<stdin>');
      assert.deepEqual(core(files[0].diagnostics), expected(DRAFT));
    });

    it('matches --include globs against --stdin-filename', () => {
      const notes = 'Meeting notes\n\nWe talked about parks.\n';
      assert.equal(runJson(['-'], notes).files[0].kind, null);
      const { files } = runJson(['--include', 'policies/**', '--stdin-filename', 'policies/parks.md', '-'], notes);
      assert.equal(files[0].kind, 'policy');
    });

    it('skips binary files with a note on stderr', () => {
      write('draft.md', DRAFT);
      write('image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
      const r = runJson(['image.md', 'draft.md']);
      assert.equal(r.status, 0);
      assert.match(r.stderr, /skipped 'image\.md'.*binary/);
      assert.deepEqual(
        r.files.map((f) => f.file),
        ['draft.md'],
      );
    });

    it('does not check files over 5 MB, saying so at information level', () => {
      // A fenced block: over 5 MB, yet quick to check once the limit is raised (a 5 MB paragraph of
      // prose takes the engine many seconds, which is not what this test is about).
      write('huge.md', `${TITLE}\n\n\`\`\`text\n${'Words in a table of figures.\n'.repeat(200_000)}\`\`\`\n`);
      const { status, files } = runJson(['huge.md']);
      assert.equal(status, 0);
      assert.equal(files[0].kind, null);
      assert.deepEqual(
        files[0].diagnostics.map((d) => [d.ruleId, d.severity, d.line, d.message]),
        [['too-large', 'info', 1, 'This document is larger than 5 MB, so it was not checked. Split it into smaller drafts, or raise the size limit to check it.']],
      );
      const raised = runJson(['--max-size', '6', 'huge.md']);
      assert.equal(raised.files[0].kind, 'engagement-plan');
      assert.equal(run(['--max-size', 'big', 'huge.md']).status, 2);
    });
  });

  describe('document kinds', () => {
    it('keeps a README quiet by default', () => {
      write('README.md', '# Housing policy toolkit\n\nInstall it with npm.\n');
      const r = run(['README.md']);
      assert.deepEqual([r.status, r.stdout], [0, '']);
      assert.equal(
        r.stderr,
        '1 file was not checked because it does not look like a policy draft (use --type or front matter "type:" to check it).\n',
      );
    });

    it('checks a README when --type forces the kind, accepting aliases', () => {
      const text = '# Housing policy toolkit\n\nInstall it with npm.\n';
      write('README.md', text);
      const { files, stderr } = runJson(['--type', 'engagement plan', 'README.md']);
      assert.equal(files[0].kind, 'engagement-plan');
      assert.deepEqual(core(files[0].diagnostics), expected(text, { kind: 'engagement-plan' }));
      assert.ok(files[0].diagnostics.some((d) => d.ruleId === 'stakeholders-missing'));
      assert.equal(stderr, '');
    });
  });

  describe('usage errors', () => {
    const cases: Array<[string, string[], RegExp]> = [
      ['a bad --format', ['--format', 'xml', 'draft.md'], /--format: 'xml' is not a format; use one of stylish, json, sarif, junit, github, gitlab, report-md, report-html\./],
      ['a bad --type', ['--type', 'polcy', 'draft.md'], /--type: 'polcy' is not a document type; use one of policy, strategy/],
      ['an unknown rule', ['--rule', 'no-such-rule=error', 'draft.md'], /--rule: 'no-such-rule' is not a rule id; known ids: purpose-missing, stakeholders-missing/],
      ['a bad severity', ['--rule', 'stakeholders-missing=loud', 'draft.md'], /--rule: 'loud' is not a severity; use error, warning, info, hint or off\./],
      ['a --rule without =', ['--rule', 'stakeholders-missing', 'draft.md'], /--rule expects ID=SEVERITY/],
      ['an unknown option', ['--fromat', 'json', 'draft.md'], /'--fromat' is not an option\./],
      ['a missing value', ['draft.md', '--format'], /--format needs a value\./],
    ];
    for (const [name, args, message] of cases) {
      it(`exits 2 for ${name}`, () => {
        write('draft.md', DRAFT);
        const r = run(args);
        assert.equal(r.status, 2);
        assert.equal(r.stdout, '');
        assert.match(r.stderr, message);
        assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
      });
    }

    it('exits 2 when no files are given', () => {
      const r = run([]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /no files given/);
    });
  });

  describe('stylish output', () => {
    it('prints the path, aligned rows and a summary', () => {
      write('draft.md', DRAFT);
      const r = run(['draft.md']);
      const findings = check(DRAFT, { path: 'draft.md' }).findings;
      const count = findings.length;
      const by = (severity: string) => findings.filter((f) => f.severity === severity).length;
      const lines = r.stdout.split('\n');
      assert.equal(lines[0], 'draft.md');
      assert.ok(lines.some((l) => /^ {2}1:1 {2}warning {2}No section says who this affects.* {2}stakeholders-missing$/.test(l)), r.stdout);
      assert.ok(r.stdout.includes(STAKEHOLDERS));
      assert.equal(by('error'), 0);
      assert.ok(by('information') > 0, 'the draft has information findings too');
      assert.equal(lines.at(-2), `✖ ${count} problems (0 errors, ${by('warning')} warnings, ${by('information')} info, ${by('hint')} hints)`);
      assert.doesNotMatch(r.stdout, /\u001b\[/, 'no colour when stdout is not a terminal');
    });

    it('separates files with a blank line and leaves out files with no problems', () => {
      write('a.md', DRAFT);
      write('b.md', DRAFT);
      write('README.md', README);
      const r = run(['a.md', 'README.md', 'b.md', '--rule', 'stakeholders-missing=error']);
      assert.equal(r.status, 1);
      assert.match(r.stdout, /^a\.md\n(  .*\n)+\nb\.md\n(  .*\n)+\n✖ \d+ problems \(2 errors, /);
      assert.doesNotMatch(r.stdout, /README/);
    });
  });

  it('--region sets the region where the front matter names none; front matter still wins', () => {
    const text = readFileSync(resolve('examples/weak-consultation.md'), 'utf8').replace(/^region: wales\n/m, '');
    write('consultation.md', text);
    write('england.md', text.replace(/^type: consultation$/m, 'type: consultation\nregion: england'));
    const welsh = (file: JsonFile) => file.diagnostics.filter((d) => d.ruleId === 'welsh-language-effects-missing').length;

    const plain = runJson(['consultation.md']);
    assert.equal(welsh(plain.files[0]), 0, 'no region, so the Welsh language rule does not apply');
    const wales = runJson(['--region', 'Wales', 'consultation.md', 'england.md']);
    assert.equal(wales.status, 1);
    assert.deepEqual(core(wales.files[0].diagnostics), core(expected(text, { path: 'consultation.md', region: 'wales' })));
    assert.ok(welsh(wales.files[0]) > 0, 'the Welsh language rule applies in Wales');
    assert.equal(welsh(wales.files[1]), 0, "the front matter's region: england wins over --region");

    const bad = run(['--region', 'mars', 'consultation.md']);
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr, "coproduction-lint: --region: 'mars' is not a region; use one of england, wales, scotland, northern-ireland.\nRun 'coproduction-lint --help' for usage.\n");
  });

  it('--help describes the options', () => {
    const r = run(['--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^Usage: coproduction-lint \[options\]/);
    for (const option of ['--format', '--type', '--region', '--rule', '--include', '--stdin-filename', '--no-color', '--version']) {
      assert.ok(r.stdout.includes(option), option);
    }
  });

  it('--list-rules --format json lists every rule with its kinds, severities and docs page', () => {
    const r = run(['--list-rules', '--format', 'json']);
    assert.equal(r.status, 0);
    const rules = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    assert.deepEqual(rules.map((rule) => rule.id), allRules.map((rule) => rule.id));
    for (const [i, rule] of allRules.entries()) {
      const listed = rules[i];
      assert.deepEqual(Object.keys(listed), ['id', 'summary', 'defaultSeverity', 'kinds', 'fixKind', 'options', 'docs', 'docsUrl']);
      assert.equal(listed.summary, rule.summary);
      assert.equal(listed.defaultSeverity, rule.defaultSeverity);
      assert.deepEqual(Object.keys(listed.kinds as object), DOCUMENT_KINDS.filter((k) => ruleSeverity(rule, k) !== 'off'));
      for (const [kind, severity] of Object.entries(listed.kinds as object)) assert.equal(severity, ruleSeverity(rule, kind as DocumentKind));
      assert.ok(existsSync(resolve(listed.docs as string)), `${listed.docs} exists`);
      assert.equal(listed.docsUrl, docsUrl(rule.id));
    }
  });

  it('--list-rules prints one entry per rule for people', () => {
    const r = run(['--list-rules']);
    assert.equal(r.status, 0);
    const ids = r.stdout.split('\n').filter((l) => /^[a-z]/.test(l)).map((l) => l.split(' ')[0]);
    assert.deepEqual(ids, allRules.map((rule) => rule.id));
  });

  it('--version prints the package version', () => {
    const r = run(['--version']);
    assert.deepEqual([r.status, r.stdout], [0, `${version}\n`]);
  });
});

describe('command line: the co-production report (--format report-md, report-html)', () => {
  before(function () {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first.`);
  });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'coproduction-lint-cli-report-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const NOT_EXPECTED = 'The draft does not call itself co-production or co-design, so shared decisions are not expected.';
  const NOT_FOR_PLANS = 'Not checked for this kind of draft (engagement plan).';
  const ONLY_WALES = 'Checked only for drafts for Wales (front matter "region:").';

  it('report-md prints the headings, the principles table and the ladder for a small draft', () => {
    write('draft.md', DRAFT);
    const r = run(['--format', 'report-md', 'draft.md']);
    assert.deepEqual([r.status, r.stderr], [0, '']);
    const lines = r.stdout.split('\n');
    assert.deepEqual(lines.slice(0, 6), [
      '# Co-production report: Library opening hours engagement plan',
      '',
      '- File: draft.md',
      '- Kind of draft: engagement plan',
      '- Estimated participation: not estimated',
      '- 10 problems: 0 errors, 5 warnings, 5 info, 0 hints.',
    ]);
    assert.deepEqual(
      lines.filter((l) => l.startsWith('#')),
      [
        '# Co-production report: Library opening hours engagement plan',
        '## Principles',
        '## Participation ladder',
        '## Findings',
        '### Stakeholders: missing',
        '### Seldom-heard groups: missing',
        '### Participation level: missing',
        '### Accessibility: missing',
        '### Contact: missing',
        '### Decision process: partly met',
        '### Feedback loop: missing',
        '### Evaluation: missing',
        '### Partners: missing',
        '### Lived experience: missing',
      ],
    );
    assert.deepEqual(
      lines.filter((l) => l.startsWith('|')),
      [
        '| Principle | Status | Findings |',
        '|---|---|---|',
        '| Stakeholders | missing | 1 |',
        '| Seldom-heard groups | missing | 1 |',
        `| Power sharing | met | ${NOT_EXPECTED} |`,
        '| Participation level | missing | 1 |',
        '| Purpose and decision | met | — |',
        '| Accessibility | missing | 1 |',
        '| Offline channels | met | — |',
        `| Response time | not checked for this kind | ${NOT_FOR_PLANS} |`,
        '| Contact | missing | 1 |',
        '| Decision process | partly met | 1 |',
        '| Feedback loop | missing | 1 |',
        '| Recognition | met | — |',
        '| Evaluation | missing | 1 |',
        `| Equality | not checked for this kind | ${NOT_FOR_PLANS} |`,
        '| Partners | missing | 1 |',
        '| Lived experience | missing | 1 |',
        `| Welsh language | not checked for this kind | ${ONLY_WALES} |`,
        '| Fair questions | met | — |',
        '| Plain language | met | — |',
        '| Rung | This draft |',
        '|---|---|',
        '| inform |  |',
        '| consult |  |',
        '| involve |  |',
        '| co-design |  |',
        '| co-produce |  |',
      ],
    );
    assert.ok(r.stdout.includes('\nNo rung estimated. Nothing in the draft says how people will take part.\n'));
    // Each finding once, under its principle, as the checker words it.
    const findings = check(DRAFT, { path: 'draft.md' }).findings;
    const items = lines.filter((l) => l.startsWith('- Line '));
    assert.equal(items.length, findings.length);
    assert.ok(items.includes(`- Line 1 (warning, stakeholders-missing): ${STAKEHOLDERS}`));
    for (const f of findings) assert.ok(items.some((l) => l.endsWith(`, ${f.ruleId}): ${f.message}`)), f.ruleId);
  });

  it('report-md separates files with a rule and says which files are not drafts', () => {
    write('a.md', DRAFT);
    write('README.md', README);
    const r = run(['--format', 'report-md', 'a.md', 'README.md']);
    assert.equal(r.status, 0);
    const [first, second, ...rest] = r.stdout.split('\n---\n\n');
    assert.deepEqual(rest, []);
    assert.ok(first.startsWith('# Co-production report: Library opening hours engagement plan\n'));
    assert.equal(
      second,
      '# Co-production report: My project\n\n- File: README.md\n\nIt does not look like a policy draft, so it was not checked. Add "type: policy" (or another kind) to its front matter to check it.\n',
    );
  });

  it('report-html prints one standalone page with a section per file', () => {
    write('a.md', DRAFT);
    write('b.md', `${TITLE}\n\nDo you agree that the library should open on Sundays?\n`);
    const r = run(['--format', 'report-html', 'a.md', 'b.md']);
    assert.equal(r.status, 0);
    const html = r.stdout;
    assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'));
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`));
    assert.ok(html.includes('<title>Co-production report</title>'));
    assert.ok(html.includes('<h1>Co-production report</h1>'));
    assert.deepEqual(html.match(/<h2 id="r\d-title">[^<]*<\/h2>/g), [
      '<h2 id="r1-title">Co-production report: Library opening hours engagement plan</h2>',
      '<h2 id="r2-title">Co-production report: Library opening hours engagement plan</h2>',
    ]);
    assert.deepEqual(html.match(/<h3>[^<]*<\/h3>/g), ['<h3>Principles</h3>', '<h3>Participation ladder</h3>', '<h3>Principles</h3>', '<h3>Participation ladder</h3>']);
    assert.ok(html.includes('<dt>File</dt><dd>a.md</dd>'));
    assert.ok(html.includes('<dt>File</dt><dd>b.md</dd>'));
    // The second draft's leading question: fair questions partly met.
    const rows = html.match(/<tr class="status-[a-z-]+"><th scope="row">Fair questions/g);
    assert.deepEqual(rows, ['<tr class="status-met"><th scope="row">Fair questions', '<tr class="status-partly"><th scope="row">Fair questions']);
    assert.ok(html.includes('<span class="where">Line 3</span> <span class="severity severity-warning">warning</span> Leading question: &#39;Do you agree&#39;'));
    assert.ok(!html.includes('<script'));
  });

  it('report formats keep the exit code: 1 when a finding is an error', () => {
    write('a.md', DRAFT);
    const r = run(['--format', 'report-md', '--rule', 'stakeholders-missing=error', 'a.md']);
    assert.equal(r.status, 1);
    assert.ok(r.stdout.includes('- Line 1 (error, stakeholders-missing): '));
    assert.ok(r.stdout.includes('- 10 problems: 1 error, 4 warnings, 5 info, 0 hints.'));
  });

  it('a rule turned off on the command line is "not checked" in the report', () => {
    write('a.md', DRAFT);
    const r = run(['--format', 'report-md', '--rule', 'stakeholders-missing=off', 'a.md']);
    assert.ok(r.stdout.includes('\n| Stakeholders | not checked for this kind | Not checked for this kind of draft (engagement plan). |\n'));
  });

  it('--help and a bad --format name the report formats', () => {
    const help = run(['--help']);
    assert.ok(help.stdout.includes('    report-md    the co-production report in Markdown\n'), help.stdout);
    assert.ok(help.stdout.includes('    report-html  the co-production report as a standalone HTML page\n'), help.stdout);
    const bad = run(['--format', 'report', 'a.md']);
    assert.equal(bad.status, 2);
    assert.equal(
      bad.stderr,
      "coproduction-lint: --format: 'report' is not a format; use one of stylish, json, sarif, junit, github, gitlab, report-md, report-html.\nRun 'coproduction-lint --help' for usage.\n",
    );
  });
});
