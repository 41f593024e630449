// The command line on inputs that are not ordinary Markdown files: pipes, broken and looping
// symbolic links, paths through a file, folders with no drafts, empty and binary files, a file that
// disappears while the command runs. Each gets a plain message naming the file, exit 2 only for a
// real error, and never a stack trace. (test/unit/cli.test.ts covers missing, binary, invalid
// UTF-8, huge files and empty folders.)

import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type Io } from '../../../server/src/cli/main';
import { ROOT } from '../../helpers/robustness';

const CLI = join(ROOT, 'dist/cli.js');
const DRAFT = '# Library opening hours engagement plan\n\n## Why we are asking\n\nWe must decide by May.\n';
/** How long a run may take before it counts as hung. */
const HANG_MS = 5000;

let dir: string;

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function run(args: string[]): Run {
  const env = { ...process.env };
  delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env, timeout: HANG_MS, killSignal: 'SIGKILL' });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, content: string | Buffer): string {
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), content);
  return name;
}

/** Finished on its own, with no stack trace. */
function assertClean(r: Run, what: string): void {
  assert.equal(r.signal, null, `${what}: the command did not finish within ${HANG_MS} ms (killed with ${r.signal})\nstderr: ${r.stderr}`);
  assert.doesNotMatch(r.stderr, /^ {4}at /m, `${what}: stack trace on stderr\n${r.stderr}`);
}

function canMakeFifo(): boolean {
  if (process.platform === 'win32') return false;
  try {
    execFileSync('mkfifo', [join(dir, '.probe-fifo')]);
    unlinkSync(join(dir, '.probe-fifo'));
    return true;
  } catch {
    return false;
  }
}

