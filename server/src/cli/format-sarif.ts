// SARIF 2.1.0 for code-scanning tools (GitHub code scanning, Azure DevOps, GitLab via converters).
// One run; every rule is described in tool.driver.rules so a viewer can show why and how to fix.
//
// Notices (problems with the input rather than the draft: front matter, unused suppressions, a
// file too large to check) are reported as results under their own rule descriptors, after the
// rules. They point at a place in the file the author can act on, every other format lists them
// beside the findings, and code-scanning tools show results but not toolExecutionNotifications,
// so a notification would hide, for example, a suppression comment that now hides nothing.

import { createHash } from 'node:crypto';
import { allRules, docsUrl, REPOSITORY } from '../checker';
import type { Notice, RuleMeta, Severity } from '../engine';
import type { Diagnostic, FileReport, PrintedSeverity } from './report';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const TOOL_NAME = 'coproduction-lint';

type Level = 'error' | 'warning' | 'note';

const LEVEL: Record<PrintedSeverity | Severity, Level> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  information: 'note',
  hint: 'note',
};

/** What each notice means, in the words a rule's summary would use. Keyed by every notice id. */
const NOTICES: Record<Notice['id'], { summary: string; level: Level }> = {
  'front-matter': {
    summary: 'The front matter could not be read or names a document type this checker does not know.',
    level: 'warning',
  },
  'too-large': { summary: 'The file is larger than the size limit, so it was not checked.', level: 'note' },
  unread: { summary: 'Part of the draft could not be read as Markdown, so it was not checked.', level: 'warning' },
  'unused-suppression': { summary: 'A suppression comment no longer silences anything.', level: 'note' },
  'unknown-rule': { summary: 'A suppression comment names a rule that does not exist.', level: 'note' },
};

export interface SarifOptions {
  /** The tool's version, shown as tool.driver.version. */
  version: string;
}

/** SARIF 2.1.0 log for the reports, as JSON text ending in a newline. Same input, same bytes. */
export function formatSarif(reports: readonly FileReport[], { version }: SarifOptions): string {
  const descriptors: object[] = allRules.map(ruleDescriptor);
  const index = new Map<string, number>(allRules.map((rule, i) => [rule.id, i]));
  for (const [id, notice] of Object.entries(NOTICES)) {
    index.set(id, descriptors.length);
    descriptors.push(noticeDescriptor(id, notice.summary, notice.level));
  }
  // Any other id (from a newer reader, say) still gets a descriptor, in a fixed order.
  const others = [...new Set(reports.flatMap((r) => r.diagnostics.map((d) => d.ruleId)))].filter((id) => !index.has(id)).sort();
  for (const id of others) {
    index.set(id, descriptors.length);
    descriptors.push(noticeDescriptor(id, undefined, 'note'));
  }

  const artifacts: object[] = [];
  const artifactIndex = new Map<string, number>();
  const results: object[] = [];
  for (const report of reports) {
    const location = artifactLocation(report.file);
    if (!artifactIndex.has(location.uri)) {
      artifactIndex.set(location.uri, artifacts.length);
      artifacts.push({ location });
    }
    const seen = new Map<string, number>();
    for (const d of report.diagnostics) {
      results.push(result(d, index.get(d.ruleId)!, { ...location, index: artifactIndex.get(location.uri)! }, seen));
    }
  }

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version,
            informationUri: REPOSITORY,
            rules: descriptors,
          },
        },
        // Columns count UTF-16 code units, as editors and the other formats do.
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The folder the command was run in.' } } },
        artifacts,
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function ruleDescriptor(rule: RuleMeta): object {
  const principles = rule.principles;
  const text = [rule.howToFix, ...(principles.length ? ['', 'Principles:', ...principles.map((p) => `- ${p.name} (${p.source}): ${p.url}`)] : [])];
  const markdown = [
    rule.howToFix,
    ...(principles.length ? ['', '**Principles**', '', ...principles.map((p) => `- [${p.name}](${p.url}) — ${p.source}`)] : []),
    '',
    `[Read more about ${rule.id}](${docsUrl(rule.id)})`,
  ];
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.why },
    help: { text: text.join('\n'), markdown: markdown.join('\n') },
    helpUri: docsUrl(rule.id),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { tags: principles.map((p) => p.name) },
  };
}

function noticeDescriptor(id: string, summary: string | undefined, level: Level): object {
  return {
    id,
    name: pascalCase(id),
    ...(summary ? { shortDescription: { text: summary } } : {}),
    defaultConfiguration: { level },
    properties: { tags: ['notice'] },
  };
}

interface Location {
  uri: string;
  uriBaseId?: string;
  index?: number;
}

function result(d: Diagnostic, ruleIndex: number, location: Location, seen: Map<string, number>): object {
  // A fingerprint from what was found rather than where, so findings keep their identity when
  // lines are added above them; the count tells identical findings in one file apart.
  const key = `${d.ruleId}\u0000${location.uri}\u0000${d.message}`;
  const nth = seen.get(key) ?? 0;
  seen.set(key, nth + 1);
  const fingerprint = createHash('sha256').update(`${key}\u0000${nth}`).digest('hex').slice(0, 32);
  return {
    ruleId: d.ruleId,
    ruleIndex,
    level: LEVEL[d.severity],
    message: { text: d.place ? `${d.place}: ${d.message}` : d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: location,
          region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
        },
        ...(d.place ? { logicalLocations: [{ name: d.place, kind: 'section' }] } : {}),
      },
    ],
    partialFingerprints: { 'coproductionLint/v1': fingerprint },
  };
}

/**
 * A relative path becomes a percent-encoded URI relative to %SRCROOT%; an absolute one a file: URI.
 * Backslashes (Windows) become forward slashes.
 */
export function artifactLocation(file: string): Location {
  let path = file.replace(/\\/g, '/');
  const drive = /^[A-Za-z]:\//.test(path);
  if (drive || path.startsWith('/')) {
    if (drive) path = `/${path}`;
    return { uri: `file://${encodePath(path)}` };
  }
  while (path.startsWith('./')) path = path.slice(2);
  return { uri: encodePath(path), uriBaseId: '%SRCROOT%' };
}

function encodePath(path: string): string {
  // Keep a drive letter's colon readable; encode everything else a URI path segment cannot hold.
  return path
    .split('/')
    .map((segment) => (/^\/?[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join('/');
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}
