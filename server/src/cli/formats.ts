// The output formats, in one table: the name given to --format, a line for --help, and how the
// checked files are written. Every formatter sees only what the command found.

import type { ReportModel } from '../report/model';
import { formatGithub } from './format-github';
import { formatGitlab } from './format-gitlab';
import { formatJson } from './format-json';
import { formatJunit } from './format-junit';
import { formatReport } from './format-report';
import { formatSarif } from './format-sarif';
import { formatStylish } from './format-stylish';
import type { FileReport } from './report';

export interface FormatInput {
  reports: readonly FileReport[];
  /** The co-production report of each file; only built for the report formats. */
  models: readonly ReportModel[];
  /** Colours for people at a terminal (stylish only). */
  color: boolean;
  /** The tool's version, for formats that name it (SARIF). */
  version: string;
}

interface Formatter {
  /** One line for --help. */
  summary: string;
  /** Whether it needs the co-production report of each file rather than the findings. */
  report?: true;
  render(input: FormatInput): string;
}

export const FORMATTERS = {
  stylish: { summary: 'findings grouped by file, for people (the default)', render: (i) => formatStylish(i.reports, i.color) },
  json: { summary: 'one JSON array, an object per file (see README for the contract)', render: (i) => formatJson(i.reports) },
  sarif: { summary: 'SARIF 2.1.0, for GitHub code scanning and other code-scanning tools', render: (i) => formatSarif(i.reports, { version: i.version }) },
  junit: { summary: 'JUnit XML, for test-report views in CI (GitLab, Jenkins, Azure)', render: (i) => formatJunit(i.reports) },
  github: { summary: 'GitHub Actions annotations on the pull request', render: (i) => formatGithub(i.reports) },
  gitlab: { summary: 'GitLab Code Quality report, for merge requests', render: (i) => formatGitlab(i.reports) },
  'report-md': { summary: 'the co-production report in Markdown', report: true, render: (i) => formatReport(i.models, 'report-md') },
  'report-html': { summary: 'the co-production report as a standalone HTML page', report: true, render: (i) => formatReport(i.models, 'report-html') },
} as const satisfies Record<string, Formatter>;

export type Format = keyof typeof FORMATTERS;
export const FORMATS = Object.keys(FORMATTERS) as Format[];

export function isFormat(name: string): name is Format {
  return Object.prototype.hasOwnProperty.call(FORMATTERS, name);
}

export function wantsReport(format: Format): boolean {
  return (FORMATTERS[format] as Formatter).report === true;
}

export function render(format: Format, input: FormatInput): string {
  return FORMATTERS[format].render(input);
}
