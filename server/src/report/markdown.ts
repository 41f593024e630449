// The co-production report as Markdown, for committee papers and pull requests. Every piece of
// document text (title, file name, messages quoting the draft) is escaped, so a draft cannot add
// links, HTML or table cells to the report.

import {
  countsSentence,
  kindLabel,
  ladderSentence,
  regionLabel,
  reportTitle,
  STATUS_LABELS,
  type PrincipleRow,
  type ReportFinding,
  type ReportModel,
} from './model';

export function renderMarkdown(models: readonly ReportModel[]): string {
  return models.map(renderOne).join('\n---\n\n');
}

function renderOne(model: ReportModel): string {
  const out: string[] = [`# ${md(reportTitle(model))}`, ''];
  out.push(`- File: ${md(model.file)}`);
  if (model.notChecked) {
    out.push('', md(model.notChecked), '');
    if (model.other.length) out.push('## Notes about the file', '', ...model.other.map(item), '');
    return out.join('\n');
  }
  out.push(`- Kind of draft: ${md(kindLabel(model.kind ?? ''))}${model.region ? ` (${md(regionLabel(model.region))})` : ''}`);
  out.push(`- Estimated participation: ${model.ladder.level ?? 'not estimated'}`);
  out.push(`- ${countsSentence(model.counts)}`, '');

  out.push('## Principles', '', '| Principle | Status | Findings |', '|---|---|---|');
  for (const p of model.principles) out.push(`| ${md(p.name)} | ${STATUS_LABELS[p.status]} | ${cell(p)} |`);
  out.push('');

  out.push('## Participation ladder', '', '| Rung | This draft |', '|---|---|');
  for (const rung of model.ladder.rungs) {
    const marks = [rung.estimated ? 'estimated' : '', rung.claimed && !rung.estimated ? 'claimed in the wording' : ''].filter(Boolean);
    out.push(`| ${rung.level} | ${marks.join(', ')} |`);
  }
  out.push('', md(ladderSentence(model)), '');

  const withFindings = model.principles.filter((p) => p.findings.length > 0);
  if (withFindings.length || model.other.length) {
    out.push('## Findings', '');
    for (const p of withFindings) out.push(`### ${md(p.name)}: ${STATUS_LABELS[p.status]}`, '', ...p.findings.map(item), '');
    if (model.other.length) out.push('### Notes about the file', '', ...model.other.map(item), '');
  }
  return out.join('\n');
}

function cell(p: PrincipleRow): string {
  if (p.findings.length > 0) return String(p.findings.length);
  return p.note ? md(p.note) : '—';
}

function item(f: ReportFinding): string {
  return `- Line ${f.line} (${f.severity}, ${md(f.ruleId)}): ${md(f.message)}`;
}

/**
 * Inline Markdown text: backslash-escapes the characters that start emphasis, code, links,
 * strikethrough and table cells, and writes <, > and & as entities so no HTML gets through.
 * Callers never put this text at the start of a line, where #, -, + and 1. would also matter.
 */
export function md(text: string): string {
  return text.replace(/[\\`*_{}[\]|~<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}
