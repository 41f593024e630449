// Reads the command line. Anything wrong here is a usage error (exit 2) with one plain sentence.

import { readRegion, readSettings, readSeverity, normaliseKind, DOCUMENT_KINDS, REGIONS, type DocumentKind, type LintSettings, type Region } from '../engine';
import { allRules, DEFAULT_SIZE_LIMIT_MB } from '../checker';
import { FORMATS, isFormat, type Format } from './formats';

export { FORMATS, type Format };

export interface CliOptions {
  format: Format;
  kind: DocumentKind | undefined;
  /** The region for files whose front matter names none. */
  region: Region | undefined;
  settings: LintSettings;
  stdinFilename: string | undefined;
  /** Larger files are not checked. */
  maxBytes: number;
  color: boolean;
  help: boolean;
  version: boolean;
  /** Print the rules instead of checking files. */
  listRules: boolean;
  /** Errors only: warnings, info and hints are neither printed nor counted. */
  quiet: boolean;
  /** Exit 1 when more warnings than this are printed. */
  maxWarnings: number | undefined;
  /** Write the formatted output to this file instead of standard output. */
  output: string | undefined;
  /** Use this config file instead of searching for one. */
  config: string | undefined;
  baseline: string | undefined;
  updateBaseline: boolean;
  /** Search folders and globs without reading .gitignore and .coproduction-lintignore. */
  ignoreFiles: boolean;
  inputs: string[];
}

export class UsageError extends Error {}

/** Options that take a value, written `--name value` or `--name=value`. */
const WITH_VALUE = new Set([
  '--format',
  '--type',
  '--region',
  '--rule',
  '--include',
  '--stdin-filename',
  '--max-size',
  '--max-warnings',
  '--output',
  '-o',
  '--config',
  '-c',
  '--baseline',
]);
const FLAGS = new Set(['--no-color', '--help', '-h', '--version', '-v', '--list-rules', '--quiet', '-q', '--update-baseline', '--no-ignore']);

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    format: 'stylish',
    kind: undefined,
    region: undefined,
    settings: { rules: {}, include: [] },
    stdinFilename: undefined,
    maxBytes: DEFAULT_SIZE_LIMIT_MB * 1_000_000,
    color: true,
    help: false,
    version: false,
    listRules: false,
    quiet: false,
    maxWarnings: undefined,
    output: undefined,
    config: undefined,
    baseline: undefined,
    updateBaseline: false,
    ignoreFiles: true,
    inputs: [],
  };
  const rules: Record<string, string> = {};
  const include: string[] = [];

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      options.inputs.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      options.inputs.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (FLAGS.has(name)) {
      if (name !== arg) throw new UsageError(`${name} does not take a value.`);
      if (name === '--no-color') options.color = false;
      else if (name === '--help' || name === '-h') options.help = true;
      else if (name === '--list-rules') options.listRules = true;
      else if (name === '--quiet' || name === '-q') options.quiet = true;
      else if (name === '--update-baseline') options.updateBaseline = true;
      else if (name === '--no-ignore') options.ignoreFiles = false;
      else options.version = true;
      continue;
    }
    if (!WITH_VALUE.has(name)) throw new UsageError(`'${arg}' is not an option.`);

    let value: string;
    if (name !== arg) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    else throw new UsageError(`${name} needs a value.`);

    switch (name) {
      case '--format':
        if (!isFormat(value)) throw new UsageError(`--format: '${value}' is not a format; use one of ${FORMATS.join(', ')}.`);
        options.format = value;
        break;
      case '--region': {
        const region = readRegion(value);
        if (!region) throw new UsageError(`--region: '${value}' is not a region; use one of ${REGIONS.join(', ')}.`);
        options.region = region;
        break;
      }
      case '--type': {
        const kind = normaliseKind(value);
        if (!kind) throw new UsageError(`--type: '${value}' is not a document type; use one of ${DOCUMENT_KINDS.join(', ')}.`);
        options.kind = kind;
        break;
      }
      case '--rule': {
        const [id, severity] = readRuleSetting(value);
        rules[id] = severity;
        break;
      }
      case '--include':
        if (value === '') throw new UsageError('--include needs a glob such as "policies/**/*.md".');
        include.push(value);
        break;
      case '--stdin-filename':
        options.stdinFilename = value;
        break;
      case '--max-size': {
        const megabytes = Number(value);
        if (!(value.trim() !== '' && Number.isFinite(megabytes) && megabytes > 0)) {
          throw new UsageError(`--max-size: '${value}' is not a size in megabytes; use a number such as 20.`);
        }
        options.maxBytes = Math.round(megabytes * 1_000_000);
        break;
      }
      case '--max-warnings':
        if (!/^\d{1,9}$/.test(value.trim())) {
          throw new UsageError(`--max-warnings: '${value}' is not a number of warnings; use a whole number such as 0 or 10.`);
        }
        options.maxWarnings = Number(value.trim());
        break;
      case '--output':
      case '-o':
        if (value === '') throw new UsageError('--output needs the name of a file to write, such as results.sarif.');
        options.output = value;
        break;
      case '--config':
      case '-c':
        if (value === '') throw new UsageError('--config needs the name of a config file, such as .coproduction-lint.json.');
        options.config = value;
        break;
      case '--baseline':
        if (value === '') throw new UsageError('--baseline needs the name of a file, such as .coproduction-lint-baseline.json.');
        options.baseline = value;
        break;
    }
  }
  if (options.updateBaseline && options.baseline === undefined) {
    throw new UsageError('--update-baseline needs --baseline FILE to say which file to write.');
  }

  // Each value was checked above; readSettings still builds the settings the editor would.
  const reading = readSettings({ rules, include }, allRules);
  if (reading.problems.length > 0) throw new UsageError(reading.problems[0]);
  options.settings = reading.settings;
  return options;
}

/** `ID=SEVERITY` → [id, severity]. The messages say what to type, as readSettings' ones speak of ignoring. */
function readRuleSetting(value: string): [string, string] {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new UsageError(`--rule expects ID=SEVERITY, such as --rule leading-question=off; got '${value}'.`);
  const id = value.slice(0, eq).trim();
  const severity = value.slice(eq + 1).trim();
  if (!allRules.some((r) => r.id === id)) {
    throw new UsageError(`--rule: '${id}' is not a rule id; known ids: ${allRules.map((r) => r.id).join(', ')}.`);
  }
  if (!readSeverity(severity)) {
    throw new UsageError(`--rule: '${severity}' is not a severity; use error, warning, info, hint or off.`);
  }
  return [id, severity];
}
