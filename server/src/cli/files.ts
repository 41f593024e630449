// Turns command-line inputs (files, folders, globs, "-") into the list of sources to check,
// keeping each path as the user wrote it or as it was found under what they wrote.

import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { ignoreFilter, type IgnoreFilter } from './ignore-files';

/** `named`: the user gave this exact path (or -), rather than a folder or glob that found it. */
export type Source = { type: 'file'; display: string; path: string; named?: boolean } | { type: 'stdin'; display: string };

export interface Expansion {
  sources: Source[];
  /** One line per input that could not be used; each makes the exit code 2. */
  problems: string[];
  /** Draft files found in folders but left out (links to nothing); said, but not errors. */
  notes: string[];
}

export interface ExpandOptions {
  /**
   * Leave out what `.gitignore` and `.coproduction-lintignore` files ignore when searching folders
   * and globs (default true). Files named on the command line are checked whatever these say.
   */
  ignoreFiles?: boolean;
}

/**
 * What a folder search picks up: Markdown and Word drafts. Plain-text (.txt) files are checked when
 * named or matched by a glob, since a .txt in a folder is more often a licence or a list than a
 * draft. Word's lock files ("~$draft.docx", left beside a document while it is open) are skipped.
 */
const DRAFT_FILE = /(?:^|\/)(?!~\$)[^/]*\.(?:md|markdown|docx)$/i;
/** Word's owner file for an open document: not a document, and not readable while Word has it. */
const WORD_LOCK_FILE = /(?:^|\/)~\$[^/]*\.docx$/i;
const WINDOWS = process.platform === 'win32';

export function expandInputs(inputs: readonly string[], cwd: string, stdinName: string | undefined, options: ExpandOptions = {}): Expansion {
  const sources: Source[] = [];
  const problems: string[] = [];
  const notes: string[] = [];
  const seen = new Set<string>();
  const add = (display: string, path: string, named = false) => {
    const key = realPath(resolve(cwd, path));
    if (seen.has(key)) return;
    seen.add(key);
    sources.push(named ? { type: 'file', display, path, named } : { type: 'file', display, path });
  };
  const useIgnoreFiles = options.ignoreFiles ?? true;
  const filterFor = (folder: string): IgnoreFilter | undefined => (useIgnoreFiles ? ignoreFilter(folder, cwd) : undefined);
  /** An ignore file that cannot be read is mentioned, once, and the search goes on without it (as git does). */
  const noteUnreadable = (filter: IgnoreFilter | undefined) => {
    for (const line of filter?.problems ?? []) if (!notes.includes(line)) notes.push(line);
  };

  for (const input of inputs) {
    if (input === '-') {
      if (!seen.has('-')) sources.push({ type: 'stdin', display: stdinName ?? '<stdin>' });
      seen.add('-');
      continue;
    }
    const stat = statOrError(resolve(cwd, input));
    if (stat instanceof Error) {
      const scan = picomatch.scan(WINDOWS ? input.replace(/\\/g, '/') : input);
      if (scan.isGlob && !scan.negated) {
        const { matched, ignored } = expandGlob(scan, cwd, add, problems, filterFor, noteUnreadable);
        if (matched === 0 && ignored === 0) problems.push(`no files match '${input}'`);
        else if (matched === 0) notes.push(`every file matching '${input}' is ignored by .gitignore or .coproduction-lintignore`);
      } else {
        problems.push(cannotRead(input, stat));
      }
    } else if (stat.isDirectory()) {
      const root = resolve(cwd, input);
      const filter = filterFor(root);
      let ignored = 0;
      const found = walk(
        root,
        (dir, error) => problems.push(cannotRead(join(input, dir), error)),
        (rel) => DRAFT_FILE.test(rel) && notes.push(`skipped '${join(input, rel)}': it is a link to a file that does not exist`),
        filter && ((rel, isFolder) => filter.ignores(root + sep + rel.split('/').join(sep), isFolder)),
        (rel) => DRAFT_FILE.test(rel) && ignored++,
      );
      noteUnreadable(filter);
      let drafts = 0;
      for (const rel of found) {
        if (!DRAFT_FILE.test(rel)) continue;
        drafts++;
        add(join(input, rel), join(input, rel));
      }
      if (drafts === 0 && ignored > 0) {
        notes.push(`every Markdown or Word file in '${input}' is ignored by .gitignore or .coproduction-lintignore`);
      }
    } else if (stat.isFile()) {
      add(input, input, true);
    } else {
      // A named pipe or a device would block reading, or never end.
      problems.push(`cannot read '${input}': not a regular file`);
    }
  }
  return { sources, problems, notes };
}

