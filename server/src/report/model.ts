// The co-production report: for each principle, whether the draft meets it, judged from which
// rules fired and with which message; where the draft sits on the participation ladder; and
// counts. Built from a CheckResult alone, so the CLI, the language server and the tests share it.
// The renderers (markdown.ts, html.ts) only lay this model out.

import { ruleSeverity, type DocumentKind, type LintSettings, type Region, type Severity } from '../engine';
import { allRules, type CheckResult } from '../checker';
import { PARTICIPATION_LEVELS, type ParticipationLevel } from '../rules/participation';

export type PrincipleStatus = 'met' | 'partly' | 'missing' | 'not-checked';

export const STATUS_LABELS: Readonly<Record<PrincipleStatus, string>> = {
  met: 'met',
  partly: 'partly met',
  missing: 'missing',
  'not-checked': 'not checked for this kind',
};

interface RuleLink {
  rule: string;
  /** Message ids that mean the principle is absent; any other finding means it is partly met. */
  missing: readonly string[];
}

export interface PrincipleSpec {
  id: string;
  name: string;
  /** What meeting it looks like, in one line, for readers who do not know the rules. */
  description: string;
  rules: readonly RuleLink[];
  /** Checked only for drafts for these regions (the Welsh language duty). */
  regions?: readonly Region[];
  /** Expected only of drafts whose wording claims co-design or co-production. */
  claimOnly?: true;
}

const absent = (rule: string, ...missing: string[]): RuleLink => ({ rule, missing: missing.length ? missing : ['missing'] });
/** Rules about how something is written: a finding never means the principle is absent. */
const wording = (rule: string): RuleLink => ({ rule, missing: [] });

/** Principle → rules. Every rule in the registry belongs to exactly one principle (a test checks). */
export const PRINCIPLES: readonly PrincipleSpec[] = [
  { id: 'stakeholders', name: 'Stakeholders', description: 'Says who is affected and how each group will be involved.', rules: [absent('stakeholders-missing')] },
  {
    id: 'seldom-heard',
    name: 'Seldom-heard groups',
    description: 'Names the groups heard from least and how each will be reached.',
    rules: [absent('seldom-heard-groups-missing'), wording('hard-to-reach')],
  },
  {
    id: 'power-sharing',
    name: 'Power sharing',
    description: 'Work called co-production or co-design shares decisions, seats or budget.',
    rules: [absent('power-sharing-missing', 'coproduction', 'codesign')],
    claimOnly: true,
  },
  {
    id: 'participation-level',
    name: 'Participation level',
    description: 'Says how much influence people have and what is already fixed.',
    rules: [absent('participation-level-undeclared')],
  },
  {
    id: 'purpose',
    name: 'Purpose and decision',
    description: 'Says what decision this informs, why people are asked now, and that it is still open.',
    rules: [absent('purpose-missing'), wording('decision-already-made')],
  },
  {
    id: 'accessibility',
    name: 'Accessibility',
    description: 'Names the accessible formats and adjustments on offer and how to ask for them.',
    rules: [absent('accessibility-missing')],
  },
  {
    id: 'channels',
    name: 'Offline channels',
    description: 'Offers ways to take part by phone, post, paper or in person, not only online.',
    rules: [absent('offline-channels-missing', 'onlineOnly')],
  },
  {
    id: 'response-time',
    name: 'Response time',
    description: 'Gives a closing date and a long enough response period.',
    rules: [absent('response-period-missing')],
  },
  { id: 'contact', name: 'Contact', description: 'Says how to respond and who to contact, with details.', rules: [absent('contact-missing')] },
  {
    id: 'decision-process',
    name: 'Decision process',
    description: 'Says how responses will be used, who decides and when.',
    rules: [absent('decision-process-missing')],
  },
  {
    id: 'feedback-loop',
    name: 'Feedback loop',
    description: 'Promises to tell people what was heard and done, when and how.',
    rules: [absent('feedback-loop-missing')],
  },
  {
    id: 'recognition',
    name: 'Recognition',
    description: "Pays for people's time or covers their expenses when they take on roles.",
    rules: [absent('participant-recognition-missing')],
  },
  {
    id: 'evaluation',
    name: 'Evaluation',
    description: 'Says how success will be judged with the people involved, and when.',
    rules: [absent('evaluation-missing')],
  },
  { id: 'equality', name: 'Equality', description: 'Refers to an equality impact assessment.', rules: [absent('equality-impact-missing')] },
  { id: 'partners', name: 'Partners', description: 'Names community and voluntary-sector partners.', rules: [absent('partners-missing')] },
  {
    id: 'lived-experience',
    name: 'Lived experience',
    description: 'Gives people with lived experience a role and counts what they know.',
    rules: [absent('lived-experience-missing')],
  },
  {
    id: 'welsh-language',
    name: 'Welsh language',
    description: 'Considers, and asks about, the effects on the Welsh language.',
    rules: [absent('welsh-language-effects-missing')],
    regions: ['wales'],
  },
  {
    id: 'questions',
    name: 'Fair questions',
    description: 'Questions are neutral, single, balanced and leave room to say more.',
    rules: [
      wording('leading-question'),
      wording('loaded-question'),
      wording('double-barrelled-question'),
      wording('double-negative'),
      wording('absolute-term'),
      wording('hypothetical-question'),
      wording('long-question'),
      wording('unbalanced-options'),
      wording('closed-questions-only'),
      wording('catch-all-question-missing'),
    ],
  },
  {
    id: 'plain-language',
    name: 'Plain language',
    description: 'Plain words, short sentences, spelled-out acronyms, firm promises, no placeholders.',
    rules: [wording('words-to-avoid'), wording('undefined-acronym'), wording('long-sentence'), wording('hedged-commitment'), wording('placeholder-left')],
  },
];

