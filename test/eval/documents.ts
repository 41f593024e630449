// `npm run eval:documents`: checks the real council engagement documents in
// ../shared/data/excerpts/ and compares what fired with what each document's own table says it has
// or lacks. The expectations below are our reading of those tables (rule codes mapped to our ids);
// rules that do not check the document's kind are shown as n/a and not scored.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { allRules, check } from '../../server/src/checker';
import { ruleSeverity, type DocumentKind, type Finding, type Region } from '../../server/src/engine';

// participant-recognition-missing: the excerpt tables propose an information note even where no
// ongoing role is described; the issue defines the rule for drafts that describe ongoing roles
// (panels, boards, lived-experience members), so those rows are scored as 'passes' here.

/** fires: a finding at information or above. passes: nothing above a hint. partly: any finding (a half-done message or a hint). */
type Expectation = 'fires' | 'passes' | 'partly';

interface Excerpt {
  file: string;
  kind: DocumentKind;
  region?: Region;
  expect: Record<string, Expectation>;
}

const EXCERPTS: Excerpt[] = [
  {
    file: '01_carmarthenshire_involvement_strategy_2025-27.md',
    kind: 'strategy',
    region: 'wales',
    expect: {
      'purpose-missing': 'passes',
      'seldom-heard-groups-missing': 'passes',
      'feedback-loop-missing': 'fires',
      'evaluation-missing': 'partly',
      'partners-missing': 'passes',
      'welsh-language-effects-missing': 'partly',
      'participation-level-undeclared': 'fires',
      'power-sharing-missing': 'fires',
      'participant-recognition-missing': 'passes',
      'accessibility-missing': 'fires',
      'contact-missing': 'fires',
      'placeholder-left': 'passes',
    },
  },
  {
    file: '02_uttlesford_consultation_charter.md',
    kind: 'policy',
    expect: {
      'purpose-missing': 'passes',
      'decision-process-missing': 'partly',
      'accessibility-missing': 'partly',
      'seldom-heard-groups-missing': 'fires',
      'feedback-loop-missing': 'fires',
      'evaluation-missing': 'partly',
      'participation-level-undeclared': 'fires',
      'power-sharing-missing': 'passes',
      'participant-recognition-missing': 'passes',
      'contact-missing': 'fires',
      'placeholder-left': 'passes',
    },
  },
  {
    file: '03_york_consultation_checklist_2023.md',
    kind: 'consultation',
    expect: {
      'response-period-missing': 'fires',
      'placeholder-left': 'fires',
      'purpose-missing': 'passes',
      'decision-already-made': 'passes',
      'participation-level-undeclared': 'passes',
      'equality-impact-missing': 'passes',
      'stakeholders-missing': 'passes',
      'seldom-heard-groups-missing': 'partly',
      'accessibility-missing': 'partly',
      'feedback-loop-missing': 'fires',
      'decision-process-missing': 'fires',
      'power-sharing-missing': 'passes',
      'participant-recognition-missing': 'fires',
      'evaluation-missing': 'fires',
    },
  },
  {
    file: '04_hounslow_engagement_principles_and_consultation_charter.md',
    kind: 'policy',
    expect: {
      'purpose-missing': 'passes',
      'participation-level-undeclared': 'passes',
      'decision-already-made': 'passes',
      'stakeholders-missing': 'passes',
      'seldom-heard-groups-missing': 'passes',
      'contact-missing': 'passes',
      'decision-process-missing': 'passes',
      'feedback-loop-missing': 'fires',
      'equality-impact-missing': 'passes',
      'accessibility-missing': 'partly',
      'participant-recognition-missing': 'passes',
      'power-sharing-missing': 'passes',
      'evaluation-missing': 'partly',
      'placeholder-left': 'passes',
    },
  },
  {
    file: '05_walsall_together_get_involved.md',
    kind: 'engagement-plan',
    expect: {
      'power-sharing-missing': 'fires',
      'lived-experience-missing': 'passes',
      'offline-channels-missing': 'passes',
      'accessibility-missing': 'fires',
      'participant-recognition-missing': 'partly',
      'feedback-loop-missing': 'fires',
      'evaluation-missing': 'partly',
      'seldom-heard-groups-missing': 'fires',
      'contact-missing': 'fires',
      'participation-level-undeclared': 'fires',
      'placeholder-left': 'passes',
    },
  },
  {
    file: '06_sutton_we_asked_you_said_we_did.md',
    kind: 'feedback-report',
    expect: {
      'feedback-loop-missing': 'passes',
      'offline-channels-missing': 'passes',
      'response-period-missing': 'passes',
      'seldom-heard-groups-missing': 'fires',
      'equality-impact-missing': 'fires',
      'participation-level-undeclared': 'fires',
      'power-sharing-missing': 'passes',
      'placeholder-left': 'passes',
    },
  },
];

