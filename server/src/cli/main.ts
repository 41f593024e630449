// The command: parse, gather files, check each, print, and choose the exit code.

import { relative, resolve, sep } from 'node:path';
import { version } from '../../../package.json';
import { allRules, check, docsUrl } from '../checker';
import { buildReport, notCheckedReport, type ReportModel } from '../report/model';
import { DOCUMENT_KINDS, ruleSeverity, tooLargeMessage } from '../engine';
import { parseArgs, UsageError, type CliOptions } from './args';
import { expandInputs } from './files';
import { formatJson } from './format-json';
import { formatReport } from './format-report';
import { formatStylish } from './format-stylish';
import { readSource } from './read';
import { fileReport, tooLargeReport, type FileReport } from './report';

export const NAME = 'coproduction-lint';

export interface Io {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdoutIsTTY: boolean;
  readStdin(): Promise<Buffer>;
  out(text: string): void;
  err(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_FAILURE = 2;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${NAME}: ${error.message}\nRun '${NAME} --help' for usage.\n`);
    return EXIT_FAILURE;
  }
  if (options.help) {
    io.out(helpText());
    return EXIT_OK;
  }
  if (options.version) {
    io.out(`${version}\n`);
    return EXIT_OK;
  }
  if (options.listRules) {
    io.out(options.format === 'json' ? listRulesJson() : listRulesText());
    return EXIT_OK;
  }
  if (options.inputs.length === 0) {
    io.err(`${NAME}: no files given. Pass files, folders or globs, or - to read standard input.\nRun '${NAME} --help' for usage.\n`);
    return EXIT_FAILURE;
  }

  let failed = false;
  const problem = (line: string) => {
    failed = true;
    io.err(`${NAME}: ${line}\n`);
  };

  const { sources, problems, notes } = expandInputs(options.inputs, io.cwd, options.stdinFilename);
  problems.forEach(problem);
  for (const note of notes) io.err(`${NAME}: ${note}\n`);

  let stdin: Buffer | Error = Buffer.alloc(0);
  if (sources.some((s) => s.type === 'stdin')) {
    try {
      stdin = await io.readStdin();
    } catch (error) {
      stdin = error as Error;
    }
  }
  const stdinBytes = () => {
    if (stdin instanceof Error) throw stdin;
    return stdin;
  };

  const reports: FileReport[] = [];
  /** The co-production report of each file, for --format report-md and report-html. */
  const models: ReportModel[] = [];
  const wantsReport = options.format === 'report-md' || options.format === 'report-html';
  let notDrafts = 0;
  for (const source of sources) {
    const reading = readSource(source, io.cwd, stdinBytes, options.maxBytes);
    if (reading.type === 'unreadable') {
      problem(reading.problem);
      continue;
    }
    if (reading.type === 'binary') {
      io.err(`${NAME}: skipped '${source.display}': it looks like a binary file, not Markdown\n`);
      continue;
    }
    if (reading.type === 'too-large') {
      reports.push(tooLargeReport(source.display, options.maxBytes));
      if (wantsReport) models.push(notCheckedReport(source.display, tooLargeMessage(options.maxBytes)));
      continue;
    }
    // Include globs and README detection need the path relative to where the command runs.
    const path = source.type === 'file' ? kindPath(io.cwd, source.path) : options.stdinFilename;
    let result;
    try {
      result = check(reading.text, { path, settings: options.settings, kind: options.kind });
    } catch (error) {
      problem(`could not check '${source.display}': ${(error as Error).message}`);
      continue;
    }
    for (const e of result.errors) {
      problem(`rule '${e.ruleId}' failed on '${source.display}' (${e.error.message}), so its findings are missing`);
    }
    if (result.kind === null) notDrafts++;
    reports.push(fileReport(source.display, result));
    if (wantsReport) models.push(buildReport(source.display, result, { settings: options.settings }));
  }

  const color = options.color && io.stdoutIsTTY && !io.env.NO_COLOR;
  io.out(
    options.format === 'json'
      ? formatJson(reports)
      : options.format === 'report-md' || options.format === 'report-html'
        ? formatReport(models, options.format)
        : formatStylish(reports, color),
  );
  if (notDrafts > 0) {
    io.err(
      notDrafts === 1
        ? '1 Markdown file was not checked because it does not look like a policy draft (use --type or front matter "type:" to check it).\n'
        : `${notDrafts} Markdown files were not checked because they do not look like policy drafts (use --type or front matter "type:" to check them).\n`,
    );
  }

  if (failed) return EXIT_FAILURE;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? EXIT_ERRORS : EXIT_OK;
}

/** Each rule with where it applies and how loudly, for scripts and for people choosing settings. */
function listRulesJson(): string {
  const rules = allRules.map((rule) => ({
    id: rule.id,
    summary: rule.summary,
    defaultSeverity: rule.defaultSeverity,
    kinds: Object.fromEntries(
      DOCUMENT_KINDS.flatMap((kind) => {
        const severity = ruleSeverity(rule, kind);
        return severity === 'off' ? [] : [[kind, severity]];
      }),
    ),
    fixKind: rule.fixKind,
    options: Object.fromEntries(Object.entries(rule.options ?? {}).map(([name, o]) => [name, o.default])),
    docs: `docs/rules/${rule.id}.md`,
    docsUrl: docsUrl(rule.id),
  }));
  return JSON.stringify(rules, null, 2) + '\n';
}

function listRulesText(): string {
  const width = Math.max(...allRules.map((r) => r.id.length));
  const lines = allRules.map((rule) => {
    const kinds = DOCUMENT_KINDS.filter((kind) => ruleSeverity(rule, kind) !== 'off');
    return `${rule.id.padEnd(width)}  ${rule.defaultSeverity.padEnd(11)}  ${rule.summary}\n${' '.repeat(width + 15)}kinds: ${kinds.join(', ')}`;
  });
  return `${lines.join('\n')}\n`;
}

function kindPath(cwd: string, path: string): string {
  return relative(cwd, resolve(cwd, path)).split(sep).join('/');
}

function helpText(): string {
  return `Usage: ${NAME} [options] <files, folders, globs or ->

Checks policy and consultation drafts in Markdown against co-production principles.
Folders are searched for .md and .markdown files (skipping node_modules and dot-folders).
Use - to read standard input. Files that do not look like policy drafts are not checked.

Options:
  --format FORMAT         Output format: stylish (the default) or json; report-md or
                          report-html for the co-production report (principles met,
                          partly met or missing, and the participation ladder)
  --type KIND             Check every file as this kind of document:
                          ${DOCUMENT_KINDS.join(', ')}
  --rule ID=SEVERITY      Set a rule's severity: error, warning, info, hint or off (repeatable)
  --include GLOB          Treat files matching GLOB as drafts, whatever their title (repeatable)
  --stdin-filename NAME   Name for standard input, used by --include and in the output
  --max-size MB           Do not check files larger than this (default 5)
  --no-color              Do not colour the output (NO_COLOR is honoured too)
  --list-rules            List the rules (with --format json: id, summary, severities by kind, docs)
  --help                  Show this help
  --version               Show the version number

Rules: ${allRules.map((r) => r.id).join(', ')}

Exit codes: 0 no errors, 1 at least one error-severity finding, 2 usage or read error.
`;
}
