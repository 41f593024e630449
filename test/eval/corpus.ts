// `npm run eval:corpus`: runs every question and language rule over well-written public
// service-design prose (../shared/corpus/files/, from GOV.UK, NHS, 18F and USDS manuals), checked as
// policy drafts, and prints findings per 1,000 words for each rule, split by severity. Almost
// nothing should fire there: the aim is at most 0.5 warnings per 1,000 words in total. Every
// warning is printed with its place so a person can judge each one.
//
//   node out/eval/corpus.js                 summary and every warning
//   node out/eval/corpus.js --all           also every information and hint finding
//   node out/eval/corpus.js --rule words-to-avoid   every finding of one rule

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { allRules, docsUrl } from '../../server/src/checker';
import { lint, LineIndex, SEVERITIES, type Finding, type Rule, type Severity } from '../../server/src/engine';
import { countWords } from '../../server/src/rules/long-sentence';

/** The question and language rules, in the order they are reported. */
const RULE_IDS = [
  'leading-question',
  'loaded-question',
  'double-barrelled-question',
  'unbalanced-options',
  'closed-questions-only',
  'catch-all-question-missing',
  'double-negative',
  'absolute-term',
  'hypothetical-question',
  'long-question',
  'words-to-avoid',
  'undefined-acronym',
  'long-sentence',
  'hard-to-reach',
  'hedged-commitment',
];
const WARNING_LEVEL: ReadonlySet<Severity> = new Set(['error', 'warning']);

const root = resolve(__dirname, '../../../shared/corpus/files');
const args = process.argv.slice(2);
const showAll = args.includes('--all');
const onlyRule = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined;

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (/\.(?:md|markdown|mdx|txt)$/i.test(name)) out.push(path);
  }
  return out;
}

function main(): void {
  if (!existsSync(root)) {
    console.log(`Skipped: ${root} is not there (the corpus is kept outside this repository).`);
    return;
  }
  const rules: Rule[] = [];
  const missing: string[] = [];
  for (const id of RULE_IDS) {
    const rule = allRules.find((r) => r.id === id);
    if (rule) rules.push(rule);
    else missing.push(id);
  }
  const files = filesUnder(root);
  let words = 0;
  const counts = new Map<string, Record<Severity, number>>();
  for (const rule of rules) counts.set(rule.id, { error: 0, warning: 0, information: 0, hint: 0 });
  const shown: string[] = [];
  const started = Date.now();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    words += countWords(text);
    const result = lint(text, { rules, docsUrl, kind: 'policy' });
    if (result.errors.length) console.log(`${relative(root, file)}: ${result.errors.map((e) => String(e)).join('; ')}`);
    const lines = new LineIndex(text);
    for (const f of result.findings as Finding[]) {
      const c = counts.get(f.ruleId);
      if (!c) continue; // document-level rules outside this evaluation
      c[f.severity]++;
      if (WARNING_LEVEL.has(f.severity) || showAll || onlyRule === f.ruleId) {
        const line = lines.position(f.start).line + 1;
        let at = text.slice(f.start, f.end).replace(/\s+/g, ' ');
        if (at.length > 160) at = `${at.slice(0, 157)}…`;
        // A short finding (a word or phrase) is shown in its context: «word».
        if (f.end - f.start < 40) {
          const from = Math.max(0, f.start - 70);
          const to = Math.min(text.length, f.end + 70);
          at = `${text.slice(from, f.start)}«${text.slice(f.start, f.end)}»${text.slice(f.end, to)}`.replace(/\s+/g, ' ');
        }
        shown.push(`${relative(root, file)}:${line}  ${f.severity}  ${f.ruleId}  ${at}\n    ${f.message}`);
      }
    }
  }
  const seconds = (Date.now() - started) / 1000;

  console.log(`Corpus: ${files.length} files, ${words.toLocaleString('en-GB')} words, checked as policy drafts in ${seconds.toFixed(1)} s.`);
  if (missing.length) console.log(`Not yet in the rule set (skipped): ${missing.join(', ')}`);
  console.log('');
  const per1000 = (n: number) => ((n * 1000) / Math.max(1, words)).toFixed(3);
  const header = ['rule', ...SEVERITIES, 'per 1,000 words'];
  const rows: string[][] = [];
  let warnings = 0;
  let all = 0;
  for (const rule of rules) {
    const c = counts.get(rule.id)!;
    const total = SEVERITIES.reduce((sum, s) => sum + c[s], 0);
    warnings += c.error + c.warning;
    all += total;
    rows.push([rule.id, ...SEVERITIES.map((s) => (c[s] ? `${c[s]} (${per1000(c[s])})` : '0')), per1000(total)]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const format = (r: string[]) => r.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(format(r));
  console.log('');
  console.log(`Warnings (error or warning) per 1,000 words: ${per1000(warnings)} (${warnings} in all; aim ≤ 0.5)`);
  console.log(`All findings per 1,000 words: ${per1000(all)} (${all} in all)`);
  if (shown.length) {
    console.log(`\n${showAll || onlyRule ? 'Findings' : 'Every warning'}:`);
    for (const s of shown) console.log(s);
  }
}

main();