/** Drops the research notes around the document: the source line, the provenance bullets and the elements table. */
export function documentText(raw: string): string {
  const lines = raw.split(/\r?\n/);
  const tableAt = lines.findIndex((l) => /^##\s.*present or missing/i.test(l));
  const body = tableAt >= 0 ? lines.slice(0, tableAt) : lines;
  return body
    .filter((l, i) => !(i === 0 && /^https?:\/\//.test(l)))
    .filter((l) => !/^- (Publisher|Other pages|How faithful|Related document|Context from|Source for|Second page|Only sections)\b/.test(l))
    .join('\n');
}

function outcome(findings: Finding[]): 'fires' | 'hint' | 'quiet' {
  if (findings.some((f) => f.severity !== 'hint')) return 'fires';
  return findings.length > 0 ? 'hint' : 'quiet';
}

function agrees(expectation: Expectation, got: 'fires' | 'hint' | 'quiet'): boolean {
  if (expectation === 'fires') return got === 'fires';
  if (expectation === 'passes') return got !== 'fires';
  return got !== 'quiet';
}

function main(): void {
  const dir = resolve(process.argv[2] ?? '../shared/data/excerpts');
  if (!existsSync(dir)) {
    console.log(`eval:documents skipped: ${dir} is not here (it comes with ../shared).`);
    return;
  }
  const present = new Set(readdirSync(dir));
  let scored = 0;
  let agreed = 0;
  for (const excerpt of EXCERPTS) {
    if (!present.has(excerpt.file)) {
      console.log(`\n${excerpt.file}: missing, skipped`);
      continue;
    }
    const raw = readFileSync(join(dir, excerpt.file), 'utf8');
    let text = documentText(raw);
    if (excerpt.region) text = `---\nregion: ${excerpt.region}\n---\n${text}`;
    const result = check(text, { kind: excerpt.kind });
    console.log(`\n${excerpt.file} (checked as ${excerpt.kind}${excerpt.region ? `, region ${excerpt.region}` : ''})`);
    const rows: string[][] = [['rule', 'table says', 'we found', 'agree']];
    for (const [ruleId, expectation] of Object.entries(excerpt.expect)) {
      const rule = allRules.find((r) => r.id === ruleId);
      if (!rule) throw new Error(`unknown rule ${ruleId}`);
      if (ruleSeverity(rule, excerpt.kind) === 'off') {
        rows.push([ruleId, expectation, `n/a (does not check ${excerpt.kind})`, '']);
        continue;
      }
      const findings = result.findings.filter((f) => f.ruleId === ruleId);
      const got = outcome(findings);
      const ok = agrees(expectation, got);
      scored++;
      if (ok) agreed++;
      const detail = findings.length ? `${got}: ${[...new Set(findings.map((f) => `${f.messageId}/${f.severity}`))].join(', ')}` : got;
      rows.push([ruleId, expectation, detail, ok ? 'yes' : 'NO']);
    }
    const others = [...new Set(result.findings.filter((f) => !(f.ruleId in excerpt.expect)).map((f) => `${f.ruleId} (${f.messageId})`))];
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    for (const row of rows) console.log(`  ${row.map((cell, c) => cell.padEnd(widths[c])).join('  ')}`.trimEnd());
    if (others.length) console.log(`  also fired (not in the table): ${others.join(', ')}`);
  }
  const pct = scored ? ((100 * agreed) / scored).toFixed(0) : '0';
  console.log(`\nAgreement with the documents' own tables: ${agreed} of ${scored} scored rule verdicts (${pct}%).`);
}

main();
