// Human output in the style of ESLint's "stylish": a path, aligned rows, then a summary.

import type { FileReport, PrintedSeverity } from './report';

const ANSI = {
  underline: (s: string) => `\u001b[4m${s}\u001b[24m`,
  dim: (s: string) => `\u001b[2m${s}\u001b[22m`,
  bold: (s: string) => `\u001b[1m${s}\u001b[22m`,
  red: (s: string) => `\u001b[31m${s}\u001b[39m`,
  yellow: (s: string) => `\u001b[33m${s}\u001b[39m`,
  blue: (s: string) => `\u001b[34m${s}\u001b[39m`,
};
const PLAIN = Object.fromEntries(Object.keys(ANSI).map((k) => [k, (s: string) => s])) as typeof ANSI;

export function formatStylish(reports: readonly FileReport[], color: boolean): string {
  const c = color ? ANSI : PLAIN;
  const paint: Record<PrintedSeverity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue, hint: c.dim };
  const counts: Record<PrintedSeverity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const blocks: string[] = [];

  for (const report of reports) {
    if (report.diagnostics.length === 0) continue;
    const rows = report.diagnostics.map((d) => {
      counts[d.severity]++;
      // Messages are single sentences, but a stray line break would break the table.
      // A Word draft has no lines to point at: its findings give the section and paragraph instead.
      return { position: d.place ?? `${d.line}:${d.column}`, severity: d.severity, message: d.message.replace(/\s*[\r\n]+\s*/g, ' '), ruleId: d.ruleId };
    });
    const width = (pick: (r: (typeof rows)[number]) => string) => Math.max(...rows.map((r) => pick(r).length));
    const pw = width((r) => r.position);
    const sw = width((r) => r.severity);
    const mw = width((r) => r.message);
    // Pad before colouring so escape codes do not upset the alignment.
    const lines = rows.map(
      (r) =>
        `  ${c.dim(r.position.padEnd(pw))}  ${paint[r.severity](r.severity.padEnd(sw))}  ${r.message.padEnd(mw)}  ${c.dim(r.ruleId)}`,
    );
    blocks.push([c.underline(report.file), ...lines].join('\n'));
  }

  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (total === 0) return '';
  const summary =
    `\u2716 ${total} ${plural(total, 'problem')} (${counts.error} ${plural(counts.error, 'error')}, ` +
    `${counts.warning} ${plural(counts.warning, 'warning')}, ${counts.info} info, ${counts.hint} ${plural(counts.hint, 'hint')})`;
  const paintSummary = counts.error > 0 ? c.red : counts.warning > 0 ? c.yellow : c.blue;
  return `${blocks.join('\n\n')}\n\n${c.bold(paintSummary(summary))}\n`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
