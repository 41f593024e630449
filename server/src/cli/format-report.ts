// --format report-md and report-html: the co-production report for each file checked, the same
// report the editor shows. Markdown gives one report per file, separated by a rule; HTML gives one
// page with a section per file.

import { renderHtml } from '../report/html';
import { renderMarkdown } from '../report/markdown';
import type { ReportModel } from '../report/model';

export function formatReport(models: readonly ReportModel[], format: 'report-md' | 'report-html'): string {
  if (models.length === 0) return '';
  return format === 'report-md' ? renderMarkdown(models) : renderHtml(models);
}