/**
 * Walks the glob's fixed prefix and keeps the files its pattern matches; says how many it kept and
 * how many matching files the ignore files left out (only those in folders it searched).
 */
function expandGlob(
  scan: ReturnType<typeof picomatch.scan>,
  cwd: string,
  add: (display: string, path: string) => void,
  problems: string[],
  filterFor: (folder: string) => IgnoreFilter | undefined,
  noteUnreadable: (filter: IgnoreFilter | undefined) => void,
): { matched: number; ignored: number } {
  const base = scan.prefix + scan.base;
  const matches = picomatch(scan.glob, { windows: false });
  const root = resolve(cwd, base || '.');
  const stat = statOrError(root);
  if (stat instanceof Error || !stat.isDirectory()) return { matched: 0, ignored: 0 };
  const filter = filterFor(root);
  let matched = 0;
  let ignored = 0;
  const found = walk(
    root,
    (dir, error) => problems.push(cannotRead(join(base, dir), error)),
    undefined,
    filter && ((rel, isFolder) => filter.ignores(root + sep + rel.split('/').join(sep), isFolder)),
    (rel) => matches(rel) && ignored++,
  );
  noteUnreadable(filter);
  for (const rel of found) {
    if (!matches(rel) || WORD_LOCK_FILE.test(rel)) continue;
    const path = base ? join(base, rel) : rel;
    add(path, path);
    matched++;
  }
  return { matched, ignored };
}

/**
 * Files under `root`, as relative paths with forward slashes, sorted within each folder.
 * Skips node_modules and dot-folders, and never visits a folder twice (symbolic link loops).
 * Files and folders `ignores` picks are left out; `onIgnored` hears of each such file.
 */
function walk(
  root: string,
  onError: (dir: string, error: Error) => void,
  onBrokenLink: (rel: string) => void = () => undefined,
  ignores?: (rel: string, isFolder: boolean) => boolean,
  onIgnored: (rel: string) => void = () => undefined,
): string[] {
  const files: string[] = [];
  const visited = new Set<string>();
  const visit = (dir: string, rel: string) => {
    const real = realPath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      onError(rel, error as Error);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = dir + sep + entry.name;
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = statOrError(path);
        if (target instanceof Error) {
          onBrokenLink(relPath);
          continue;
        }
        isDir = target.isDirectory();
        isFile = target.isFile();
      }
      if (isDir) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
        // Files inside an ignored folder are not counted: git does not look there either.
        if (!ignores?.(relPath, true)) visit(path, relPath);
      } else if (isFile) {
        if (ignores?.(relPath, false)) onIgnored(relPath);
        else files.push(relPath);
      }
    }
  };
  visit(root, '');
  return files;
}

/** Joins a found path onto the input as written, so "docs/" and "docs" both give "docs/a.md". */
function join(base: string, rel: string): string {
  if (!rel) return base;
  const tail = WINDOWS ? rel.replace(/\//g, '\\') : rel;
  return base.endsWith('/') || base.endsWith(sep) ? base + tail : base + sep + tail;
}

function statOrError(path: string) {
  try {
    return statSync(path);
  } catch (error) {
    return error as Error;
  }
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
  EISDIR: 'it is a folder',
};

export function cannotRead(display: string, error: Error): string {
  return `cannot read '${display}': ${reasonOf(error)}`;
}

/** A file-system error in a few plain words. */
export function reasonOf(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && REASONS[code]) ?? error.message;
}
