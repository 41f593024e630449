// Measures the question rules on the labelled development questions and counts findings on
// real service-design prose, when ../shared is beside the project. Run: npm run quality
//
// Each labelled question is checked alone, as a survey. Agree/disagree statements with no
// question mark are given a "Q1." label, since on their own they would not read as questions.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { check } from '../../server/src/checker';

const SHARED = resolve(process.env.SHARED ?? '../shared');
const QUESTION_RULES = new Set(['leading-question', 'loaded-question', 'double-barrelled-question']);

function questionFindings(text: string, kind: 'survey' | 'policy') {
  return check(text, { kind }).findings.filter((f) => QUESTION_RULES.has(f.ruleId));
}

const tsv = resolve(SHARED, 'data/questions-dev.tsv');
if (!existsSync(tsv)) {
  console.log(`${tsv} is not here, so there is nothing to measure.`);
  process.exit(0);
}

const rows = readFileSync(tsv, 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t'));
const byLabel = new Map<string, { total: number; flagged: number; byRule: Record<string, number> }>();
const misses: string[] = [];
for (const [question, label, reason] of rows) {
  if (/borderline/i.test(reason)) continue;
  const text = question.includes('?') ? `${question}\n` : `Q1. ${question}\n`;
  const findings = questionFindings(text, 'survey');
  const stats = byLabel.get(label) ?? { total: 0, flagged: 0, byRule: {} };
  byLabel.set(label, stats);
  stats.total++;
  if (findings.length) stats.flagged++;
  for (const id of new Set(findings.map((f) => f.ruleId))) stats.byRule[id] = (stats.byRule[id] ?? 0) + 1;
  const biased = !label.startsWith('neutral');
  if (biased !== findings.length > 0) misses.push(`${biased ? 'missed     ' : 'false alarm'} ${label.padEnd(16)} ${question}`);
}

console.log('Development questions (borderline items skipped):');
let biased = 0, biasedFlagged = 0, neutral = 0, neutralFlagged = 0;
for (const [label, s] of [...byLabel].sort()) {
  const rules = Object.entries(s.byRule).map(([id, n]) => `${id} ${n}`).join(', ');
  console.log(`  ${label.padEnd(17)} ${String(s.flagged).padStart(3)} of ${String(s.total).padStart(3)} flagged${rules ? `  (${rules})` : ''}`);
  if (label.startsWith('neutral')) { neutral += s.total; neutralFlagged += s.flagged; }
  else { biased += s.total; biasedFlagged += s.flagged; }
}
console.log(`  biased flagged: ${biasedFlagged}/${biased} = ${(biasedFlagged / biased).toFixed(3)}`);
console.log(`  neutral flagged (false alarms): ${neutralFlagged}/${neutral} = ${(neutralFlagged / neutral).toFixed(3)}`);
if (misses.length) console.log(`\n${misses.join('\n')}`);

const corpus = resolve(SHARED, 'corpus/tier-1m.md');
if (existsSync(corpus)) {
  const findings = questionFindings(readFileSync(corpus, 'utf8'), 'policy');
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
  console.log(`\nQuestion findings on ${corpus} (real service-design prose, checked as a policy): ${JSON.stringify(counts)}`);
}
