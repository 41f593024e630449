// The configuration for one document: the nearest config file, what it extends, merged in order.
// Plain Node fs and no LSP, so the language server and the command line share it. Never throws:
// what cannot be used is a problem in the result, and the rest still applies.

import { statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { Rule } from '../engine';
import { allRules } from '../rules';
import { findConfigFile, isInside } from './find';
import { emptyPatch, mergePatches, type ConfigPatch } from './merge';
import { readConfigFile, type ConfigFile, type ConfigProblem, type ConfigRange } from './read';

export const MAX_EXTENDS_DEPTH = 10;

export interface LoadOptions {
  /** Where the upward search stops (the workspace folder); without it, the home folder or the top. */
  stopAt?: string;
  /** Use this config file instead of searching (the command line's --config). */
  explicitFile?: string;
  /**
   * The folder the engine's `path` is relative to (the workspace folder, or the command line's
   * working directory). Include globs, written relative to their config file, are rewritten
   * relative to it; without it they become absolute, to match an absolute `path`.
   */
  pathBase?: string;
  rules?: readonly Rule[];
}

export interface LoadedConfig {
  /** What the config files set, merged; put it over other settings with mergeSettings. */
  settings: ConfigPatch;
  /** Exclude globs, placed like include globs (relative to `pathBase`, else absolute). */
  exclude: string[];
  /** The document matches an exclude glob, so it should not be checked. */
  excluded: boolean;
  /** The config files applied, in order: what a file extends comes before the file. */
  sources: string[];
  /** Every config file read or tried, so an editor can show (or clear) each file's problems. */
  files: string[];
  problems: ConfigProblem[];
}

export function loadConfigFor(documentPath: string, options: LoadOptions = {}): LoadedConfig {
  const result: LoadedConfig = { settings: emptyPatch(), exclude: [], excluded: false, sources: [], files: [], problems: [] };
  const rules = options.rules ?? allRules;
  const document = resolve(documentPath);
  let start: string | undefined;
  if (options.explicitFile !== undefined) {
    start = resolve(options.explicitFile);
  } else {
    const found = findConfigFile(dirname(document), options.stopAt);
    for (const p of found.problems) {
      result.files.push(p.file);
      result.problems.push(p);
    }
    start = found.path;
  }
  if (start === undefined) return result;

  const seen = new Set<string>();
  const excludes: Array<{ dir: string; globs: string[] }> = [];
  const apply = (path: string, chain: string[], from?: { file: string; range: ConfigRange; target: string }): void => {
    const refer = (message: string) =>
      result.problems.push(from ? { file: from.file, severity: 'error', message, range: from.range } : { file: path, severity: 'error', message });
    if (chain.includes(path)) {
      const loop = [...chain.slice(chain.indexOf(path)), path].map((p) => relative(dirname(chain[0]), p) || p).join(' → ');
      refer(`"extends" goes round in a circle (${loop}), so this entry was ignored.`);
      return;
    }
    if (chain.length >= MAX_EXTENDS_DEPTH) {
      refer(`"extends" is nested more than ${MAX_EXTENDS_DEPTH} files deep, so this entry was ignored. Extend fewer files in a chain.`);
      return;
    }
    if (from && !exists(path)) {
      refer(`"extends": no file "${from.target}" was found next to this config file, so its settings were not used. The path is relative to this file.`);
      return;
    }
    const file = cachedRead(path, rules);
    const first = !seen.has(path);
    seen.add(path);
    if (first) {
      result.files.push(path);
      result.problems.push(...file.problems);
    }
    for (const entry of file.extends) {
      apply(resolve(dirname(path), entry.target), [...chain, path], { file: path, range: entry.range, target: entry.target });
    }
    const dir = dirname(path);
    result.settings = mergePatches(result.settings, { ...file.patch, include: file.patch.include.map((g) => placeGlob(g, dir, options.pathBase)) });
    result.exclude.push(...file.exclude.map((g) => placeGlob(g, dir, options.pathBase)).filter((g) => !result.exclude.includes(g)));
    if (file.exclude.length > 0) excludes.push({ dir, globs: file.exclude });
    result.sources.push(path);
  };
  apply(start, []);
  result.excluded = excludes.some(({ dir, globs }) => matchesFrom(dir, globs, document));
  return result;
}

/** A glob written relative to `dir`, rewritten relative to `base` (or made absolute). */
export function placeGlob(glob: string, dir: string, base: string | undefined): string {
  const negated = glob.startsWith('!');
  const body = (negated ? glob.slice(1) : glob).replace(/^(\.\/)+/, '').replace(/^\/+/, '');
  const prefix = base === undefined ? toPosix(dir) : toPosix(relative(base, dir));
  const placed = prefix === '' ? body : `${escapeGlob(prefix)}${prefix.endsWith('/') ? '' : '/'}${body}`;
  return negated ? `!${placed}` : placed;
}

function matchesFrom(dir: string, globs: string[], document: string): boolean {
  if (!isInside(document, dir)) return false;
  try {
    return picomatch(globs, { dot: true })(toPosix(relative(dir, document)));
  } catch {
    return false;
  }
}

function toPosix(path: string): string {
  return sep === '\\' ? path.replace(/\\/g, '/') : path;
}

function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}()!+@]/g, '\\$&');
}

function exists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Parsed files by path, re-read when the file's size or modification time changes. */
const cache = new Map<string, { stamp: string; file: ConfigFile }>();

function cachedRead(path: string, rules: readonly Rule[]): ConfigFile {
  let stamp: string | undefined;
  try {
    const s = statSync(path);
    stamp = `${s.mtimeMs}|${s.size}|${rules.length}`;
  } catch {
    stamp = undefined;
  }
  const hit = cache.get(path);
  if (stamp !== undefined && hit?.stamp === stamp && rules === allRules) return hit.file;
  const file = readConfigFile(path, rules);
  if (stamp !== undefined && rules === allRules) cache.set(path, { stamp, file });
  return file;
}

/** Forgets every parsed file (call when the editor says config files changed). */
export function forgetConfigFiles(): void {
  cache.clear();
}
