// Which found files the user's ignore files leave out: `.gitignore` and `.coproduction-lintignore`,
// read with git's matching rules, in the folder searched and its parents up to the repository root.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** Read in this order in each folder, so a `.coproduction-lintignore` line can undo a `.gitignore` one. */
export const IGNORE_FILES = ['.gitignore', '.coproduction-lintignore'] as const;

export interface IgnoreFilter {
  /** Whether a file or folder found while searching is left out. `path` is absolute. */
  ignores(path: string, isFolder: boolean): boolean;
  /** Ignore files that could not be read, once each, as "cannot read ..." lines. */
  readonly problems: string[];
}

/**
 * Rules for files found under `searched` (a folder the user named, or a glob's fixed part).
 * The ignore files that count are those from the repository root (the nearest folder above
 * `searched` holding `.git`) down to each file's folder. Outside a repository they are read from
 * `cwd` down, or from `searched` down when it is not inside `cwd`.
 * Like git, the deepest ignore file with a matching line decides, and the last matching line in it;
 * a file in an ignored folder stays ignored whatever `!pattern` says about the file.
 */
export function ignoreFilter(searched: string, cwd: string): IgnoreFilter {
  const top = searchRoot(resolve(searched), resolve(cwd));
  const byFolder = new Map<string, Ignore | null>();
  const problems: string[] = [];

  const rulesIn = (folder: string): Ignore | null => {
    let rules = byFolder.get(folder);
    if (rules !== undefined) return rules;
    rules = null;
    for (const name of IGNORE_FILES) {
      const file = join(folder, name);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // Missing is the usual case; a folder of that name is not an ignore file either.
        if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'EISDIR') {
          problems.push(`cannot read '${relative(cwd, file) || file}': ${(error as Error).message}`);
        }
        continue;
      }
      rules ??= ignore();
      rules.add(text);
    }
    byFolder.set(folder, rules);
    return rules;
  };

  /** Folders from `top` down to `folder`, deepest first; empty when `folder` is outside `top`. */
  const chain = (folder: string): string[] => {
    if (!isInside(top, folder)) return [];
    const folders = [top];
    const rel = relative(top, folder);
    if (rel) {
      let at = top;
      for (const part of rel.split(sep)) folders.push((at = join(at, part)));
    }
    return folders.reverse();
  };

  /** What the deepest ignore file with a matching line says about the path itself. */
  const matched = (absolute: string, isFolder: boolean): boolean => {
    for (const folder of chain(dirname(absolute))) {
      const rules = rulesIn(folder);
      if (!rules) continue;
      const result = rules.test(relative(folder, absolute).split(sep).join('/') + (isFolder ? '/' : ''));
      if (result.ignored) return true;
      if (result.unignored) return false;
    }
    return false;
  };

  // Git does not look inside an ignored folder, so nothing below it can be brought back.
  const folderIgnored = new Map<string, boolean>();
  const insideIgnoredFolder = (folder: string): boolean => {
    if (folder === top || !isInside(top, folder)) return false;
    let known = folderIgnored.get(folder);
    if (known === undefined) {
      known = insideIgnoredFolder(dirname(folder)) || matched(folder, true);
      folderIgnored.set(folder, known);
    }
    return known;
  };

  return {
    problems,
    ignores(path: string, isFolder: boolean): boolean {
      const absolute = resolve(path);
      if (isFolder) return insideIgnoredFolder(absolute);
      return insideIgnoredFolder(dirname(absolute)) || matched(absolute, false);
    },
  };
}

/** Whether `path` is `folder` or below it. */
function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function searchRoot(searched: string, cwd: string): string {
  return repositoryRoot(searched) ?? (isInside(cwd, searched) ? cwd : searched);
}

/** The nearest folder at or above `from` holding .git, or undefined outside a repository. */
export function repositoryRoot(from: string): string | undefined {
  for (let folder = resolve(from); ; folder = dirname(folder)) {
    if (existsSync(join(folder, '.git'))) return folder;
    if (dirname(folder) === folder) return undefined;
  }
}
