// The co-production report as one standalone HTML page: no scripts, no external resources, a
// strict Content-Security-Policy, and every piece of document text escaped. The same page is shown
// in VS Code's webview, so colours come from the editor theme's CSS variables, with fallbacks
// for a browser or a printed committee paper.

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

/** No scripts, no fonts, images or frames from anywhere; only the page's own inline styles. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

export interface HtmlOptions {
  /** Links shown above the report, such as the editor's "Export to Markdown". */
  actions?: ReadonlyArray<{ label: string; href: string }>;
}

export function renderHtml(models: readonly ReportModel[], options: HtmlOptions = {}): string {
  const single = models.length === 1;
  const title = single ? reportTitle(models[0]) : 'Co-production report';
  const actions = options.actions?.length
    ? `<nav class="actions" aria-label="Report actions">${options.actions.map((a) => `<a class="button" href="${esc(a.href)}">${esc(a.label)}</a>`).join('')}</nav>\n`
    : '';
  const body = models.map((m, i) => renderOne(m, single ? 1 : 2, `r${i + 1}`)).join('\n');
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${actions}<main>
${single ? '' : `<h1>${esc(title)}</h1>\n`}${body}
</main>
</body>
</html>
`;
}

function renderOne(model: ReportModel, level: 1 | 2, id: string): string {
  const h = (n: number, text: string, attrs = '') => `<h${level + n}${attrs}>${text}</h${level + n}>`;
  const out: string[] = [`<section class="report" aria-labelledby="${id}-title">`, h(0, esc(reportTitle(model)), ` id="${id}-title"`)];
  const facts: Array<[string, string]> = [['File', esc(model.file)]];
  if (model.notChecked) {
    out.push(dl(facts), `<p class="not-checked">${esc(model.notChecked)}</p>`);
    if (model.other.length) out.push(h(1, 'Notes about the file'), list(model.other));
    out.push('</section>');
    return out.join('\n');
  }
  facts.push(['Kind of draft', esc(kindLabel(model.kind ?? '')) + (model.region ? ` (${esc(regionLabel(model.region))})` : '')]);
  facts.push(['Estimated participation', esc(model.ladder.level ?? 'not estimated')]);
  facts.push(['Problems', esc(countsSentence(model.counts))]);
  out.push(dl(facts));

  out.push(h(1, 'Principles'));
  out.push('<table class="principles">', '<thead><tr><th scope="col">Principle</th><th scope="col">Status</th><th scope="col">Findings</th></tr></thead>', '<tbody>');
  for (const p of model.principles) out.push(principleRow(p));
  out.push('</tbody>', '</table>');

  out.push(h(1, 'Participation ladder'));
  out.push('<ol class="ladder">');
  for (const rung of model.ladder.rungs) {
    const marks = [rung.estimated ? 'this draft (estimated)' : '', rung.claimed && !rung.estimated ? 'claimed in the wording' : ''].filter(Boolean);
    const cls = rung.estimated ? ' class="estimated"' : rung.claimed ? ' class="claimed"' : '';
    out.push(`<li${cls}><span class="rung">${esc(rung.level)}</span>${marks.length ? ` <span class="mark">← ${esc(marks.join(', '))}</span>` : ''}</li>`);
  }
  out.push('</ol>', `<p class="because">${esc(ladderSentence(model))}</p>`);

  if (model.other.length) out.push(h(1, 'Notes about the file'), list(model.other));
  out.push('</section>');
  return out.join('\n');
}

function principleRow(p: PrincipleRow): string {
  const findings =
    p.findings.length > 0 ? list(p.findings) : p.note ? `<span class="note">${esc(p.note)}</span>` : '<span class="none">No findings.</span>';
  return (
    `<tr class="status-${p.status}"><th scope="row">${esc(p.name)}<div class="description">${esc(p.description)}</div></th>` +
    `<td><span class="status status-${p.status}">${esc(STATUS_LABELS[p.status])}</span></td><td>${findings}</td></tr>`
  );
}

function list(findings: readonly ReportFinding[]): string {
  const items = findings.map(
    (f) =>
      `<li><span class="where">Line ${f.line}</span> <span class="severity severity-${esc(f.severity)}">${esc(f.severity)}</span> ${esc(f.message)} <code>${esc(f.ruleId)}</code></li>`,
  );
  return `<ul class="findings">${items.join('')}</ul>`;
}

function dl(facts: ReadonlyArray<[string, string]>): string {
  return `<dl class="facts">${facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

/** Text for HTML content and quoted attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
body { font-family: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", sans-serif); font-size: var(--vscode-font-size, 15px);
  color: var(--vscode-foreground, #1f1f1f); background: var(--vscode-editor-background, #ffffff); line-height: 1.5; margin: 0 auto; padding: 1rem 1.5rem; max-width: 70rem; }
h1, h2, h3 { line-height: 1.25; }
a { color: var(--vscode-textLink-foreground, #0b5cad); }
code { font-family: var(--vscode-editor-font-family, ui-monospace, monospace); font-size: 0.9em; color: var(--vscode-descriptionForeground, #555); }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--vscode-panel-border, #c8c8c8); padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
thead th { background: var(--vscode-editorWidget-background, #f3f3f3); }
.description, .note, .none { color: var(--vscode-descriptionForeground, #555); font-weight: normal; font-size: 0.9em; }
.status { font-weight: 600; white-space: nowrap; }
.status-met .status { color: var(--vscode-testing-iconPassed, #1a7f37); }
.status-partly .status { color: var(--vscode-editorWarning-foreground, #8a5a00); }
.status-missing .status { color: var(--vscode-editorError-foreground, #c62828); }
.status-not-checked .status { color: var(--vscode-descriptionForeground, #555); }
.findings { margin: 0; padding-left: 1.2rem; }
.where { white-space: nowrap; }
.severity { font-size: 0.85em; border: 1px solid currentColor; border-radius: 3px; padding: 0 0.25rem; }
.severity-error { color: var(--vscode-editorError-foreground, #c62828); }
.severity-warning { color: var(--vscode-editorWarning-foreground, #8a5a00); }
.severity-info { color: var(--vscode-editorInfo-foreground, #0b5cad); }
.severity-hint { color: var(--vscode-descriptionForeground, #555); }
.ladder li { padding: 0.1rem 0; }
.ladder .estimated .rung { font-weight: 700; }
.mark { color: var(--vscode-descriptionForeground, #555); }
.actions { display: flex; gap: 0.5rem; margin-bottom: 1rem; }
.button { display: inline-block; padding: 0.3rem 0.8rem; text-decoration: none; border-radius: 2px;
  color: var(--vscode-button-foreground, #ffffff); background: var(--vscode-button-background, #0b5cad); }
.button:hover { background: var(--vscode-button-hoverBackground, #094a8a); }
@media print { .actions { display: none; } body { max-width: none; } }
`;
