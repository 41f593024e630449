// The server side of the `coproductionLint/report` request: the outcome of the last check of a
// document, rendered. The server only has to find the outcome (see the wiring in server.ts).

import type { Outcome } from '../lsp/checks';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { buildReport, notCheckedReport, type ReportModel } from './model';
import { REPORT_COMMANDS, type ExportReportArgs, type ReportParams, type ReportResult } from './protocol';

const TURNED_OFF =
  'This file was not checked, so there is no report: checking is turned off for it (coproductionLint.enable) or a config file excludes it.';

/** `file` is how the document is named in the report: its workspace-relative path, else its URI. */
export function reportFor(outcome: Outcome, params: ReportParams, file: string): ReportResult {
  const model: ReportModel = outcome.result
    ? buildReport(file, outcome.result, { settings: outcome.settings.lint })
    : notCheckedReport(file, TURNED_OFF);
  const title = model.title ?? file.split(/[\\/]/).pop() ?? file;
  if (params.format === 'markdown') return { format: 'markdown', content: renderMarkdown([model]), title };
  const actions = params.exportLinks
    ? [
        { label: 'Export to Markdown', href: commandLink({ uri: outcome.uri, format: 'markdown' }) },
        { label: 'Export to HTML', href: commandLink({ uri: outcome.uri, format: 'html' }) },
      ]
    : [];
  return { format: 'html', content: renderHtml([model], { actions }), title };
}

/** A VS Code command link; the webview allows only this command (enableCommandUris). */
export function commandLink(args: ExportReportArgs): string {
  return `command:${REPORT_COMMANDS.exportReport}?${encodeURIComponent(JSON.stringify([args]))}`;
}
