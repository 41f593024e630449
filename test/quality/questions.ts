// Measures the three question-bias rules (leading-question, loaded-question,
// double-barrelled-question) on the labelled development questions in
// ../shared/data/questions-dev.tsv, and counts their findings on real service-design prose when
// ../shared/corpus/tier-1m.md is there. Run: npm run eval:questions
//
// Each labelled question is checked alone, as a one-question survey draft, with the real engine.
// Agree/disagree statements with no question mark are given a "Q1." label, since on their own
// they would not read as questions. Items whose reason says "borderline" are not scored.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { check } from '../../server/src/checker';

const SHARED = resolve(process.env.SHARED ?? '../shared');
const RULES = ['leading-question', 'loaded-question', 'double-barrelled-question'] as const;
const SHORT: Record<string, string> = { 'leading-question': 'leading', 'loaded-question': 'loaded', 'double-barrelled-question': 'double-barrelled' };
const LABELS = ['leading', 'loaded', 'double-barrelled', 'neutral-open', 'neutral-closed'];
const COLUMNS = ['none', 'leading', 'loaded', 'double-barrelled', 'several'];

interface Finding {
  ruleId: string;
  message: string;
}

function questionFindings(text: string, kind: 'survey' | 'policy'): Finding[] {
  return check(text, { kind }).findings.filter((f) => (RULES as readonly string[]).includes(f.ruleId));
}

function draftFor(question: string): string {
  return question.includes('?') ? `${question}\n` : `Q1. ${question}\n`;
}

function ratio(n: number, d: number): string {
  return d === 0 ? 'n/a' : (n / d).toFixed(3);
}

const tsv = resolve(SHARED, 'data/questions-dev.tsv');
if (!existsSync(tsv)) {
  console.log(`${tsv} is not here, so there is nothing to measure.`);
  process.exit(0);
}

const rows = readFileSync(tsv, 'utf8')
  .split(/\r?\n/)
  .slice(1)
  .filter((line) => line.trim())
  .map((line) => line.split('\t'));

const table = new Map<string, Record<string, number>>();
for (const label of LABELS) table.set(label, Object.fromEntries(COLUMNS.map((c) => [c, 0])));
let skipped = 0;
// Biased = leading or loaded, predicted when leading-question or loaded-question fires.
const biased = { tp: 0, fp: 0, fn: 0 };
const double = { tp: 0, fp: 0, fn: 0 };
let neutral = 0;
let neutralFlagged = 0;
const misses: string[] = [];
const falseAlarms: string[] = [];

for (const [question, label, reason = ''] of rows) {
  if (!question || !label) continue;
  if (/borderline/i.test(reason)) {
    skipped++;
    continue;
  }
  const findings = questionFindings(draftFor(question), 'survey');
  const fired = new Set(findings.map((f) => SHORT[f.ruleId]));
  const column = fired.size === 0 ? 'none' : fired.size > 1 ? 'several' : [...fired][0];
  const row = table.get(label) ?? Object.fromEntries(COLUMNS.map((c) => [c, 0]));
  table.set(label, row);
  row[column]++;

  const isBiased = label === 'leading' || label === 'loaded';
  const saysBiased = fired.has('leading') || fired.has('loaded');
  const isDouble = label === 'double-barrelled';
  const saysDouble = fired.has('double-barrelled');
  if (isBiased && saysBiased) biased.tp++;
  if (!isBiased && saysBiased) biased.fp++;
  if (isBiased && !saysBiased) biased.fn++;
  if (isDouble && saysDouble) double.tp++;
  if (!isDouble && saysDouble) double.fp++;
  if (isDouble && !saysDouble) double.fn++;
  const isNeutral = label.startsWith('neutral');
  if (isNeutral) {
    neutral++;
    if (fired.size) neutralFlagged++;
  }

  const said = findings.map((f) => `      ${f.ruleId}: ${f.message}`).join('\n');
  if ((isBiased && !saysBiased) || (isDouble && !saysDouble)) {
    misses.push(`  [${label}] ${question}${said ? `\n    (fired instead)\n${said}` : ''}`);
  }
  if ((saysBiased && !isBiased) || (saysDouble && !isDouble)) {
    falseAlarms.push(`  [${label}] ${question}\n${said}`);
  }
}

const scored = [...table.values()].reduce((n, r) => n + COLUMNS.reduce((m, c) => m + r[c], 0), 0);
console.log(`Development questions: ${scored} scored, ${skipped} borderline skipped.`);
console.log('');
console.log('Confusion table (rows: label; columns: which of the three rules fired):');
const w = 18;
console.log(`  ${'label'.padEnd(w)}${COLUMNS.map((c) => c.padStart(17)).join('')}${'total'.padStart(8)}`);
for (const [label, row] of table) {
  const total = COLUMNS.reduce((n, c) => n + row[c], 0);
  if (!total && !LABELS.includes(label)) continue;
  console.log(`  ${label.padEnd(w)}${COLUMNS.map((c) => String(row[c]).padStart(17)).join('')}${String(total).padStart(8)}`);
}
console.log('');
console.log(
  `Biased (leading or loaded; predicted by leading-question or loaded-question): precision ${ratio(biased.tp, biased.tp + biased.fp)} (${biased.tp}/${biased.tp + biased.fp}), recall ${ratio(biased.tp, biased.tp + biased.fn)} (${biased.tp}/${biased.tp + biased.fn})`,
);
console.log(
  `Double-barrelled (predicted by double-barrelled-question): precision ${ratio(double.tp, double.tp + double.fp)} (${double.tp}/${double.tp + double.fp}), recall ${ratio(double.tp, double.tp + double.fn)} (${double.tp}/${double.tp + double.fn})`,
);
console.log(`Neutral questions flagged by any of the three rules: ${ratio(neutralFlagged, neutral)} (${neutralFlagged}/${neutral})`);
console.log('');
console.log(`Misses (${misses.length}):`);
console.log(misses.length ? misses.join('\n') : '  none');
console.log('');
console.log(`False alarms (${falseAlarms.length}):`);
console.log(falseAlarms.length ? falseAlarms.join('\n') : '  none');

const corpus = resolve(SHARED, 'corpus/tier-1m.md');
if (existsSync(corpus)) {
  const findings = questionFindings(readFileSync(corpus, 'utf8'), 'policy');
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
  console.log(`\nQuestion findings on ${corpus} (real service-design prose, checked as a policy): ${JSON.stringify(counts)}`);
}
