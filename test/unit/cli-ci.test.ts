// The command in CI, through main() with an Io object and real files in a temporary folder:
// every --format against golden files, --quiet, --max-warnings, --output, Word and plain-text
// drafts, config files, ignore files and the baseline. UPDATE_GOLDEN=1 rewrites the golden files.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { version } from '../../package.json';
import { expectGolden } from '../helpers/golden';
import { sarifValidator } from '../helpers/sarif-schema';
import { main, type Io } from '../../server/src/cli/main';
import { FORMATS } from '../../server/src/cli/formats';
import { WORD_PROBLEMS } from '../../server/src/convert';

const GOLDEN = resolve('test/fixtures/cli-golden');

// ---- the drafts -----------------------------------------------------------------------------

const CONSULTATION = `---
type: consultation
---

# Library opening hours consultation

## Why we are asking

The council has already decided to close the library on Sundays.

## Questions

1. Don't you agree that Sunday opening is a waste of money?
2. How often do you use the library and the café?
`;

const README = '# My project\n\nInstall it with npm.\n';

/** A draft whose findings are all warnings, info or hints: exit 0 unless --max-warnings says otherwise. */
const PLAN = '# Library opening hours engagement plan\n\n## Why we are asking\n\nWe must decide by May.\n';

/** A plain-text draft: the leading question is on line 9 of the file, indented by two spaces. */
const NOTES = [
  'Park benches consultation',
  '',
  'We want to hear what you think about new benches in Hilltop Park.',
  '',
  'YOUR VIEWS',
  '',
  'Tell us by 1 June.',
  '',
  "  Wouldn't you agree that more benches would help older visitors?",
  '',
].join('\n');
const NOTES_QUESTION_LINE = 9;

/** A Word draft with a leading question in the third paragraph under "Who we will involve". */
async function playAreasDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Play areas engagement plan', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Who we will involve', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'Parents.' }),
          new Paragraph({ text: 'Children.' }),
          new Paragraph({ text: 'Do you agree that the new swings are better?' }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
const WORD_PLACE = 'Who we will involve ¶3';

/** An encrypted Office file as Word writes one: an OLE compound file with an EncryptedPackage stream. */
function passwordProtected(): Buffer {
  const magic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([magic, Buffer.alloc(504), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(64)]);
}

// ---- running the command ----------------------------------------------------------------------

let dir: string;

interface Result {
  code: number;
  out: string;
  err: string;
}

async function run(args: string[], options: { cwd?: string; tty?: boolean; env?: Record<string, string>; stdin?: Buffer } = {}): Promise<Result> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    cwd: options.cwd ?? dir,
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    readStdin: async () => options.stdin ?? Buffer.alloc(0),
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  };
  const code = await main(args, io);
  return { code, out: out.join(''), err: err.join('') };
}

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return name;
}

interface JsonDiagnostic {
  ruleId: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  place: string | null;
}
interface JsonFile {
  file: string;
  kind: string | null;
  diagnostics: JsonDiagnostic[];
}

async function json(args: string[], options?: Parameters<typeof run>[1]): Promise<Result & { files: JsonFile[] }> {
  const r = await run(['--format', 'json', ...args], options);
  return { ...r, files: JSON.parse(r.out) as JsonFile[] };
}

function golden(name: string, actual: string): void {
  expectGolden(GOLDEN, name, actual);
}

/** The same output wherever and whenever it runs: the tool's version and the temporary folder replaced. */
function normalise(text: string): string {
  return text.split(version).join('0.0.0-golden').split(dir).join('<dir>');
}

const INPUTS = ['drafts/consultation.md', 'README.md', 'drafts/play-areas.docx', 'drafts/notes.txt'];

async function writeDrafts(): Promise<void> {
  write('drafts/consultation.md', CONSULTATION);
  write('README.md', README);
  write('drafts/play-areas.docx', await playAreasDocx());
  write('drafts/notes.txt', NOTES);
}

