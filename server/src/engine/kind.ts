// Decides whether a Markdown file is a policy draft, and which kind. Only drafts are checked:
// a README or meeting notes must stay quiet.

import picomatch from 'picomatch';
import { DOCUMENT_KINDS, REGIONS, type DocumentKind, type DocumentModel, type KindSource, type Notice, type Region } from './types';

/** Other words authors use for a kind in front matter. */
const KIND_ALIASES: Record<string, DocumentKind> = {
  plan: 'engagement-plan',
  'engagement plan': 'engagement-plan',
  'involvement-plan': 'engagement-plan',
  'involvement plan': 'engagement-plan',
  engagement: 'engagement-plan',
  feedback: 'feedback-report',
  'you-said-we-did': 'feedback-report',
  questionnaire: 'survey',
  charter: 'policy',
  'service design': 'service-design',
};

const REGION_ALIASES: Record<string, Region> = {
  ni: 'northern-ireland',
  'northern ireland': 'northern-ireland',
  cymru: 'wales',
};

/** Title wording, most specific first. */
const TITLE_PATTERNS: ReadonlyArray<[RegExp, DocumentKind]> = [
  [/\b(you said,? we did|we asked,? you said|feedback report|what you told us|consultation (results|findings|outcome|response))\b/i, 'feedback-report'],
  [/\b(survey|questionnaire)\b/i, 'survey'],
  [/\b(consultation|have your say)\b/i, 'consultation'],
  [/\b(service design|service blueprint)\b/i, 'service-design'],
  [/\b(engagement|involvement|participation|co-?production|communications?) plan\b/i, 'engagement-plan'],
  [/\bstrateg(y|ies)\b/i, 'strategy'],
  [/\b(polic(y|ies)|charter|proposals?|plan)\b/i, 'policy'],
];

/** Files that are never drafts unless their front matter says so. */
const NEVER_BY_TITLE = /(^|[\\/])(readme|changelog|contributing|license|licence|code_of_conduct|security|history)(\.[^\\/]*)?$/i;

export interface KindOptions {
  /** Path as the caller knows it (relative to the workspace or working directory). */
  path?: string;
  /** Globs whose matching paths are drafts. */
  include?: readonly string[];
  /** Forces the kind (CLI `--type`). */
  kind?: DocumentKind;
  /** The region when the front matter names none (CLI `--region`). */
  region?: Region;
}

export interface KindDecision {
  kind: DocumentKind | null;
  source: KindSource;
  region: Region | undefined;
  notices: Notice[];
}

export function decideKind(doc: DocumentModel, options: KindOptions): KindDecision {
  const notices: Notice[] = [];
  const fm = doc.frontMatter;
  const region = (fm ? readRegion(fm.data.region) : undefined) ?? options.region;
  const decided = (kind: DocumentKind | null, source: KindSource): KindDecision => ({ kind, source, region, notices });

  if (options.kind) return decided(options.kind, 'forced');

  let misspelt: { value: string; range: { start: number; end: number } } | undefined;
  if (fm?.error) {
    const declared = declaredType(doc.text.slice(fm.start, fm.end));
    notices.push({
      id: 'front-matter',
      severity: 'warning',
      ...lineAround(doc.text, fm.error.offset),
      message: `The front matter is not valid YAML (${fm.error.message}), so settings in it are ignored. Fix the YAML, or remove the front matter.`,
    });
    const kind = declared ? normaliseKind(declared) : undefined;
    if (kind) return decided(kind, 'front-matter');
  } else if (fm && fm.data.type !== undefined) {
    const value = String(fm.data.type);
    const kind = normaliseKind(value);
    if (kind) return decided(kind, 'front-matter');
    if (looksLikeKindTypo(value)) misspelt = { value, range: keyRange(doc.text, fm.start, fm.end, 'type') };
  }

  const fromTitle = titleKind(doc);
  let decision = decided(null, null);
  if (options.path && options.include?.length && matchesInclude(options.path, options.include)) {
    decision = decided(fromTitle ?? 'policy', 'include');
  } else if (fromTitle && !(options.path && NEVER_BY_TITLE.test(options.path))) {
    decision = decided(fromTitle, 'title');
  }
  if (misspelt) {
    const consequence = decision.kind
      ? `so the draft is checked as '${decision.kind}' from its ${decision.source === 'include' ? 'path' : 'title'}`
      : 'so the draft is not checked';
    notices.push({
      id: 'front-matter',
      severity: 'warning',
      ...misspelt.range,
      message: `'${misspelt.value}' is not a document type this checker knows, ${consequence}. Use one of: ${DOCUMENT_KINDS.join(', ')}.`,
    });
  }
  return decision;
}

/** The value of a `type:` line in front matter the YAML parser could not read. */
function declaredType(frontMatter: string): string | undefined {
  for (const line of frontMatter.split(/\r\n|\r|\n/)) {
    if (!line.startsWith('type:')) continue;
    return line.slice(5).trim().replace(/^["']|["']$/g, '');
  }
  return undefined;
}

export function normaliseKind(value: string): DocumentKind | undefined {
  const v = value.trim().toLowerCase();
  if ((DOCUMENT_KINDS as readonly string[]).includes(v)) return v as DocumentKind;
  return KIND_ALIASES[v] ?? KIND_ALIASES[v.replace(/-/g, ' ')];
}

/** A region from front matter or the command line, accepting the usual spellings ("Wales", "NI"). */
export function readRegion(value: unknown): Region | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if ((REGIONS as readonly string[]).includes(v)) return v as Region;
  return REGION_ALIASES[v];
}

function titleKind(doc: DocumentModel): DocumentKind | undefined {
  const titles: string[] = [];
  if (doc.title) titles.push(doc.title.text);
  const fmTitle = doc.frontMatter?.data.title;
  if (typeof fmTitle === 'string') titles.push(fmTitle);
  for (const title of titles) {
    for (const [pattern, kind] of TITLE_PATTERNS) if (pattern.test(title)) return kind;
  }
  return undefined;
}

function matchesInclude(path: string, include: readonly string[]): boolean {
  const normalised = path.replace(/\\/g, '/').replace(/^\.\//, '');
  try {
    return picomatch(include as string[], { dot: true })(normalised);
  } catch {
    return false;
  }
}

/** A near miss of a kind (e.g. "polcy", "consulation"), worth telling the author about. */
function looksLikeKindTypo(value: string): boolean {
  const v = value.trim().toLowerCase();
  return DOCUMENT_KINDS.some((kind) => editDistance(v, kind) <= 2);
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

function keyRange(text: string, start: number, end: number, key: string): { start: number; end: number } {
  const m = new RegExp(`^${key}:.*$`, 'm').exec(text.slice(start, end));
  if (!m) return { start, end: lineEndFrom(text, start) };
  return { start: start + m.index, end: start + m.index + m[0].replace(/\r$/, '').length };
}

function lineEndFrom(text: string, offset: number): number {
  const nl = text.slice(offset).search(/[\r\n]/);
  return nl < 0 ? text.length : offset + nl;
}

/** The whole line holding an offset, so a notice is never an invisible empty range. */
function lineAround(text: string, offset: number): { start: number; end: number } {
  let start = Math.min(offset, text.length);
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  return { start, end: lineEndFrom(text, start) };
}
