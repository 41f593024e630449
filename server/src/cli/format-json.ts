// One JSON document on stdout: an array with one object per file, in input order.

import type { FileReport } from './report';

export function formatJson(reports: readonly FileReport[]): string {
  // Listing the keys keeps their order fixed, whatever the report objects carry.
  const files = reports.map((r) => ({
    file: r.file,
    kind: r.kind,
    participationLevel: r.participationLevel,
    diagnostics: r.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      severity: d.severity,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      message: d.message,
      docsUrl: d.docsUrl,
      fixable: d.fixable,
      // Where a person finds it in a Word draft ("Who we will involve ¶3"); null for other files.
      place: d.place ?? null,
    })),
  }));
  return JSON.stringify(files) + '\n';
}
