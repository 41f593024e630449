// Engine findings and notices → LSP diagnostics. Everything a code action needs travels in
// `data`, already in LSP ranges, so code actions never have to re-check the document.

import { DiagnosticSeverity, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, LintResult, Notice, OffsetRange, Severity } from '../engine';
import { SOURCE } from '../checker';

export interface FixData {
  title: string;
  isPreferred?: boolean;
  edits: TextEdit[];
}

export interface DiagnosticData {
  ruleId: string;
  /** Document version the ranges belong to; null for files read from disk. */
  version: number | null;
  fixes: FixData[];
  /** Set for notices (e.g. an unused suppression): they get their fixes but no "Ignore" actions. */
  notice?: true;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostics(result: LintResult, doc: TextDocument, version: number | null): Diagnostic[] {
  return [...result.notices.map((n) => noticeToDiagnostic(n, doc, version)), ...result.findings.map((f) => findingToDiagnostic(f, doc, version))];
}

export function findingToDiagnostic(finding: Finding, doc: TextDocument, version: number | null): Diagnostic {
  const data: DiagnosticData = {
    ruleId: finding.ruleId,
    version,
    fixes: finding.fixes.map((fix) => ({
      title: fix.title,
      ...(fix.isPreferred ? { isPreferred: true } : {}),
      edits: fix.edits.map((e) => ({ range: rangeOf(e, doc), newText: e.newText })),
    })),
  };
  return {
    range: rangeOf(finding, doc),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: finding.docsUrl },
    source: SOURCE,
    message: finding.message,
    data,
  };
}

export function noticeToDiagnostic(notice: Notice, doc: TextDocument, version: number | null = null): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(notice, doc),
    severity: SEVERITY[notice.severity],
    code: notice.id,
    source: SOURCE,
    message: notice.message,
  };
  if (notice.fixes?.length) {
    const data: DiagnosticData = { ruleId: notice.id, version, fixes: notice.fixes.map((fix) => fixData(fix, doc)), notice: true };
    diagnostic.data = data;
  }
  return diagnostic;
}

function fixData(fix: { title: string; isPreferred?: boolean; edits: Array<OffsetRange & { newText: string }> }, doc: TextDocument): FixData {
  return {
    title: fix.title,
    ...(fix.isPreferred ? { isPreferred: true } : {}),
    edits: fix.edits.map((e) => ({ range: rangeOf(e, doc), newText: e.newText })),
  };
}

export function rangeOf(range: OffsetRange, doc: TextDocument) {
  return { start: doc.positionAt(range.start), end: doc.positionAt(range.end) };
}

/** Narrows `data` from a client, which may have been round-tripped or invented. */
export function readData(data: unknown): DiagnosticData | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const d = data as Partial<DiagnosticData>;
  if (typeof d.ruleId !== 'string' || !Array.isArray(d.fixes)) return undefined;
  return { ruleId: d.ruleId, version: typeof d.version === 'number' ? d.version : null, fixes: d.fixes, ...(d.notice === true ? { notice: true as const } : {}) };
}
