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

export interface SuppressionOutcome {
  kept: Finding[];
  /** Comments that silenced nothing, though a rule they name (or any rule, with none named) ran. */
  unused: Suppression[];
  /** Rule ids named in comments that are not rules at all. */
  unknown: Array<{ suppression: Suppression; ruleId: string }>;
}

/**
 * Removes findings that the document's suppression comments cover, and says which comments
 * covered nothing. `active` holds the rules that ran on this document and `known` every rule id:
 * a comment naming only rules that are off for this kind is not called unused.
 */
export function applySuppressions(
  findings: Finding[],
  comments: HtmlComment[],
  lines: LineIndex,
  known?: ReadonlySet<string>,
  active?: ReadonlySet<string>,
): SuppressionOutcome {
  const suppressions = comments.map(parseSuppression).filter((s): s is Suppression => s !== undefined);
  if (suppressions.length === 0) return { kept: findings, unused: [], unknown: [] };

  const fileWide = new Map<string, Suppression>();
  let allFile: Suppression | undefined;
  const byLine = new Map<number, Suppression[]>();
  // Ranges opened by disable and closed by enable, per rule ('*' = all rules), as line spans.
  const ranges: Array<{ rule: string; from: number; to: number; by: Suppression }> = [];
  const open = new Map<string, { line: number; by: Suppression }>();
  const used = new Set<Suppression>();

  const sorted = [...suppressions].sort((a, b) => a.start - b.start);
  for (const s of sorted) {
    const line = lines.position(s.start).line;
    const endLine = lines.position(s.end).line;
    const rules = s.rules.length ? s.rules : ['*'];
    switch (s.kind) {
      case 'disable-file':
        if (s.rules.length === 0) allFile ??= s;
        for (const r of s.rules) if (!fileWide.has(r)) fileWide.set(r, s);
        break;
      case 'disable-next-line':
        pushLine(byLine, endLine + 1, s);
        break;
      case 'disable-line':
        pushLine(byLine, line, s);
        break;
      case 'disable':
        for (const r of rules) if (!open.has(r)) open.set(r, { line, by: s });
        break;
      case 'enable':
        for (const r of rules) {
          if (r === '*') {
            for (const [rule, o] of open) ranges.push({ rule, from: o.line, to: line, by: o.by });
            open.clear();
          } else if (open.has(r)) {
            const o = open.get(r)!;
            ranges.push({ rule: r, from: o.line, to: line, by: o.by });
            open.delete(r);
          }
        }
        break;
    }
  }
  for (const [rule, o] of open) ranges.push({ rule, from: o.line, to: Number.MAX_SAFE_INTEGER, by: o.by });

  const kept = findings.filter((f) => {
    const whole = allFile ?? fileWide.get(f.ruleId);
    if (whole) {
      used.add(whole);
      return false;
    }
    const first = lines.position(f.start).line;
    const last = lines.position(Math.max(f.start, f.end - 1)).line;
    // A line comment covers a finding that touches its line (a sentence may wrap over several).
    for (let line = first; line <= last; line++) {
      const covering = byLine.get(line)?.find((s) => s.rules.length === 0 || s.rules.includes(f.ruleId));
      if (covering) {
        used.add(covering);
        return false;
      }
    }
    const range = ranges.find((r) => (r.rule === '*' || r.rule === f.ruleId) && first >= r.from && first <= r.to);
    if (range) {
      used.add(range.by);
      return false;
    }
    return true;
  });

  const unknown = known
    ? sorted.flatMap((s) => s.rules.filter((r) => !known.has(r)).map((ruleId) => ({ suppression: s, ruleId })))
    : [];
  const unused = active
    ? sorted.filter(
        (s) => s.kind !== 'enable' && !used.has(s) && (s.rules.length === 0 ? active.size > 0 : s.rules.some((r) => active.has(r))),
      )
    : [];
  return { kept, unused, unknown };
}

function pushLine(map: Map<number, Suppression[]>, line: number, s: Suppression): void {
  const list = map.get(line);
  if (list) list.push(s);
  else map.set(line, [s]);
}

/** The comment text the editor inserts for "Ignore for this line" / "Ignore in this file". */
export function suppressionComment(kind: 'disable-line' | 'disable-file', ruleId: string, reason?: string): string {
  // One line, and nothing that would end the comment early.
  const clean = reason?.replace(/\s+/g, ' ').replace(/--+>?/g, '-').trim();
  const why = clean ? ` -- ${clean}` : '';
  return `<!-- ${SUPPRESSION_PREFIX}-${kind} ${ruleId}${why} -->`;
}