export type ReportSeverity = 'error' | 'warning' | 'info' | 'hint';

const PRINTED: Record<Severity, ReportSeverity> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

export interface ReportFinding {
  ruleId: string;
  severity: ReportSeverity;
  /** 1-based. */
  line: number;
  column: number;
  message: string;
}

export interface PrincipleRow {
  id: string;
  name: string;
  description: string;
  status: PrincipleStatus;
  /** Why it was not checked, or why nothing was expected. */
  note?: string;
  findings: ReportFinding[];
}

export interface LadderRung {
  level: ParticipationLevel;
  /** The draft's estimated rung. */
  estimated: boolean;
  /** The rung the draft's own wording claims ("co-production"), when it claims one. */
  claimed: boolean;
}

export interface ReportModel {
  /** The file as the user knows it (a path or a name). */
  file: string;
  /** The draft's title (first level-1 heading), or null. */
  title: string | null;
  kind: DocumentKind | null;
  region: Region | null;
  /** Set when the file was not checked; then there are no principles. */
  notChecked: string | null;
  principles: PrincipleRow[];
  ladder: { rungs: LadderRung[]; level: ParticipationLevel | null; claimed: ParticipationLevel | null; because: string | null };
  /** Notes about the file itself (front matter, suppression comments) rather than a principle. */
  other: ReportFinding[];
  counts: Record<ReportSeverity, number>;
}

export interface ReportOptions {
  /** The settings the draft was checked with, so a rule turned off shows as not checked. */
  settings?: Partial<LintSettings>;
}

export const NOT_A_DRAFT = 'It does not look like a policy draft, so it was not checked. Add "type: policy" (or another kind) to its front matter to check it.';

