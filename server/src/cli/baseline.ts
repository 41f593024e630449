// A baseline: the findings a team has accepted in legacy documents, so a later run reports only
// new ones. Findings are matched by file, rule, the heading they sit under and the text they flag,
// never by line number, so editing elsewhere in a document does not bring them back.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Diagnostic, FileReport } from './report';

/** The format written; a file with another version is refused rather than misread. */
export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  /** Relative to the baseline file's folder when written through `applyBaseline`, with forward slashes. */
  file: string;
  ruleId: string;
  /** Text of the heading the finding sits under; '' before the first heading. */
  section: string;
  /** The flagged text, white space collapsed, at most 200 characters. */
  text: string;
  /** How many findings with these four values there were. */
  count: number;
}

export interface BaselinePaths {
  /** With `root`: file paths in the baseline are relative to `root`, so it works from any folder. */
  cwd?: string;
  root?: string;
}

export interface BaselineFilter {
  /** The same reports with only findings not in the baseline. */
  reports: FileReport[];
  /** Findings left out because the baseline has them. */
  matched: number;
  /** Findings in the baseline that this run did not find (fixed, or their text changed). */
  unused: number;
  /** Why the baseline could not be used; then `reports` are returned whole. */
  problem?: string;
}

/** The current findings as a baseline file: JSON, one line per entry, in a fixed order. */
export function writeBaseline(reports: readonly FileReport[], paths: BaselinePaths = {}): string {
  const counts = new Map<string, BaselineEntry>();
  for (const report of reports) {
    const file = fileKey(report.file, paths);
    for (const d of report.diagnostics) {
      const entry = entryOf(file, d);
      const key = keyOf(entry);
      const known = counts.get(key);
      if (known) known.count++;
      else counts.set(key, entry);
    }
  }
  const entries = [...counts.values()].sort(
    (a, b) => compare(a.file, b.file) || compare(a.ruleId, b.ruleId) || compare(a.section, b.section) || compare(a.text, b.text),
  );
  // One entry per line keeps the file easy to review in a pull request.
  const lines = entries.map((e) =>
    JSON.stringify({ file: e.file, ruleId: e.ruleId, section: e.section, text: e.text, count: e.count }),
  );
  const findings = lines.length === 0 ? '[]' : `[\n    ${lines.join(',\n    ')}\n  ]`;
  return `{\n  "version": ${BASELINE_VERSION},\n  "findings": ${findings}\n}\n`;
}

/**
 * Leaves out findings the baseline already has. Each entry's count is used up in document order,
 * so with two identical entries and three such findings, the third is reported as new.
 * `name` is how the problem, if any, speaks of the baseline.
 */
export function filterByBaseline(
  reports: readonly FileReport[],
  baselineJson: string,
  paths: BaselinePaths = {},
  name = 'the baseline',
): BaselineFilter {
  const read = readBaseline(baselineJson, name);
  if (typeof read === 'string') return { reports: [...reports], matched: 0, unused: 0, problem: read };
  const remaining = new Map<string, number>();
  for (const entry of read) {
    const key = keyOf(entry);
    remaining.set(key, (remaining.get(key) ?? 0) + entry.count);
  }
  let matched = 0;
  const filtered = reports.map((report) => {
    const file = fileKey(report.file, paths);
    const diagnostics = report.diagnostics.filter((d) => {
      const key = keyOf(entryOf(file, d));
      const left = remaining.get(key) ?? 0;
      if (left === 0) return true;
      remaining.set(key, left - 1);
      matched++;
      return false;
    });
    return { ...report, diagnostics };
  });
  let unused = 0;
  for (const left of remaining.values()) unused += left;
  return { reports: filtered, matched, unused };
}

export interface BaselineRun {
  /** The reports to print: only new findings, or all of them when `problem` is set. */
  reports: FileReport[];
  /** Lines for stderr saying what the baseline did. */
  messages: string[];
  /** Set when the baseline could not be read or written: the run should fail (exit 2). */
  problem?: string;
}

