// Finds the config file for a document: the nearest `.coproduction-lint.json` or
// `.coproduction-lint.jsonc`, from the document's folder upward. The search stops at the workspace
// folder (or, for the command line, the folder given); without one, at the user's home folder or
// the top of the file system. Only the nearest file counts; it can `extends` others.

import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import type { ConfigProblem } from './read';

export const CONFIG_FILE_NAMES = ['.coproduction-lint.json', '.coproduction-lint.jsonc'] as const;

export interface FoundConfig {
  /** The file to use, or undefined when there is none. */
  path: string | undefined;
  /** A second config file in the same folder, which is ignored. */
  problems: ConfigProblem[];
}

export function findConfigFile(startDir: string, stopAt?: string): FoundConfig {
  let dir = resolve(startDir);
  const stop = stopAt !== undefined && isInside(dir, resolve(stopAt)) ? resolve(stopAt) : undefined;
  const home = homedir();
  const last = stop ?? (home && isInside(dir, home) ? home : undefined);
  for (;;) {
    const present = CONFIG_FILE_NAMES.map((name) => join(dir, name)).filter(isFile);
    if (present.length > 0) {
      const problems = present.slice(1).map(
        (ignored): ConfigProblem => ({
          file: ignored,
          severity: 'warning',
          message: `This config file is ignored because ${CONFIG_FILE_NAMES[0]} sits in the same folder. Keep one of the two.`,
        }),
      );
      return { path: present[0], problems };
    }
    const parent = dirname(dir);
    if (dir === last || parent === dir) return { path: undefined, problems: [] };
    dir = parent;
  }
}

/** Whether `path` is `folder` or lies inside it. */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
