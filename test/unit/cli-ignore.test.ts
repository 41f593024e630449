// Ignore files when the command searches folders and globs: real files in a temporary folder.

import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { expandInputs, type Expansion } from '../../server/src/cli/files';
import { ignoreFilter } from '../../server/src/cli/ignore-files';

let dir: string;

function write(name: string, content = '# Draft\n'): void {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
}

/** The files found, with forward slashes so the expectations read the same on Windows. */
function found(inputs: string[], cwd = dir, options = {}): string[] {
  return files(expandInputs(inputs, cwd, undefined, options));
}

function files(expansion: Expansion): string[] {
  return expansion.sources.map((s) => s.display.split(sep).join('/'));
}

describe('command line: ignore files', () => {
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'coproduction-lint-ignore-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves out what the .gitignore in the folder searched ignores', () => {
    write('.gitignore', '# drafts we no longer use\nold/\n*.draft.md\n');
    write('a.md');
    write('b.draft.md');
    write('old/c.md');
    write('docs/d.md');
    write('docs/e.draft.md');
    const expansion = expandInputs(['.'], dir, undefined);
    assert.deepEqual(files(expansion), ['./a.md', './docs/d.md']);
    assert.deepEqual(expansion.problems, []);
    assert.deepEqual(expansion.notes, []);
  });

  it('applies a .gitignore in a subfolder to paths relative to that folder only', () => {
    write('notes.md');
    write('docs/.gitignore', 'notes.md\n/top-only.md\n');
    write('docs/notes.md');
    write('docs/top-only.md');
    write('docs/deeper/notes.md');
    write('docs/deeper/top-only.md');
    write('other/notes.md');
    assert.deepEqual(found(['.']), ['./docs/deeper/top-only.md', './notes.md', './other/notes.md']);
    assert.deepEqual(found(['docs']), ['docs/deeper/top-only.md']);
  });

  it('brings files back with !pattern, but not from an ignored folder', () => {
    write('.gitignore', 'archive/*.md\n!archive/keep.md\nold/\n!old/keep.md\n');
    write('archive/drop.md');
    write('archive/keep.md');
    write('old/keep.md');
    assert.deepEqual(found(['.']), ['./archive/keep.md']);
  });

  it('lets a deeper ignore file override a shallower one', () => {
    write('.gitignore', 'notes.md\n');
    write('notes.md');
    write('team/.gitignore', '!notes.md\n');
    write('team/notes.md');
    assert.deepEqual(found(['.']), ['./team/notes.md']);
  });

  it('reads .coproduction-lintignore after .gitignore in each folder', () => {
    write('.gitignore', 'build/\nprivate.md\n');
    write('.coproduction-lintignore', 'generated/\n!private.md\n');
    write('build/a.md');
    write('generated/b.md');
    write('private.md');
    write('policy.md');
    write('docs/.coproduction-lintignore', 'templates/\n');
    write('docs/templates/t.md');
    write('docs/policy.md');
    assert.deepEqual(found(['.']), ['./docs/policy.md', './policy.md', './private.md']);
  });

  it('reads ignore files in parent folders up to the repository root', () => {
    mkdirSync(join(dir, '.git'));
    write('.gitignore', 'docs/secret.md\n');
    write('.coproduction-lintignore', 'archive/\n');
    write('docs/secret.md');
    write('docs/open.md');
    write('docs/archive/old.md');
    const docs = join(dir, 'docs');
    // Run from inside the repository, as from a subfolder in CI.
    assert.deepEqual(found(['.'], docs), ['./open.md']);
    assert.deepEqual(found(['docs'], dir), ['docs/open.md']);
  });

  it('outside a repository, reads ignore files only from the working folder down', () => {
    write('.gitignore', 'docs/secret.md\n');
    write('docs/secret.md');
    write('docs/open.md');
    // No .git anywhere: the .gitignore above the working folder does not count.
    assert.deepEqual(found(['.'], join(dir, 'docs')), ['./open.md', './secret.md']);
    assert.deepEqual(found(['docs'], dir), ['docs/open.md']);
  });

  it('honours ignore files when expanding globs', () => {
    write('.gitignore', 'old/\n');
    write('policies/a.md');
    write('policies/old/b.md');
    write('policies/c.txt');
    assert.deepEqual(found(['policies/**/*.md']), ['policies/a.md']);
    assert.deepEqual(found(['**/*.md']), ['policies/a.md']);
  });

  it('still checks a file named on the command line, whatever the ignore files say', () => {
    write('.gitignore', 'old/\n*.draft.md\n');
    write('old/c.md');
    write('b.draft.md');
    write('a.md');
    assert.deepEqual(found(['old/c.md', 'b.draft.md', '.']), ['old/c.md', 'b.draft.md', './a.md']);
  });

  it('notes a folder or glob whose draft files are all ignored, without failing', () => {
    write('.gitignore', 'old/\n*.draft.md\n');
    write('old/c.md');
    write('old/readme.txt');
    write('b.draft.md');
    const expansion = expandInputs(['old', '*.draft.md'], dir, undefined);
    assert.deepEqual(files(expansion), []);
    assert.deepEqual(expansion.problems, []);
    assert.deepEqual(expansion.notes, [
      "every Markdown or Word file in 'old' is ignored by .gitignore or .coproduction-lintignore",
      "every file matching '*.draft.md' is ignored by .gitignore or .coproduction-lintignore",
    ]);
    // A glob matching nothing at all is still an error.
    assert.deepEqual(expandInputs(['*.nothing.md'], dir, undefined).problems, ["no files match '*.nothing.md'"]);
  });

  it('keeps skipping node_modules and dot-folders, whatever the ignore files say', () => {
    write('.gitignore', '!node_modules/\n!.github/\n');
    write('node_modules/pkg/README.md');
    write('.github/pull_request_template.md');
    write('a.md');
    assert.deepEqual(found(['.']), ['./a.md']);
  });

  it('reads ignore files with Windows line endings', () => {
    write('.gitignore', 'old/\r\n*.draft.md\r\n');
    write('old/c.md');
    write('b.draft.md');
    write('a.md');
    assert.deepEqual(found(['.']), ['./a.md']);
  });

  it('finds everything with ignoreFiles: false', () => {
    write('.gitignore', 'old/\n');
    write('old/c.md');
    write('a.md');
    assert.deepEqual(found(['.'], dir, { ignoreFiles: false }), ['./a.md', './old/c.md']);
  });

  it('notes an ignore file it cannot read and goes on without it', function () {
    // A symbolic link to itself cannot be read, even by an administrator.
    if (process.platform === 'win32') this.skip();
    symlinkSync('.gitignore', join(dir, '.gitignore'));
    write('old/c.md');
    write('a.md');
    const expansion = expandInputs(['.', 'old'], dir, undefined);
    assert.deepEqual(files(expansion), ['./a.md', './old/c.md']);
    assert.deepEqual(expansion.problems, []);
    // Said once, though both searches met it.
    assert.equal(expansion.notes.length, 1);
    assert.match(expansion.notes[0], /^cannot read '\.gitignore': ELOOP/);
  });

  describe('ignoreFilter', () => {
    it('answers for files and folders by absolute path', () => {
      write('.gitignore', 'build/\n*.log\n');
      write('build/x.md');
      const filter = ignoreFilter(dir, dir);
      assert.equal(filter.ignores(join(dir, 'build'), true), true);
      assert.equal(filter.ignores(join(dir, 'build', 'x.md'), false), true);
      assert.equal(filter.ignores(join(dir, 'a.log'), false), true);
      assert.equal(filter.ignores(join(dir, 'a.md'), false), false);
      // A file named build (not a folder) is not matched by "build/".
      assert.equal(filter.ignores(join(dir, 'sub', 'build'), false), false);
      // Paths outside the search root are never ignored.
      assert.equal(filter.ignores(join(dir, '..', 'elsewhere.log'), false), false);
      assert.deepEqual(filter.problems, []);
    });
  });
});
