// Shared pieces of the robustness suite (test/unit/robustness): where the repository is, fixed or
// random seeds for fast-check, the invariants every check result must keep, and an independent
// offset → LSP position conversion.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import type { Finding, LintResult, Notice, TextEdit } from '../../server/src/engine';

/** The repository root: the nearest folder above this bundle whose package.json is ours. */
export const ROOT = findRoot(__dirname);

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'coproduction-lint') return dir;
    if (dirname(dir) === dir) throw new Error(`no coproduction-lint package.json above ${from}`);
  }
}

/**
 * Loads a dev dependency from node_modules at run time instead of bundling it: typescript, esbuild
 * and recheck find their own files (workers, native binaries) relative to where they are installed.
 */
export const devRequire = createRequire(join(ROOT, 'package.json'));

// ---- seeds ------------------------------------------------------------------------------------

/**
 * Property tests use a fixed seed so a run is repeatable. ROBUSTNESS_SEED=<n> replays a seed (from
 * a failure message); ROBUSTNESS_SEED=random draws a new one. ROBUSTNESS_RUNS=<factor> multiplies
 * the number of runs (e.g. 10 for a long soak).
 */
export function seed(): number {
  chosenSeed ??= readSeed();
  return chosenSeed;
}

let chosenSeed: number | undefined;

function readSeed(): number {
  const raw = process.env.ROBUSTNESS_SEED;
  if (raw === undefined || raw === '') return 20260401;
  if (raw === 'random') return (Math.random() * 0x7fffffff) | 0;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new Error(`ROBUSTNESS_SEED must be an integer or "random", not '${raw}'`);
  return n;
}

/** A mocha timeout that leaves room for a property's whole time budget (scaled by ROBUSTNESS_RUNS). */
export function propertyTimeout(budgetMs: number): number {
  return budgetMs * runs(1) + 30000;
}

export function runs(base: number): number {
  const factor = Number(process.env.ROBUSTNESS_RUNS ?? '1');
  return Math.max(1, Math.round(base * (Number.isFinite(factor) && factor > 0 ? factor : 1)));
}

/** Runs a property with the suite's seed; a failure names the seed and how to replay it. */
export async function checkProperty(
  name: string,
  property: fc.IProperty<any> | fc.IAsyncProperty<any>,
  numRuns: number,
  timeLimitMs = 20000,
): Promise<void> {
  const s = seed();
  // The time limit bounds the runs and the shrinking together; a failure found before it is still reported.
  const details = await fc.check(property as fc.IAsyncProperty<any>, { seed: s, numRuns: runs(numRuns), interruptAfterTimeLimit: timeLimitMs * runs(1) });
  if (!details.failed) {
    if (details.interrupted) console.log(`    (${name}: stopped after ${details.numRuns} run(s), the ${timeLimitMs} ms budget)`);
    return;
  }
  const replay = `ROBUSTNESS_SEED=${s}`;
  const message = [
    `${name}: property failed after ${details.numRuns} run(s), ${details.numShrinks} shrink(s); seed ${s}, path "${details.counterexamplePath}".`,
    `Replay: ${replay} npx mocha <this test file>`,
    `Counterexample: ${truncate(fc.stringify(details.counterexample), 4000)}`,
    `Error: ${details.errorInstance instanceof Error ? details.errorInstance.stack ?? details.errorInstance.message : String(details.errorInstance)}`,
  ].join('\n');
  console.error(`\n[robustness] ${name} failed with seed ${s}`);
  throw new Error(message);
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

// ---- invariants ----------------------------------------------------------------------------------

/** Every range a result gives is inside the text, with start ≤ end; fixes' edits do not overlap. */
export function assertResultInvariants(text: string, result: LintResult, what: string): void {
  assert.deepEqual(
    result.errors.map((e) => `${e.ruleId}: ${e.error.stack ?? e.error.message}`),
    [],
    `${what}: a rule threw`,
  );
  const inside = (r: { start: number; end: number }, label: string) => {
    assert.ok(
      Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.start <= r.end && r.end <= text.length,
      `${what}: ${label} range [${r.start}, ${r.end}) is not inside the text (length ${text.length})`,
    );
  };
  for (const n of result.notices) inside(n, `notice '${n.message.slice(0, 60)}'`);
  for (const f of result.findings) {
    inside(f, `${f.ruleId} finding`);
    assert.ok(f.message.length > 0, `${what}: ${f.ruleId} has an empty message`);
    for (const fix of f.fixes) assertEditsValid(text, fix.edits, `${what}: ${f.ruleId} fix '${fix.title}'`);
  }
  if (result.kind === null) assert.deepEqual(result.findings, [], `${what}: a file that is not a draft has findings`);
}

export function assertEditsValid(text: string, edits: readonly TextEdit[], what: string): void {
  for (const e of edits) {
    assert.ok(
      Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start <= e.end && e.end <= text.length,
      `${what}: edit [${e.start}, ${e.end}) is not inside the text (length ${text.length})`,
    );
    assert.equal(typeof e.newText, 'string', `${what}: edit without newText`);
  }
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    assert.ok(sorted[i - 1].end <= sorted[i].start, `${what}: edits [${sorted[i - 1].start}, ${sorted[i - 1].end}) and [${sorted[i].start}, ${sorted[i].end}) overlap`);
  }
}

/** Applies edits that refer to the original text, independently of the engine's applyEdits. */
export function applyOffsetEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/** What incremental and full checks must agree on. */
export function comparable(result: LintResult): { kind: LintResult['kind']; findings: Finding[]; notices: Notice[] } {
  return { kind: result.kind, findings: result.findings, notices: result.notices };
}

// ---- LSP positions -------------------------------------------------------------------------------

export interface Position {
  line: number;
  character: number;
}

/** Line starts for LF, CRLF and lone CR, as LSP counts lines. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Offset → position; an offset inside a line break maps to the end of that line's content. */
export function lspPosition(text: string, offset: number, starts = lineStarts(text)): Position {
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  let character = offset - starts[line];
  const contentEnd = lineContentEnd(text, starts, line);
  if (starts[line] + character > contentEnd) character = contentEnd - starts[line];
  return { line, character };
}

export function lineContentEnd(text: string, starts: number[], line: number): number {
  let end = line + 1 < starts.length ? starts[line + 1] : text.length;
  if (end > starts[line] && text.charCodeAt(end - 1) === 10) end--;
  if (end > starts[line] && text.charCodeAt(end - 1) === 13) end--;
  return end;
}

/** Moves an offset that falls between the CR and LF of a CRLF pair to before the CR. */
export function snapOffset(text: string, offset: number): number {
  const o = Math.max(0, Math.min(offset, text.length));
  return o > 0 && text.charCodeAt(o - 1) === 13 && text.charCodeAt(o) === 10 ? o - 1 : o;
}
