// The CLI's view of one checked file: 1-based positions, severities as printed.

import { sectionAt, tooLargeMessage, type DocumentKind, type Severity } from '../engine';
import type { CheckResult } from '../checker';

export type PrintedSeverity = 'error' | 'warning' | 'info' | 'hint';

export interface Diagnostic {
  ruleId: string;
  severity: PrintedSeverity;
  /** 1-based; columns count UTF-16 code units, as editors do. End is exclusive. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  docsUrl: string | null;
  fixable: boolean;
  /** Where a person finds it in a converted document (Word): section heading and paragraph, e.g. "Who we will involve ¶3". */
  place?: string;
  /**
   * For matching against a baseline, not printed: the text of the heading the finding sits under
   * ('' before the first heading), and the flagged text with its white space collapsed, cut to
   * EXCERPT_LENGTH characters.
   */
  section?: string;
  excerpt?: string;
}

/** How much of the flagged text a diagnostic keeps in `excerpt`. */
export const EXCERPT_LENGTH = 200;

/** White space collapsed to single spaces and trimmed; at most `EXCERPT_LENGTH` characters, never half a character. */
export function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  return Array.from(flat).slice(0, EXCERPT_LENGTH).join('');
}

export interface FileReport {
  file: string;
  kind: DocumentKind | null;
  /** Estimated rung on the participation ladder (inform … co-produce); null when unclear or not a draft. */
  participationLevel: string | null;
  diagnostics: Diagnostic[];
}

const PRINTED: Record<Severity, PrintedSeverity> = {
  error: 'error',
  warning: 'warning',
  information: 'info',
  hint: 'hint',
};

/**
 * How a draft that was not Markdown (see server/src/convert) was read, so findings point into the
 * file the person wrote rather than the Markdown it became.
 */
export type Origin =
  /** Plain text: the Markdown's offsets map back to the file's own lines and columns. */
  | { type: 'text'; originalPosition(offset: number): { line: number; character: number } }
  /**
   * Word: there are no lines to point at, so every finding is at line 1, column 1 and carries a
   * place ("Who we will involve ¶3"); before any content, the place is "Start".
   */
  | { type: 'word'; placeAt(offset: number): string | undefined };

/** The place of findings in a Word draft that come before any of its text. */
export const START_PLACE = 'Start';

export function fileReport(file: string, result: CheckResult, origin?: Origin): FileReport {
  // A file that is not a draft has no findings; notices about its front matter (such as a
  // misspelt type) are still shown, since they explain why it was not checked.
  const position = (offset: number) => (origin?.type === 'text' ? origin.originalPosition(offset) : result.lines.position(offset));
  const at = (start: number, end: number) => {
    if (origin?.type === 'word') return { line: 1, column: 1, endLine: 1, endColumn: 1, place: origin.placeAt(start) ?? START_PLACE };
    const s = position(start);
    const e = position(end);
    return { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
  };
  const where = (start: number, end: number) => ({
    section: sectionAt(result.document, start)?.heading.text ?? '',
    excerpt: excerptOf(result.document.text.slice(start, end)),
  });
  const entries: Array<{ start: number; end: number; diagnostic: Diagnostic }> = [];
  for (const n of result.notices) {
    entries.push({
      start: n.start,
      end: n.end,
      diagnostic: {
        ruleId: n.id,
        severity: PRINTED[n.severity],
        ...at(n.start, n.end),
        message: n.message,
        docsUrl: null,
        fixable: false,
        ...where(n.start, n.end),
      },
    });
  }
  for (const f of result.findings) {
    entries.push({
      start: f.start,
      end: f.end,
      diagnostic: {
        ruleId: f.ruleId,
        severity: PRINTED[f.severity],
        ...at(f.start, f.end),
        message: f.message,
        docsUrl: f.docsUrl,
        fixable: f.fixes.length > 0,
        ...where(f.start, f.end),
      },
    });
  }
  entries.sort((a, b) => a.start - b.start || a.end - b.end);
  return { file, kind: result.kind, participationLevel: result.participation?.level ?? null, diagnostics: entries.map((e) => e.diagnostic) };
}

export function tooLargeReport(file: string, maxBytes: number): FileReport {
  return {
    file,
    kind: null,
    participationLevel: null,
    diagnostics: [
      {
        ruleId: 'too-large',
        severity: 'info',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        message: tooLargeMessage(maxBytes),
        docsUrl: null,
        fixable: false,
      },
    ],
  };
}
