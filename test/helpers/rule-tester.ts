// Table tests for one rule, in the manner of ESLint's RuleTester: every case is a real draft
// fragment, every finding is checked for its exact range and message, and every fix is applied
// and the result checked again.

import assert from 'node:assert/strict';
import { applyEdits, lint, LineIndex, ruleSeverity, type DocumentKind, type Finding, type LintSettings, type Rule } from '../../server/src/engine';
import { docsUrl } from '../../server/src/checker';

export interface OkCase {
  text: string;
  kind?: DocumentKind;
  /** Settings for this case, e.g. rule options or a region-free check. */
  settings?: Partial<LintSettings>;
  name?: string;
}

export interface ExpectedFinding {
  /** The exact source text the finding covers; must occur once in the case (or give `occurrence`). */
  at: string;
  occurrence?: number;
  message: string;
}

export interface FlaggedCase extends OkCase {
  findings: ExpectedFinding[];
  /**
   * The text after applying the first fix of each finding, in order; checked again afterwards
   * and expected to have no findings of this rule (or `afterFix` findings).
   */
  output?: string;
  afterFix?: ExpectedFinding[];
  /** The fix titles offered for the first finding, in order. */
  fixTitles?: string[];
}

export interface RuleTable {
  kind?: DocumentKind;
  ok: OkCase[];
  flagged: FlaggedCase[];
}

export function findingsOf(rule: Rule, text: string, kind: DocumentKind, settings?: Partial<LintSettings>): Finding[] {
  const result = lint(text, { rules: [rule], docsUrl, kind, settings });
  assert.deepEqual(result.errors, [], `rule ${rule.id} threw`);
  return result.findings;
}

export function describeRule(rule: Rule, table: RuleTable): void {
  const defaultKind = table.kind ?? rule.appliesTo[0];
  describe(rule.id, () => {
    describe('not flagged', () => {
      for (const c of table.ok) {
        it(c.name ?? oneLine(c.text), () => {
          const findings = findingsOf(rule, c.text, c.kind ?? defaultKind, c.settings);
          assert.deepEqual(findings.map(show(c.text)), []);
        });
      }
    });
    describe('flagged', () => {
      for (const c of table.flagged) {
        it(c.name ?? oneLine(c.text), () => {
          const kind = c.kind ?? defaultKind;
          const findings = findingsOf(rule, c.text, kind, c.settings);
          assert.deepEqual(findings.map(show(c.text)), c.findings.map(expected(c.text)));
          for (const f of findings) {
            assert.equal(f.ruleId, rule.id);
            assert.equal(f.severity, rule.messageSeverity?.[f.messageId] ?? ruleSeverity(rule, kind), `severity of ${f.messageId}`);
            assert.equal(f.docsUrl, docsUrl(rule.id));
          }
          if (c.fixTitles) assert.deepEqual(findings[0].fixes.map((f) => f.title), c.fixTitles);
          if (c.output !== undefined) {
            const edits = findings.flatMap((f) => (f.fixes[0] ? f.fixes[0].edits : []));
            assert.ok(edits.length > 0, 'expected a fix');
            const fixed = applyEdits(c.text, edits);
            assert.equal(fixed, c.output);
            const again = findingsOf(rule, fixed, kind, c.settings);
            assert.deepEqual(again.map(show(fixed)), (c.afterFix ?? []).map(expected(fixed)));
          } else {
            for (const f of findings) assert.deepEqual(f.fixes, [], 'a fix was offered: give the expected output');
          }
        });
      }
    });
  });
}

interface Shown {
  at: string;
  start: { line: number; character: number };
  message: string;
}

function show(text: string) {
  const lines = new LineIndex(text);
  return (f: Finding): Shown => ({ at: text.slice(f.start, f.end), start: lines.position(f.start), message: f.message });
}

function expected(text: string) {
  const lines = new LineIndex(text);
  return (e: ExpectedFinding): Shown => {
    const start = nthIndexOf(text, e.at, e.occurrence);
    return { at: e.at, start: lines.position(start), message: e.message };
  };
}

function nthIndexOf(text: string, needle: string, occurrence?: number): number {
  let at = -1;
  const want = occurrence ?? 1;
  for (let n = 0; n < want; n++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`expected text not in case: ${JSON.stringify(needle)}`);
  }
  if (occurrence === undefined && text.indexOf(needle, at + 1) >= 0) {
    throw new Error(`expected text occurs more than once; give occurrence: ${JSON.stringify(needle)}`);
  }
  return at;
}

function oneLine(text: string): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > 90 ? `${s.slice(0, 87)}…` : s;
}
