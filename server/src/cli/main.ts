// The command: parse, gather files, check each, print, and choose the exit code.

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { version } from '../../../package.json';
import { allRules, check, docsUrl } from '../checker';
import { buildReport, notCheckedReport, type ReportModel } from '../report/model';
import { DOCUMENT_KINDS, REGIONS, ruleSeverity, tooLargeMessage } from '../engine';
import { parseArgs, UsageError, type CliOptions } from './args';
import { applyBaseline } from './baseline';
import { cliConfig, explicitConfigProblem } from './config';
import { expandInputs, reasonOf } from './files';
import { FORMATS, FORMATTERS, render, wantsReport } from './formats';
import { readDraft } from './read';
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

  if (options.config !== undefined) {
    const wrong = explicitConfigProblem(io.cwd, options.config);
    if (wrong) {
      io.err(`${NAME}: ${wrong}\n`);
      return EXIT_FAILURE;
    }
  }

  let failed = false;
  const problem = (line: string) => {
    failed = true;
    io.err(`${NAME}: ${line}\n`);
  };
  const note = (line: string) => io.err(`${NAME}: ${line}\n`);

  const { sources, problems, notes } = expandInputs(options.inputs, io.cwd, options.stdinFilename, { ignoreFiles: options.ignoreFiles });
  problems.forEach(problem);
  notes.forEach(note);

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

  const config = cliConfig(io.cwd, options.settings, options.config, (line) => io.err(`${line}\n`));
  const reports: FileReport[] = [];
  /** The co-production report of each file, for --format report-md and report-html. */
  const models: ReportModel[] = [];
  const report = wantsReport(options.format);
  let notDrafts = 0;
  for (const source of sources) {
    // Include globs, README detection and the format (.docx, .txt) go by the path as the user
    // knows it: relative to where the command runs, or --stdin-filename.
    const name = source.type === 'file' ? source.path : options.stdinFilename;
    const { settings, excludedBy } = config.forFile(resolve(io.cwd, name ?? '.'));
    if (excludedBy && name !== undefined) {
      // Files found in folders and globs are left out quietly, as ignore files leave them out.
      if (source.type === 'stdin' || source.named) note(`skipped '${source.display}': "exclude" in ${excludedBy} leaves it out`);
      continue;
    }
    const reading = await readDraft(source, name, io.cwd, stdinBytes, options.maxBytes);
    if (reading.type === 'unreadable') {
      problem(reading.problem);
      continue;
    }
    if (reading.type === 'binary') {
      note(`skipped '${source.display}': it looks like a binary file, not Markdown`);
      continue;
    }
    if (reading.type === 'too-large') {
      reports.push(tooLargeReport(source.display, options.maxBytes));
      if (report) models.push(notCheckedReport(source.display, tooLargeMessage(options.maxBytes)));
      continue;
    }
    const path = source.type === 'file' ? kindPath(io.cwd, source.path) : options.stdinFilename;
    let result;
    try {
      result = check(reading.text, { path, settings, kind: options.kind, region: options.region });
    } catch (error) {
      problem(`could not check '${source.display}': ${(error as Error).message}`);
      continue;
    }
    for (const e of result.errors) {
      problem(`rule '${e.ruleId}' failed on '${source.display}' (${e.error.message}), so its findings are missing`);
    }
    if (result.kind === null) notDrafts++;
    reports.push(fileReport(source.display, result, reading.origin));
    if (report) models.push(buildReport(source.display, result, { settings }));
  }
  if (config.unreadable) failed = true;

  // The baseline first, so --quiet and --max-warnings count only new findings.
  let shown = reports;
  if (options.baseline !== undefined) {
    const writes = options.updateBaseline || !existsSync(resolve(io.cwd, options.baseline));
    if (writes && failed) {
      // A file that could not be checked would lose its accepted findings from the baseline.
      problem(`did not write baseline '${options.baseline}', because some files could not be checked; fix the problems above and run again`);
    } else {
      const run = applyBaseline(reports, { path: options.baseline, update: options.updateBaseline, cwd: io.cwd });
      run.messages.forEach(note);
      if (run.problem) problem(run.problem);
      shown = run.reports;
    }
  }
  if (options.quiet) shown = shown.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') }));

  const color = options.color && io.stdoutIsTTY && !io.env.NO_COLOR && options.output === undefined;
  const text = render(options.format, { reports: shown, models, color, version });
  if (options.output === undefined) io.out(text);
  else {
    const cannot = writeOutput(resolve(io.cwd, options.output), text);
    if (cannot) problem(`cannot write '${options.output}': ${cannot}`);
  }
  if (notDrafts > 0) {
    io.err(
      notDrafts === 1
        ? '1 file was not checked because it does not look like a policy draft (use --type or front matter "type:" to check it).\n'
        : `${notDrafts} files were not checked because they do not look like policy drafts (use --type or front matter "type:" to check them).\n`,
    );
  }

  const warnings = shown.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'warning').length, 0);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) {
    note(`${warnings} ${warnings === 1 ? 'warning' : 'warnings'} found, more than --max-warnings ${options.maxWarnings} allows`);
  }

  if (failed) return EXIT_FAILURE;
  if (shown.some((r) => r.diagnostics.some((d) => d.severity === 'error'))) return EXIT_ERRORS;
  return tooManyWarnings ? EXIT_ERRORS : EXIT_OK;
}