export function buildReport(file: string, result: CheckResult, options: ReportOptions = {}): ReportModel {
  const at = (offset: number) => {
    const p = result.lines.position(offset);
    return { line: p.line + 1, column: p.character + 1 };
  };
  const counts: Record<ReportSeverity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of [...result.findings, ...result.notices]) counts[PRINTED[f.severity]]++;
  const toFinding = (f: { start: number; severity: Severity; message: string }, ruleId: string): ReportFinding => ({
    ruleId,
    severity: PRINTED[f.severity],
    ...at(f.start),
    message: oneLine(f.message),
  });
  const other = result.notices.map((n) => toFinding(n, n.id));
  const participation = result.participation;
  const base: ReportModel = {
    file,
    title: result.document.title ? oneLine(result.document.title.text) : null,
    kind: result.kind,
    region: result.region ?? null,
    notChecked: null,
    principles: [],
    ladder: {
      rungs: PARTICIPATION_LEVELS.map((level) => ({ level, estimated: participation?.level === level, claimed: participation?.claimed === level })),
      level: participation?.level ?? null,
      claimed: participation?.claimed ?? null,
      because: participation ? oneLine(participation.because) : null,
    },
    other,
    counts,
  };
  const kind = result.kind;
  if (kind === null) {
    const tooLarge = result.notices.find((n) => n.id === 'too-large');
    return tooLarge ? { ...base, notChecked: oneLine(tooLarge.message), other: [] } : { ...base, notChecked: NOT_A_DRAFT };
  }

  const failed = new Set(result.errors.map((e) => e.ruleId));
  const byRule = new Map<string, CheckResult['findings']>();
  for (const f of result.findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const known = new Set(PRINCIPLES.flatMap((p) => p.rules.map((r) => r.rule)));
  // A rule added to the registry but not to PRINCIPLES still shows its findings.
  for (const f of result.findings) if (!known.has(f.ruleId)) other.push(toFinding(f, f.ruleId));
  other.sort((a, b) => a.line - b.line || a.column - b.column);

  base.principles = PRINCIPLES.map((spec): PrincipleRow => {
    const row: PrincipleRow = { id: spec.id, name: spec.name, description: spec.description, status: 'met', findings: [] };
    const active = spec.rules.filter((link) => {
      const rule = allRules.find((r) => r.id === link.rule);
      return rule !== undefined && ruleSeverity(rule, kind, options.settings) !== 'off' && !failed.has(link.rule);
    });
    if (spec.regions && !(result.region && spec.regions.includes(result.region))) {
      return { ...row, status: 'not-checked', note: `Checked only for drafts for ${spec.regions.map(regionLabel).join(' or ')} (front matter "region:").` };
    }
    if (active.length === 0) {
      const turnedOff = spec.rules.some((link) => failed.has(link.rule)) ? 'Its check failed, so it could not be judged.' : `Not checked for this kind of draft (${kind.replace(/-/g, ' ')}).`;
      return { ...row, status: 'not-checked', note: turnedOff };
    }
    const findings: Array<{ start: number; finding: ReportFinding }> = [];
    for (const link of spec.rules) {
      for (const f of byRule.get(link.rule) ?? []) {
        findings.push({ start: f.start, finding: toFinding(f, f.ruleId) });
        // A hint is a finer point: the principle is there, if not fully.
        const level: PrincipleStatus = link.missing.includes(f.messageId) && f.severity !== 'hint' ? 'missing' : 'partly';
        if (level === 'missing' || row.status === 'met') row.status = level;
      }
    }
    row.findings = findings.sort((a, b) => a.start - b.start).map((f) => f.finding);
    if (spec.claimOnly && row.status === 'met' && participation?.claimed !== 'co-design' && participation?.claimed !== 'co-produce') {
      row.note = 'The draft does not call itself co-production or co-design, so shared decisions are not expected.';
    }
    return row;
  });
  return base;
}

/** A report for a file that was not read (too large): no principles, one note. */
export function notCheckedReport(file: string, reason: string): ReportModel {
  return {
    file,
    title: null,
    kind: null,
    region: null,
    notChecked: oneLine(reason),
    principles: [],
    ladder: { rungs: PARTICIPATION_LEVELS.map((level) => ({ level, estimated: false, claimed: false })), level: null, claimed: null, because: null },
    other: [],
    counts: { error: 0, warning: 0, info: 0, hint: 0 },
  };
}

export function total(counts: Record<ReportSeverity, number>): number {
  return counts.error + counts.warning + counts.info + counts.hint;
}

/** Line breaks in a message or title would break a table row or a list item. */
function oneLine(text: string): string {
  // Split rather than one pattern with \s* on both sides, which backtracks badly on long runs of spaces.
  return text
    .split(/[\r\n\u2028\u2029]/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "5 problems: 1 error, 3 warnings, 1 info, 0 hints", or "No problems found". */
export function countsSentence(counts: Record<ReportSeverity, number>): string {
  const n = total(counts);
  if (n === 0) return 'No problems found.';
  const s = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  return `${s(n, 'problem')}: ${s(counts.error, 'error')}, ${s(counts.warning, 'warning')}, ${counts.info} info, ${s(counts.hint, 'hint')}.`;
}

/** "engagement plan" for "engagement-plan". */
export function kindLabel(kind: string): string {
  return kind.replace(/-/g, ' ');
}

/** "Northern Ireland" for "northern-ireland". */
export function regionLabel(region: string): string {
  return region.split('-').map(capital).join(' ');
}

/** The heading of one file's report: its title, else its file name. */
export function reportTitle(model: ReportModel): string {
  return `Co-production report: ${model.title ?? model.file}`;
}

/** One sentence on the ladder estimate, with the claimed rung when it differs. */
export function ladderSentence(model: ReportModel): string {
  const { level, claimed, because } = model.ladder;
  if (!level) return `No rung estimated. ${because ?? 'Nothing in the draft says how people will take part.'}`;
  const claim = claimed && claimed !== level ? ` The draft's own wording claims the ${claimed} rung.` : '';
  return `Estimated rung: ${level}.${claim}${because ? ` ${because}` : ''}`;
}
