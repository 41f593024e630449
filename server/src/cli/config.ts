// Config files for the command: the same discovery as the editor (the nearest
// .coproduction-lint.json or .jsonc from each file's folder upward), or the one --config names.
//
// The upward search stops at the repository the command runs in (the nearest folder above the
// working directory holding .git); outside a repository, at the home folder or the top of the file
// system. Settings are layered: built-in defaults < config file < --rule and --include < the
// draft's front matter (applied by the engine).

import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { repositoryRoot } from './ignore-files';
import { emptyPatch, loadConfigFor, mergeSettings, type ConfigPatch, type ConfigProblem } from '../config';
import type { LintSettings } from '../engine';

export interface FileConfig {
  settings: LintSettings;
  /** Set when an "exclude" glob matches the file: the config file that says so, relative to cwd. */
  excludedBy: string | undefined;
}

export interface CliConfig {
  /** The settings for one file, by absolute path. Config problems are reported once each as they are met. */
  forFile(absolutePath: string): FileConfig;
  /** Whether a config file could not be read at all (the run should exit 2). */
  readonly unreadable: boolean;
}

/**
 * `flags`: what --rule and --include set, on top of any config file.
 * `report` hears each config problem once, as `file:line:col: message` (or `file: message`).
 */
export function cliConfig(cwd: string, flags: LintSettings, explicitFile: string | undefined, report: (line: string) => void): CliConfig {
  const stopAt = repositoryRoot(cwd);
  const flagPatch: ConfigPatch = { ...emptyPatch(), rules: { ...flags.rules }, include: [...flags.include] };
  const said = new Set<string>();
  let unreadable = false;
  const tell = (problem: ConfigProblem) => {
    const file = relative(cwd, problem.file) || problem.file;
    const where = problem.range ? `${file}:${problem.range.startLine + 1}:${problem.range.startCharacter + 1}` : file;
    const line = `${where}: ${problem.message}`;
    // A file that could not be read has no range: nothing of it was used.
    if (problem.severity === 'error' && !problem.range) unreadable = true;
    if (said.has(line)) return;
    said.add(line);
    report(line);
  };
  return {
    get unreadable() {
      return unreadable;
    },
    forFile(absolutePath) {
      const loaded = loadConfigFor(absolutePath, {
        stopAt,
        explicitFile: explicitFile === undefined ? undefined : resolve(cwd, explicitFile),
        pathBase: cwd,
      });
      loaded.problems.forEach(tell);
      const fromConfig = mergeSettings({ rules: {}, include: [] }, loaded.settings);
      const nearest = loaded.sources[loaded.sources.length - 1];
      return {
        settings: mergeSettings(fromConfig, flagPatch),
        excludedBy: loaded.excluded && nearest ? relative(cwd, nearest) || nearest : undefined,
      };
    },
  };
}

/** Why --config FILE cannot be used, or undefined when it is a file. */
export function explicitConfigProblem(cwd: string, file: string): string | undefined {
  try {
    if (statSync(resolve(cwd, file)).isFile()) return undefined;
    return `--config: '${file}' is a folder, not a config file.`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return `--config: cannot read '${file}': ${code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file' : (error as Error).message}.`;
  }
}
