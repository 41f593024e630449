// GitHub Actions workflow commands: each finding becomes an annotation on the file in the pull
// request and the run summary. error → ::error, warning → ::warning, info and hint → ::notice.

import type { FileReport, PrintedSeverity } from './report';

const COMMAND: Record<PrintedSeverity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

export function formatGithub(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    // Annotations need the path from the repository root with forward slashes.
    const file = report.file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    for (const d of report.diagnostics) {
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(d.ruleId)}`,
      ].join(',');
      const message = d.place ? `${d.place}: ${d.message}` : d.message;
      lines.push(`::${COMMAND[d.severity]} ${properties}::${escapeData(message)}`);
    }
  }
  return lines.map((l) => `${l}\n`).join('');
}

/** As @actions/core escapes a command's message. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** As @actions/core escapes a command's property values. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
