// The engine's entry point: text in, findings out. The caller hands in the rules, so the engine
// never depends on any particular rule.

import { buildDocument } from './document';
import { decideKind } from './kind';
import { LineIndex } from './offsets';
import { applySuppressions } from './suppressions';
import type {
  DocumentKind,
  DocumentModel,
  Finding,
  Fix,
  KindSource,
  Notice,
  Region,
  Report,
  Rule,
  RuleContext,
  Severity,
  SeveritySetting,
} from './types';

export interface LintSettings {
  /** Per-rule severity, or 'off'. Rules not named keep their default. */
  rules: Readonly<Record<string, SeveritySetting>>;
  /** Globs (relative paths) of files that are policy drafts whatever their title. */
  include: readonly string[];
}

export interface LintOptions {
  rules: readonly Rule[];
  /** Where a rule's documentation lives; stamped on every finding. */
  docsUrl: (ruleId: string) => string;
  settings?: Partial<LintSettings>;
  /** Path relative to the workspace or working directory, for include globs. */
  path?: string;
  /** Forces the document kind. */
  kind?: DocumentKind;
}

export interface LintResult {
  /** null when the file is not a policy draft: then there are no findings. */
  kind: DocumentKind | null;
  kindSource: KindSource;
  region: Region | undefined;
  findings: Finding[];
  notices: Notice[];
  /** Rules that threw; their findings are missing. The rest still ran. */
  errors: Array<{ ruleId: string; error: Error }>;
  document: DocumentModel;
  lines: LineIndex;
}

export function lint(text: string, options: LintOptions): LintResult {
  const document = buildDocument(text);
  return checkDocument(document, options);
}

export function checkDocument(document: DocumentModel, options: LintOptions): LintResult {
  const text = document.text;
  const lines = new LineIndex(text);
  const decision = decideKind(document, {
    path: options.path,
    include: options.settings?.include,
    kind: options.kind,
  });
  const result: LintResult = {
    kind: decision.kind,
    kindSource: decision.source,
    region: decision.region,
    findings: [],
    notices: decision.notices,
    errors: [],
    document,
    lines,
  };
  if (decision.kind === null) return result;

  const kind = decision.kind;
  const findings: Finding[] = [];
  for (const rule of options.rules) {
    const severity = severityFor(rule, options.settings?.rules);
    if (severity === 'off' || !rule.appliesTo.includes(kind)) continue;
    const context: RuleContext = {
      kind,
      region: decision.region,
      report: (report) => findings.push(stamp(rule, report, severity, options.docsUrl, text.length)),
    };
    try {
      if (rule.scope === 'block') for (const block of document.blocks) rule.check(block, context);
      else rule.check(document, context);
    } catch (error) {
      result.errors.push({ ruleId: rule.id, error: error instanceof Error ? error : new Error(String(error)) });
    }
  }

  const comments = document.blocks.flatMap((b) => b.comments);
  result.findings = applySuppressions(findings, comments, lines).sort(
    (a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId),
  );
  return result;
}

function severityFor(rule: Rule, configured: Readonly<Record<string, SeveritySetting>> | undefined): SeveritySetting {
  return configured?.[rule.id] ?? rule.defaultSeverity;
}

function stamp(rule: Rule, report: Report, severity: Severity, docsUrl: (id: string) => string, length: number): Finding {
  const template = rule.messages[report.messageId];
  if (template === undefined) throw new Error(`rule ${rule.id} has no message '${report.messageId}'`);
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  const start = clamp(report.start);
  return {
    ruleId: rule.id,
    messageId: report.messageId,
    message: formatMessage(template, report.data),
    severity,
    docsUrl: docsUrl(rule.id),
    start,
    end: Math.max(start, clamp(report.end)),
    fixes: (report.fixes ?? []).map((fix): Fix => ({
      ...fix,
      edits: fix.edits.map((e) => ({ ...e, start: clamp(e.start), end: Math.max(clamp(e.start), clamp(e.end)) })),
    })),
  };
}

/** Fills `{name}` placeholders; an unknown name is left as written so the gap is visible. */
export function formatMessage(template: string, data: Report['data']): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (data && name in data ? String(data[name]) : whole));
}
