// Suppression comments, in the style of markdownlint:
//   Do you agree…? <!-- coproduction-lint-disable-line leading-question -- the scale below is balanced -->
//   <!-- coproduction-lint-disable-next-line leading-question -->
//   <!-- coproduction-lint-disable-file stakeholders-missing -->
//   <!-- coproduction-lint-disable loaded-question --> … <!-- coproduction-lint-enable loaded-question -->
// With no rule ids, a comment covers every rule. Anything after " -- " is the author's reason.

import type { LineIndex } from './offsets';
import type { Finding, HtmlComment } from './types';

export const SUPPRESSION_PREFIX = 'coproduction-lint';

export type SuppressionKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';

export interface Suppression {
  kind: SuppressionKind;
  /** Empty means every rule. */
  rules: string[];
  reason?: string;
  start: number;
  end: number;
}

const DIRECTIVE = /^\s*coproduction-lint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)([\s\S]*)$/;

export function parseSuppression(comment: HtmlComment): Suppression | undefined {
  const m = DIRECTIVE.exec(comment.body);
  if (!m) return undefined;
  const [ruleText, ...reasonParts] = m[2].split(/\s--(?:\s|$)/);
  const rules = ruleText
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter(Boolean);
  const reason = reasonParts.join(' -- ').trim();
  return { kind: m[1] as SuppressionKind, rules, reason: reason || undefined, start: comment.start, end: comment.end };
}

/** Removes findings that the document's suppression comments cover. */
export function applySuppressions(findings: Finding[], comments: HtmlComment[], lines: LineIndex): Finding[] {
  const suppressions = comments.map(parseSuppression).filter((s): s is Suppression => s !== undefined);
  if (suppressions.length === 0) return findings;

  const fileWide = new Set<string>();
  let allFile = false;
  const byLine = new Map<number, Suppression[]>();
  // Ranges opened by disable and closed by enable, per rule ('*' = all rules), as line spans.
  const ranges: Array<{ rule: string; from: number; to: number }> = [];
  const open = new Map<string, number>();

  const sorted = [...suppressions].sort((a, b) => a.start - b.start);
  for (const s of sorted) {
    const line = lines.position(s.start).line;
    const endLine = lines.position(s.end).line;
    const rules = s.rules.length ? s.rules : ['*'];
    switch (s.kind) {
      case 'disable-file':
        if (s.rules.length === 0) allFile = true;
        for (const r of s.rules) fileWide.add(r);
        break;
      case 'disable-next-line':
        pushLine(byLine, endLine + 1, s);
        break;
      case 'disable-line':
        pushLine(byLine, line, s);
        break;
      case 'disable':
        for (const r of rules) if (!open.has(r)) open.set(r, line);
        break;
      case 'enable':
        for (const r of rules) {
          if (r === '*') {
            for (const [rule, from] of open) ranges.push({ rule, from, to: line });
            open.clear();
          } else if (open.has(r)) {
            ranges.push({ rule: r, from: open.get(r)!, to: line });
            open.delete(r);
          }
        }
        break;
    }
  }
  for (const [rule, from] of open) ranges.push({ rule, from, to: Number.MAX_SAFE_INTEGER });

  return findings.filter((f) => {
    if (allFile || fileWide.has(f.ruleId)) return false;
    const first = lines.position(f.start).line;
    const last = lines.position(Math.max(f.start, f.end - 1)).line;
    // A line comment covers a finding that touches its line (a sentence may wrap over several).
    for (let line = first; line <= last; line++) {
      const onLine = byLine.get(line);
      if (onLine?.some((s) => s.rules.length === 0 || s.rules.includes(f.ruleId))) return false;
    }
    return !ranges.some((r) => (r.rule === '*' || r.rule === f.ruleId) && first >= r.from && first <= r.to);
  });
}

function pushLine(map: Map<number, Suppression[]>, line: number, s: Suppression): void {
  const list = map.get(line);
  if (list) list.push(s);
  else map.set(line, [s]);
}

/** The comment text the editor inserts for "Ignore for this line" / "Ignore in this file". */
export function suppressionComment(kind: 'disable-line' | 'disable-file', ruleId: string, reason?: string): string {
  const why = reason?.trim() ? ` -- ${reason.trim().replace(/--+>?/g, '-')}` : '';
  return `<!-- ${SUPPRESSION_PREFIX}-${kind} ${ruleId}${why} -->`;
}
