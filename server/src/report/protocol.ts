// The report's part of the contract between the extension and the server. Plain data only, so
// the client can import it without pulling in the engine. (It can move into lsp/protocol.ts.)

/** Request: the co-production report for an open document. */
export const REPORT_REQUEST = 'coproductionLint/report';

export const REPORT_COMMANDS = {
  showReport: 'coproductionLint.showReport',
  exportReport: 'coproductionLint.exportReport',
} as const;

export type ReportFormat = 'html' | 'markdown';

export interface ReportParams {
  uri: string;
  format: ReportFormat;
  /** Add "Export to Markdown" and "Export to HTML" links (VS Code command links) above the report. */
  exportLinks?: boolean;
}

export interface ReportResult {
  format: ReportFormat;
  /** The whole report: a standalone HTML page, or Markdown. */
  content: string;
  /** The draft's title, or its file name, for the panel title and the file to save. */
  title: string;
}

/** Arguments of coproductionLint.exportReport; with none, the active editor's document is exported. */
export interface ExportReportArgs {
  uri?: string;
  format?: ReportFormat;
}
