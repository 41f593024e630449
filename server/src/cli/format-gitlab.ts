// GitLab Code Quality report: a JSON array of issues, shown in merge requests and pipelines when a
// job saves it as `artifacts: reports: codequality`. Fields as GitLab documents them: description,
// check_name, fingerprint, severity (info, minor, major, critical, blocker), location.path and
// location.lines.begin.

import { createHash } from 'node:crypto';
import type { FileReport, PrintedSeverity } from './report';

const SEVERITY: Record<PrintedSeverity, string> = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };

export function formatGitlab(reports: readonly FileReport[]): string {
  const issues: object[] = [];
  for (const report of reports) {
    // GitLab wants the path from the repository root, with forward slashes.
    const path = report.file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    const seen = new Map<string, number>();
    for (const d of report.diagnostics) {
      // From what was found rather than where, so an issue keeps its identity when lines move;
      // the count tells identical findings in one file apart.
      const key = `${d.ruleId}\u0000${path}\u0000${d.message}`;
      const nth = seen.get(key) ?? 0;
      seen.set(key, nth + 1);
      issues.push({
        description: d.place ? `${d.place}: ${d.message}` : d.message,
        check_name: d.ruleId,
        fingerprint: createHash('md5').update(`${key}\u0000${nth}`).digest('hex'),
        severity: SEVERITY[d.severity],
        location: { path, lines: { begin: d.line } },
      });
    }
  }
  return JSON.stringify(issues, null, 2) + '\n';
}