/**
 * `--baseline FILE` for the command: when FILE does not exist, or `update` is set, writes the
 * current findings to it and reports none; otherwise reports only findings FILE does not have.
 * Paths in the file are relative to its folder.
 */
export function applyBaseline(reports: readonly FileReport[], options: { path: string; update: boolean; cwd: string }): BaselineRun {
  const file = resolve(options.cwd, options.path);
  const paths = { cwd: options.cwd, root: dirname(file) };
  const name = `baseline '${options.path}'`;
  let json: string | undefined;
  if (!options.update) {
    try {
      json = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        return { reports: [...reports], messages: [], problem: `cannot read ${name}: ${(error as Error).message}` };
      }
    }
  }
  if (json !== undefined) {
    const result = filterByBaseline(reports, json, paths, name);
    if (result.problem) return { reports: result.reports, messages: [], problem: result.problem };
    const messages: string[] = [];
    if (result.matched > 0) messages.push(`${plural(result.matched, 'finding')} in ${name} not shown`);
    if (result.unused > 0) {
      messages.push(`${plural(result.unused, 'finding')} in ${name} no longer found; run with --update-baseline to remove them`);
    }
    return { reports: result.reports, messages };
  }
  const written = writeBaseline(reports, paths);
  try {
    writeFileSync(file, written);
  } catch (error) {
    return { reports: [...reports], messages: [], problem: `cannot write ${name}: ${(error as Error).message}` };
  }
  const count = reports.reduce((n, r) => n + r.diagnostics.length, 0);
  return {
    reports: reports.map((r) => ({ ...r, diagnostics: [] })),
    messages: [`wrote ${name} with ${plural(count, 'finding')}; later runs report only new findings`],
  };
}

/** The entries of a baseline file, or a sentence saying what is wrong with it. */
function readBaseline(json: string, name: string): BaselineEntry[] | string {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return `${name} is not valid JSON (${(error as Error).message}); write it again with --update-baseline`;
  }
  if (!isObject(data)) return `${name} is not a baseline: expected an object with "version" and "findings"`;
  if (data.version !== BASELINE_VERSION) {
    return typeof data.version === 'number' && data.version > BASELINE_VERSION
      ? `${name} was written by a newer version of coproduction-lint (format ${data.version}); update coproduction-lint`
      : `${name} is not a baseline: expected "version": ${BASELINE_VERSION}`;
  }
  if (!Array.isArray(data.findings)) return `${name} is not a baseline: "findings" should be a list`;
  const entries: BaselineEntry[] = [];
  for (const [i, item] of data.findings.entries()) {
    const fault = entryFault(item);
    if (fault) return `${name} is not a baseline: finding ${i + 1} ${fault}`;
    entries.push(item as BaselineEntry);
  }
  return entries;
}

function entryFault(item: unknown): string | undefined {
  if (!isObject(item)) return 'is not an object';
  for (const field of ['file', 'ruleId', 'section', 'text'] as const) {
    if (typeof item[field] !== 'string') return `has no text "${field}"`;
  }
  const count = item.count;
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1) return 'has no "count" of 1 or more';
  return undefined;
}

function entryOf(file: string, d: Diagnostic): BaselineEntry {
  return { file, ruleId: d.ruleId, section: d.section ?? '', text: d.excerpt ?? '', count: 1 };
}

function keyOf(e: BaselineEntry): string {
  return JSON.stringify([e.file, e.ruleId, e.section, e.text]);
}

function fileKey(file: string, paths: BaselinePaths): string {
  const path = paths.cwd !== undefined && paths.root !== undefined ? relative(paths.root, resolve(paths.cwd, file)) : file;
  return path.split(sep).join('/').replace(/^(\.\/)+/, '');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Code-unit order, the same on every machine (localeCompare is not). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