describe('robustness: command line inputs', function () {
  this.timeout(30000);

  before(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first.`);
  });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'coproduction-robust-cli-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('does not hang on a named pipe given as a file: it names it and exits 2', function () {
    if (!canMakeFifo()) this.skip();
    write('draft.md', DRAFT);
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    const r = run(['--format', 'json', 'pipe.md', 'draft.md']);
    assertClean(r, 'a FIFO');
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /'pipe\.md'/);
    assert.deepEqual(
      (JSON.parse(r.stdout) as Array<{ file: string }>).map((f) => f.file),
      ['draft.md'],
    );
  });

  it('skips a named pipe found in a folder', function () {
    if (!canMakeFifo()) this.skip();
    write('drafts/a.md', DRAFT);
    execFileSync('mkfifo', [join(dir, 'drafts/pipe.md')]);
    const r = run(['--format', 'json', 'drafts']);
    assertClean(r, 'a FIFO in a folder');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).length, 1);
  });

  const unreadable: Array<[string, () => string, RegExp]> = [
    ['a dangling symbolic link', () => (symlinkSync('nowhere.md', join(dir, 'dangling.md')), 'dangling.md'), /^coproduction-lint: cannot read 'dangling\.md': no such file$/m],
    ['a symbolic link loop', () => (symlinkSync('loop.md', join(dir, 'loop.md')), 'loop.md'), /^coproduction-lint: cannot read 'loop\.md': too many symbolic links$/m],
    ['a path through a file', () => (write('draft.md', DRAFT), 'draft.md/section.md'), /^coproduction-lint: cannot read 'draft\.md\/section\.md': no such file$/m],
  ];
  for (const [name, make, message] of unreadable) {
    it(`names ${name} and exits 2, still checking the other files`, function () {
      if (name.includes('symbolic') && process.platform === 'win32') this.skip();
      write('other.md', DRAFT);
      const input = make();
      const r = run(['--format', 'json', input, 'other.md']);
      assertClean(r, name);
      assert.equal(r.status, 2);
      assert.match(r.stderr, message);
      assert.deepEqual(
        (JSON.parse(r.stdout) as Array<{ file: string }>).map((f) => f.file),
        ['other.md'],
      );
    });
  }

  it('names a dangling symbolic link it finds in a folder', function () {
    if (process.platform === 'win32') this.skip();
    write('drafts/a.md', DRAFT);
    symlinkSync(join(dir, 'moved-away.md'), join(dir, 'drafts/b.md'));
    const r = run(['--format', 'json', 'drafts']);
    assertClean(r, 'a dangling link in a folder');
    assert.equal(JSON.parse(r.stdout).length, 1);
    // A Markdown file the user has but the command cannot read should not vanish without a word.
    assert.match(r.stderr, /b\.md/, `stderr does not mention drafts/b.md:\n${r.stderr}`);
  });

  it('treats a folder named like a Markdown file as a folder', () => {
    write('notes.md/inside.md', DRAFT);
    const r = run(['--format', 'json', 'notes.md']);
    assertClean(r, 'a folder named notes.md');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(
      (JSON.parse(r.stdout) as Array<{ file: string }>).map((f) => f.file),
      [join('notes.md', 'inside.md')],
    );
  });

  it('exits 0 for a folder with no drafts, saying only that files were not checked', () => {
    write('docs/README.md', '# My project\n\nInstall it with npm.\n');
    write('docs/notes.txt', 'not markdown');
    write('docs/image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
    write('docs/sub/meeting.md', '# Tuesday meeting\n\nWe talked.\n');
    const r = run(['docs']);
    assertClean(r, 'a folder without drafts');
    assert.deepEqual([r.status, r.stdout], [0, '']);
    assert.equal(r.stderr, '2 files were not checked because they do not look like policy drafts (use --type or front matter "type:" to check them).\n');
  });

  it('handles empty, BOM-only, UTF-16 and random-byte files without a real error', () => {
    write('empty.md', '');
    write('bom.md', Buffer.from([0xef, 0xbb, 0xbf]));
    write('utf16.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Parks policy\n', 'utf16le')]));
    const noise = Buffer.alloc(4096);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + 13) % 256;
    write('noise.md', noise);
    write('high-bytes.md', Buffer.from([0xff, 0xfe, 0xfd, 0x80, 0x81, 0x0a, 0xc3, 0x28, 0x0a]));
    const r = run(['--type', 'policy', '--format', 'json', 'empty.md', 'bom.md', 'utf16.md', 'noise.md', 'high-bytes.md']);
    assertClean(r, 'odd files');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /skipped 'utf16\.md': it looks like a binary file/);
    assert.match(r.stderr, /skipped 'noise\.md': it looks like a binary file/);
    assert.deepEqual(
      (JSON.parse(r.stdout) as Array<{ file: string }>).map((f) => f.file),
      ['empty.md', 'bom.md', 'high-bytes.md'],
    );
  });

  it('names a file that disappears between finding it and reading it, and exits 2', async () => {
    write('gone.md', DRAFT);
    const out: string[] = [];
    const err: string[] = [];
    const io: Io = {
      cwd: dir,
      env: {},
      stdoutIsTTY: false,
      // Standard input is read after the inputs are listed and before any file is read.
      readStdin: async () => {
        unlinkSync(join(dir, 'gone.md'));
        return Buffer.from(DRAFT);
      },
      out: (text) => out.push(text),
      err: (text) => err.push(text),
    };
    const code = await main(['--format', 'json', 'gone.md', '-'], io);
    assert.equal(code, 2);
    assert.match(err.join(''), /^coproduction-lint: cannot read 'gone\.md': no such file$/m);
    assert.deepEqual(
      (JSON.parse(out.join('')) as Array<{ file: string }>).map((f) => f.file),
      ['<stdin>'],
    );
  });

  it('names a file it has no permission to read, and exits 2', function () {
    // Root reads anything, so permissions cannot be tested as root (as in CI containers).
    if (process.platform === 'win32' || process.getuid?.() === 0) this.skip();
    write('secret.md', DRAFT);
    chmodSync(join(dir, 'secret.md'), 0o000);
    const r = run(['secret.md']);
    chmodSync(join(dir, 'secret.md'), 0o600);
    assertClean(r, 'an unreadable file');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^coproduction-lint: cannot read 'secret\.md': permission denied$/m);
  });

  it('names a folder it has no permission to list, and exits 2', function () {
    if (process.platform === 'win32' || process.getuid?.() === 0) this.skip();
    write('drafts/a.md', DRAFT);
    write('drafts/locked/b.md', DRAFT);
    chmodSync(join(dir, 'drafts/locked'), 0o000);
    const r = run(['--format', 'json', 'drafts']);
    chmodSync(join(dir, 'drafts/locked'), 0o700);
    assertClean(r, 'an unreadable folder');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /cannot read '.*locked': permission denied/);
    assert.equal(JSON.parse(r.stdout).length, 1);
  });
});