/**
 * Writes the whole output or nothing: a temporary file beside the target, renamed over it, so a
 * failed write never leaves half a report for CI to upload. Returns why it failed, if it did.
 */
function writeOutput(target: string, text: string): string | undefined {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(temp, text, { flag: 'wx' });
    renameSync(temp, target);
    return undefined;
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Never written.
    }
    return reasonOf(error as Error);
  }
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
  const width = Math.max(...FORMATS.map((f) => f.length));
  const formats = FORMATS.map((f) => `                            ${f.padEnd(width)}  ${FORMATTERS[f].summary}`).join('\n');
  return `Usage: ${NAME} [options] <files, folders, globs or ->

Checks policy and consultation drafts against co-production principles: Markdown, Word (.docx)
and plain text (.txt). Folders are searched for .md, .markdown and .docx files (skipping
node_modules, dot-folders and what .gitignore and .coproduction-lintignore leave out); name .txt
files or match them with a glob. Use - to read standard input. Files that do not look like policy
drafts are not checked. Settings come from the nearest .coproduction-lint.json or .jsonc above
each file, as in the editor.

Options:
  --format FORMAT           Output format (default stylish):
${formats}
  -o, --output FILE         Write the output to FILE instead of standard output
  -q, --quiet               Report errors only: no warnings, info or hints
  --max-warnings N          Exit 1 when there are more than N warnings
  --type KIND               Check every file as this kind of document:
                            ${DOCUMENT_KINDS.join(', ')}
  --region REGION           The region of drafts whose front matter names none:
                            ${REGIONS.join(', ')} (Welsh language rules apply in Wales)
  --rule ID=SEVERITY        Set a rule's severity: error, warning, info, hint or off (repeatable);
                            wins over config files
  --include GLOB            Treat files matching GLOB as drafts, whatever their title (repeatable)
  -c, --config FILE         Use this config file instead of searching for one
  --baseline FILE           Report only findings not in FILE; writes FILE when it does not exist
  --update-baseline         Write the current findings to the --baseline file
  --no-ignore               Do not read .gitignore and .coproduction-lintignore
  --stdin-filename NAME     Name for standard input, used by --include, config files, the format
                            (.docx, .txt) and in the output
  --max-size MB             Do not check files larger than this (default 5)
  --no-color                Do not colour the output (NO_COLOR is honoured too)
  --list-rules              List the rules (with --format json: id, summary, severities by kind, docs)
  --help                    Show this help
  --version                 Show the version number

Rules: ${allRules.map((r) => r.id).join(', ')}

Exit codes: 0 no errors, 1 at least one error-severity finding or more warnings than
--max-warnings, 2 usage error, or a file, config file or baseline that could not be read
(the other files are still checked), or an output that could not be written.
`;
}