describe('command line in CI', function () {
  this.timeout(30000);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'coproduction-lint-ci-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  describe('every format on the same drafts (golden files)', () => {
    const EXTENSIONS: Record<string, string> = { stylish: 'txt', json: 'json', sarif: 'json', junit: 'xml', github: 'txt', gitlab: 'codequality.json', 'report-md': 'md', 'report-html': 'html' };

    for (const format of FORMATS) {
      it(`--format ${format}`, async () => {
        await writeDrafts();
        const r = await run(['--format', format, ...INPUTS]);
        assert.equal(r.err, '1 file was not checked because it does not look like a policy draft (use --type or front matter "type:" to check it).\n');
        // The consultations have error-severity findings (no response period, for one).
        assert.equal(r.code, 1);
        assert.ok(r.out.length > 0);
        golden(`${format}.${EXTENSIONS[format]}`, normalise(r.out));
      });
    }

    it('the drafts give the findings the golden files are about', async () => {
      await writeDrafts();
      const { files } = await json(INPUTS);
      assert.deepEqual(
        files.map((f) => [f.file, f.kind]),
        [
          ['drafts/consultation.md', 'consultation'],
          ['README.md', null],
          ['drafts/play-areas.docx', 'engagement-plan'],
          ['drafts/notes.txt', 'consultation'],
        ],
      );
      const ids = (i: number) => files[i].diagnostics.map((d) => d.ruleId);
      assert.ok(ids(0).includes('leading-question') && ids(0).includes('decision-already-made'), ids(0).join(', '));
      assert.deepEqual(files[1].diagnostics, []);
      assert.ok(ids(2).includes('leading-question'), ids(2).join(', '));
      assert.ok(ids(3).includes('leading-question'), ids(3).join(', '));
    });

    it('SARIF from the command validates against the official 2.1.0 schema', async () => {
      await writeDrafts();
      const validate = sarifValidator();
      const r = await run(['--format', 'sarif', ...INPUTS]);
      const log = JSON.parse(r.out) as { runs: Array<{ tool: { driver: { version: string } }; results: Array<{ ruleId: string; message: { text: string }; locations: Array<{ logicalLocations?: unknown }> }> }> };
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
      assert.equal(log.runs[0].tool.driver.version, version);
      const word = log.runs[0].results.filter((x) => x.locations[0].logicalLocations);
      assert.ok(word.length > 0);
      assert.ok(word.some((x) => x.ruleId === 'leading-question' && x.message.text.startsWith(`${WORD_PLACE}: `)));
      // With nothing to report, still a valid log.
      const empty = await run(['--format', 'sarif', 'README.md']);
      assert.ok(validate(JSON.parse(empty.out)), JSON.stringify(validate.errors, null, 2));
    });
  });

  it('--format gitlab gives GitLab Code Quality issues with stable fingerprints', async () => {
    write('plan.md', CONSULTATION);
    const issues = JSON.parse((await run(['--format', 'gitlab', 'plan.md'])).out) as Array<Record<string, unknown>>;
    const { files } = await json(['plan.md']);
    const SEVERITY: Record<string, string> = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };
    assert.deepEqual(
      issues.map(({ check_name, severity, location, description }) => ({ check_name, severity, location, description })),
      files[0].diagnostics.map((d) => ({ check_name: d.ruleId, severity: SEVERITY[d.severity], location: { path: 'plan.md', lines: { begin: d.line } }, description: d.message })),
    );
    for (const issue of issues) assert.match(String(issue.fingerprint), /^[0-9a-f]{32}$/);
    assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length);
    // Lines added above keep every fingerprint.
    write('plan.md', CONSULTATION.replace('## Questions\n', '## Questions\n\nPlease answer below.\n'));
    const moved = JSON.parse((await run(['--format', 'gitlab', 'plan.md'])).out) as Array<Record<string, unknown>>;
    assert.deepEqual(moved.map((i) => i.fingerprint), issues.map((i) => i.fingerprint));
    assert.notDeepEqual(moved.map((i) => i.location), issues.map((i) => i.location));
  });

  describe('Word and plain-text drafts', () => {
    it('gives Word findings their place in every format, at line 1', async () => {
      write('plan.docx', await playAreasDocx());
      const { files, code } = await json(['plan.docx']);
      assert.equal(code, 0);
      const question = files[0].diagnostics.find((d) => d.ruleId === 'leading-question')!;
      assert.deepEqual(
        { place: question.place, line: question.line, column: question.column, endLine: question.endLine, endColumn: question.endColumn },
        { place: WORD_PLACE, line: 1, column: 1, endLine: 1, endColumn: 1 },
      );
      assert.ok(files[0].diagnostics.every((d) => typeof d.place === 'string' && d.place !== ''));

      const stylish = (await run(['plan.docx'])).out;
      assert.match(stylish, new RegExp(`^  ${WORD_PLACE} +warning +.* +leading-question$`, 'm'));
      const github = (await run(['--format', 'github', 'plan.docx'])).out;
      assert.match(github, new RegExp(`^::warning file=plan\\.docx,line=1,col=1,endLine=1,endColumn=1,title=leading-question::${WORD_PLACE}: `, 'm'));
      const junit = (await run(['--format', 'junit', 'plan.docx'])).out;
      assert.ok(junit.includes(`<failure type="warning" message="${WORD_PLACE}: `), junit);
    });

    it('points plain-text findings at the file’s own lines and columns', async () => {
      write('notes.txt', NOTES);
      const { files } = await json(['notes.txt']);
      const question = files[0].diagnostics.find((d) => d.ruleId === 'leading-question')!;
      const line = NOTES.split('\n')[NOTES_QUESTION_LINE - 1];
      assert.equal(question.line, NOTES_QUESTION_LINE);
      assert.equal(question.column, line.indexOf("Wouldn't") + 1);
      assert.equal(question.place, null);
    });

    it('reports a damaged and a password-protected .docx by name, still checking the other files, and exits 2', async () => {
      const good = await playAreasDocx();
      write('good.docx', good);
      write('damaged.docx', good.subarray(0, Math.floor(good.length / 2)));
      write('locked.docx', passwordProtected());
      write('plan.md', CONSULTATION);
      const r = await json(['damaged.docx', 'good.docx', 'locked.docx', 'plan.md']);
      assert.equal(r.code, 2);
      assert.equal(
        r.err,
        `coproduction-lint: cannot read 'damaged.docx': it ${WORD_PROBLEMS.unreadable}\n` +
          `coproduction-lint: cannot read 'locked.docx': it ${WORD_PROBLEMS.passwordProtected}\n`,
      );
      assert.deepEqual(
        r.files.map((f) => f.file),
        ['good.docx', 'plan.md'],
      );
      assert.ok(r.files.every((f) => f.diagnostics.length > 0));
    });

    it('searches folders for .md, .markdown and .docx, skipping Word lock files; .txt when globbed', async () => {
      write('drafts/a.md', README);
      write('drafts/b.markdown', README);
      write('drafts/c.docx', await playAreasDocx());
      write('drafts/~$c.docx', Buffer.from('lock file of a user'));
      write('drafts/d.txt', NOTES);
      write('drafts/e.pdf', Buffer.from('%PDF-1.7\n'));
      const folder = await json(['drafts']);
      assert.equal(folder.code, 0, folder.err);
      assert.deepEqual(
        folder.files.map((f) => f.file.replace(/\\/g, '/')),
        ['drafts/a.md', 'drafts/b.markdown', 'drafts/c.docx'],
      );
      const glob = await json(['drafts/*.txt']);
      assert.deepEqual(
        glob.files.map((f) => [f.file.replace(/\\/g, '/'), f.kind]),
        [['drafts/d.txt', 'consultation']],
      );
      // A glob that matches the lock file still leaves it out.
      assert.deepEqual(
        (await json(['drafts/*.docx'])).files.map((f) => f.file.replace(/\\/g, '/')),
        ['drafts/c.docx'],
      );
    });

    it('reads Word from standard input when --stdin-filename ends in .docx', async () => {
      const r = await json(['--stdin-filename', 'plan.docx', '-'], { stdin: await playAreasDocx() });
      assert.equal(r.files[0].file, 'plan.docx');
      assert.ok(r.files[0].diagnostics.some((d) => d.ruleId === 'leading-question' && d.place === WORD_PLACE));
    });
  });

  describe('--quiet, --max-warnings and colours', () => {
    it('--quiet prints errors only and leaves warnings out of --max-warnings', async () => {
      write('consultation.md', CONSULTATION);
      const all = await json(['consultation.md']);
      const errors = all.files[0].diagnostics.filter((d) => d.severity === 'error');
      assert.ok(errors.length > 0 && errors.length < all.files[0].diagnostics.length);
      assert.ok(all.files[0].diagnostics.some((d) => d.severity === 'hint'));
      const quiet = await json(['--quiet', 'consultation.md']);
      assert.deepEqual(quiet.files[0].diagnostics, errors);
      assert.equal(quiet.code, 1);
      assert.doesNotMatch((await run(['--quiet', 'consultation.md'])).out, /^ .* (warning|info|hint) /m);

      write('plan.md', PLAN);
      assert.ok((await json(['plan.md'])).files[0].diagnostics.some((d) => d.severity === 'warning'));
      const quietMax = await json(['-q', '--max-warnings', '0', 'plan.md']);
      assert.deepEqual([quietMax.code, quietMax.files[0].diagnostics, quietMax.err], [0, [], '']);
    });

    it('--max-warnings exits 1 above the limit and says so on stderr', async () => {
      write('plan.md', PLAN);
      const warnings = (await json(['plan.md'])).files[0].diagnostics.filter((d) => d.severity === 'warning').length;
      const at = await run(['--max-warnings', String(warnings), 'plan.md']);
      assert.deepEqual([at.code, at.err], [0, '']);
      const over = await run(['--max-warnings', String(warnings - 1), 'plan.md']);
      assert.equal(over.code, 1);
      assert.equal(over.err, `coproduction-lint: ${warnings} warnings found, more than --max-warnings ${warnings - 1} allows\n`);
      const bad = await run(['--max-warnings', 'few', 'plan.md']);
      assert.equal(bad.code, 2);
      assert.match(bad.err, /^coproduction-lint: --max-warnings: 'few' is not a number of warnings; use a whole number such as 0 or 10\.\n/);
    });

    it('stylish is coloured only on a terminal, and never with NO_COLOR, --no-color or --output', async () => {
      write('plan.md', CONSULTATION);
      assert.match((await run(['plan.md'], { tty: true })).out, /\u001b\[31m|\u001b\[33m/);
      assert.doesNotMatch((await run(['plan.md'])).out, /\u001b\[/);
      assert.doesNotMatch((await run(['plan.md'], { tty: true, env: { NO_COLOR: '1' } })).out, /\u001b\[/);
      assert.doesNotMatch((await run(['--no-color', 'plan.md'], { tty: true })).out, /\u001b\[/);
      await run(['--output', 'out.txt', 'plan.md'], { tty: true });
      assert.doesNotMatch(readFileSync(join(dir, 'out.txt'), 'utf8'), /\u001b\[/);
    });
  });

  describe('--output', () => {
    it('writes the output to the file, creating its folder, and nothing to stdout', async () => {
      write('plan.md', PLAN);
      const onStdout = await run(['--format', 'sarif', 'plan.md']);
      const r = await run(['--format', 'sarif', '--output', 'reports/coproduction.sarif', 'plan.md']);
      assert.deepEqual([r.code, r.out, r.err], [0, '', '']);
      assert.equal(readFileSync(join(dir, 'reports/coproduction.sarif'), 'utf8'), onStdout.out);
      assert.deepEqual(readdirSync(join(dir, 'reports')), ['coproduction.sarif']);
    });

    it('replaces an existing file, and writes an empty file when there is nothing to say', async () => {
      write('README.md', README);
      write('out.txt', 'old results\n');
      const r = await run(['-o', 'out.txt', 'README.md']);
      assert.equal(r.code, 0);
      assert.equal(readFileSync(join(dir, 'out.txt'), 'utf8'), '');
    });

    it('cannot write over a folder: exits 2, says why, and leaves no partial file', async () => {
      write('plan.md', CONSULTATION);
      mkdirSync(join(dir, 'results'));
      const r = await run(['--output', 'results', 'plan.md']);
      assert.equal(r.code, 2);
      assert.equal(r.out, '');
      assert.match(r.err, /^coproduction-lint: cannot write 'results': /m);
      assert.deepEqual(readdirSync(dir).sort(), ['plan.md', 'results']);
      assert.deepEqual(readdirSync(join(dir, 'results')), []);
    });

    it('writes no file for a usage error', async () => {
      write('plan.md', CONSULTATION);
      const r = await run(['--output', 'out.json', '--format', 'xml', 'plan.md']);
      assert.equal(r.code, 2);
      assert.equal(existsSync(join(dir, 'out.json')), false);
    });
  });

  describe('config files', () => {
    it('uses the nearest config file up to the repository root, with --rule over it and --config instead of it', async () => {
      // Above the repository: not used.
      write('.coproduction-lint.json', '{ "rules": { "decision-already-made": "off" } }');
      write('repo/.git/HEAD', 'ref: refs/heads/main\n');
      write('repo/drafts/plan.md', CONSULTATION);
      const cwd = join(dir, 'repo');
      const severityOf = async (args: string[], rule: string) =>
        (await json(args, { cwd })).files[0].diagnostics.filter((d) => d.ruleId === rule).map((d) => d.severity);

      assert.deepEqual(await severityOf(['drafts/plan.md'], 'decision-already-made'), ['warning']);
      write('repo/.coproduction-lint.json', '{ "rules": { "leading-question": "error" } }');
      assert.deepEqual(await severityOf(['drafts/plan.md'], 'leading-question'), ['error']);
      // The nearest file wins; it does not add to the one above it.
      write('repo/drafts/.coproduction-lint.jsonc', '// drafts\n{ "rules": { "leading-question": "info", }, }');
      assert.deepEqual(await severityOf(['drafts/plan.md'], 'leading-question'), ['info']);
      assert.deepEqual(await severityOf(['--rule', 'leading-question=hint', 'drafts/plan.md'], 'leading-question'), ['hint']);
      write('repo/strict.json', '{ "rules": { "leading-question": "error" } }');
      assert.deepEqual(await severityOf(['--config', 'strict.json', 'drafts/plan.md'], 'leading-question'), ['error']);
      assert.equal((await run(['--config', 'strict.json', 'drafts/plan.md'], { cwd })).code, 1);
    });

    it('prints config problems as file:line:col: message, once each, and uses the valid part', async () => {
      write('.git/HEAD', 'ref: refs/heads/main\n');
      write('.coproduction-lint.json', '{\n  "rules": {\n    "leading-question": "error",\n    "no-such-rule": "error"\n  },\n  "colour": true\n}\n');
      write('a.md', CONSULTATION);
      write('b.md', CONSULTATION);
      const r = await json(['a.md', 'b.md']);
      assert.equal(r.code, 1);
      const lines = r.err.trimEnd().split('\n');
      assert.equal(lines.length, 2, r.err);
      assert.match(lines[0], /^\.coproduction-lint\.json:4:5: /);
      assert.match(lines[1], /^\.coproduction-lint\.json:6:3: "colour" is not a setting of the config file, so it was ignored\./);
      assert.ok(r.files.every((f) => f.diagnostics.some((d) => d.ruleId === 'leading-question' && d.severity === 'error')));
    });

    it('exits 2 before checking anything when --config names no file', async () => {
      write('a.md', CONSULTATION);
      const r = await run(['--config', 'missing.json', 'a.md']);
      assert.deepEqual([r.code, r.out, r.err], [2, '', "coproduction-lint: --config: cannot read 'missing.json': no such file.\n"]);
    });

    it('skips files its "exclude" globs match, saying so only for files named on the command line', async () => {
      write('.git/HEAD', 'ref: refs/heads/main\n');
      write('.coproduction-lint.json', '{ "exclude": ["archive/**"] }');
      write('archive/old.md', CONSULTATION);
      write('current.md', CONSULTATION);
      const folder = await json(['.']);
      assert.deepEqual(
        folder.files.map((f) => f.file.replace(/\\/g, '/')),
        ['./current.md'],
      );
      assert.equal(folder.err, '');
      const named = await json(['archive/old.md']);
      assert.deepEqual(named.files, []);
      assert.equal(named.err, `coproduction-lint: skipped 'archive/old.md': "exclude" in .coproduction-lint.json leaves it out\n`);
      assert.equal(named.code, 0);
    });

    it('treats files matching the config file’s "include" as drafts', async () => {
      write('.git/HEAD', 'ref: refs/heads/main\n');
      write('.coproduction-lint.json', '{ "include": ["policies/**"] }');
      write('policies/README.md', README);
      const r = await json(['policies/README.md']);
      assert.equal(r.files[0].kind, 'policy');
    });
  });

  describe('ignore files', () => {
    it('leaves out what .gitignore and .coproduction-lintignore ignore in folders, unless --no-ignore', async () => {
      write('.gitignore', 'build/\n');
      write('.coproduction-lintignore', 'legacy/\n');
      write('build/a.md', CONSULTATION);
      write('legacy/b.md', CONSULTATION);
      write('c.md', CONSULTATION);
      const files = async (args: string[]) => (await json(args)).files.map((f) => f.file.replace(/\\/g, '/'));
      assert.deepEqual(await files(['.']), ['./c.md']);
      assert.deepEqual(await files(['--no-ignore', '.']), ['./build/a.md', './c.md', './legacy/b.md']);
      // Named files are checked whatever the ignore files say.
      assert.deepEqual(await files(['legacy/b.md']), ['legacy/b.md']);
    });
  });

  describe('--baseline', () => {
    it('round trip: writes, survives edits above, then reports exactly one new finding', async () => {
      write('plan.md', CONSULTATION);
      const first = await json(['--baseline', 'baseline.json', 'plan.md']);
      assert.equal(first.code, 0);
      assert.deepEqual(first.files[0].diagnostics, []);
      const written = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')) as { findings: Array<{ count: number }> };
      const total = written.findings.reduce((n, e) => n + e.count, 0);
      assert.ok(total > 3);
      assert.equal(first.err, `coproduction-lint: wrote baseline 'baseline.json' with ${total} findings; later runs report only new findings\n`);

      // Lines added above every finding: nothing new.
      const edited = CONSULTATION.replace('## Why we are asking\n', '## Why we are asking\n\nSome background.\n\nMore background.\n');
      write('plan.md', edited);
      const again = await json(['--baseline', 'baseline.json', '--max-warnings', '0', 'plan.md']);
      assert.deepEqual([again.code, again.files[0].diagnostics], [0, []]);
      assert.equal(again.err, `coproduction-lint: ${total} findings in baseline 'baseline.json' not shown\n`);

      // A new leading question: exactly one finding.
      write('plan.md', edited.replace('2. How often', "2. Surely you agree the café should stay open?\n3. How often"));
      const added = await json(['--baseline', 'baseline.json', 'plan.md']);
      assert.deepEqual(
        added.files[0].diagnostics.map((d) => [d.ruleId, d.line]),
        [['leading-question', 18]],
      );

      // --update-baseline accepts it.
      assert.equal((await json(['--baseline', 'baseline.json', '--update-baseline', 'plan.md'])).files[0].diagnostics.length, 0);
      assert.equal((await json(['--baseline', 'baseline.json', 'plan.md'])).files[0].diagnostics.length, 0);
    });

    it('is a usage error to --update-baseline without --baseline, and exit 2 for a baseline that is not one', async () => {
      write('plan.md', CONSULTATION);
      const r = await run(['--update-baseline', 'plan.md']);
      assert.deepEqual([r.code, r.err.split('\n')[0]], [2, 'coproduction-lint: --update-baseline needs --baseline FILE to say which file to write.']);
      write('baseline.json', '{ "version": 1 ');
      const bad = await json(['--baseline', 'baseline.json', 'plan.md']);
      assert.equal(bad.code, 2);
      assert.match(bad.err, /^coproduction-lint: baseline 'baseline\.json' is not valid JSON \(.*\); write it again with --update-baseline\n/);
      // Nothing hidden when the baseline cannot be used.
      assert.ok(bad.files[0].diagnostics.length > 3);
    });

    it('does not write a baseline when a file could not be checked', async () => {
      write('plan.md', CONSULTATION);
      write('bad.docx', Buffer.from('not a zip'));
      const r = await run(['--baseline', 'baseline.json', 'plan.md', 'bad.docx']);
      assert.equal(r.code, 2);
      assert.equal(existsSync(join(dir, 'baseline.json')), false);
      assert.match(r.err, /did not write baseline 'baseline\.json', because some files could not be checked/);
    });
  });
});
