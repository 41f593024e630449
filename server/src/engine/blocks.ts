// Cuts a document into blocks that can be parsed on their own. Parsing a whole large draft at
// once is slow and grows worse than linearly (micromark copies its event list whenever a list or
// quote closes), so the engine parses block by block. A cut is safe where CommonMark would start
// afresh anyway: before an ATX heading at the start of a line, or, in a very long stretch without
// headings, before an unindented paragraph after a blank line. Never inside front matter, a fenced
// code block or an HTML comment.

export interface BlockSpan {
  start: number;
  end: number;
}

/**
 * Above this size a heading-less stretch is also cut at blank lines, so that an edit anywhere
 * re-parses only a few kilobytes.
 */
const SOFT_LIMIT = 2 * 1024;
/** HTML blocks that, unlike others, run on past blank lines until their closing tag. */
const RAW_HTML_OPEN = /^ {0,3}<(pre|script|style|textarea)(?:[\s>]|$)/i;

const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
/**
 * A line that, after a blank line, cannot continue a list, quote, table or HTML block. Never a
 * line starting with `-`, `+` or `*`: parsed alone, a block starting `---` would read as front matter.
 */
const FRESH_PARAGRAPH = /^(?![ \t]|[-*+]|\d{1,9}[.)][ \t]|>|\||<|\[\^|#|`{3}|~{3}|$)/;

export interface BlockScan {
  spans: BlockSpan[];
  /**
   * Link reference definitions (normalised label → the definition line). They apply
   * document-wide, but blocks are parsed apart, so each block is given the ones it refers to.
   */
  definitions: Map<string, string>;
}

/**
 * One pass over the lines. It looks at a line's first character before slicing or matching
 * anything. After an edit, rescanBlocks reads again only the lines around it.
 */
export function scanBlocks(text: string): BlockScan {
  const scan = scanSpans(text, findFrontMatter(text)?.end ?? 0, 0, crlfAware(text), commentMarks(text));
  return { spans: scan.spans, definitions: definitionMap(scan.definitions) };
}

/** Link reference definitions found in one span, in order: [normalised label, line]. */
export type SpanDefinitions = Array<[string, string]>;

export interface SpanScan {
  spans: BlockSpan[];
  /** The definitions in each span (undefined for none), parallel to `spans`. */
  definitions: Array<SpanDefinitions | undefined>;
}

/** A scan the next one can start from: only the lines around an edit are read again. */
export interface ResumableScan extends SpanScan {
  text: string;
  crlf: boolean;
  /** Where the front matter ends (0 for none). */
  frontMatterEnd: number;
}

export interface Rescan {
  scan: ResumableScan;
  definitions: Map<string, string>;
  /** How much of the start and of the end of the text is as it was in the last scan. */
  same?: { prefix: number; suffix: number };
}

/**
 * The same spans and definitions as `scanBlocks`, re-reading only the lines an edit could have
 * changed: from the last cut whose whole line lies before the edit, until a cut after the edit
 * that the last scan also made (at the same distance from the end), from where on the scan
 * would go exactly as before.
 */
export function rescanBlocks(text: string, last: ResumableScan | undefined): Rescan {
  const crlf = crlfAware(text);
  const frontMatterEnd = findFrontMatter(text)?.end ?? 0;
  const full = (same?: Rescan['same']): Rescan => {
    const scan = { ...scanSpans(text, frontMatterEnd, 0, crlf, commentMarks(text)), text, crlf, frontMatterEnd };
    return { scan, definitions: definitionMap(scan.definitions), same };
  };
  if (!last) return full();
  const old = last.text;
  const prefix = commonPrefix(old, text);
  const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
  const same = { prefix, suffix };
  if (last.crlf !== crlf || last.frontMatterEnd !== frontMatterEnd) return full(same);
  if (prefix === old.length && prefix === text.length) return { scan: last, definitions: definitionMap(last.definitions), same };
  const shift = text.length - old.length;
  // Restart at the last cut whose whole line lies before the first changed character (the state
  // of the scan at a cut is always the same: outside any fence, comment or raw HTML).
  let k = last.spans.length - 1;
  while (k > 0 && lineEnd(old, last.spans[k].start, crlf) >= prefix) k--;
  if (k === 0) return full(same);
  const restart = last.spans[k].start;
  // A cut is reused once its line lies in the unchanged end of the text and the last scan made
  // it too: from a cut on, the scan depends only on the text after it.
  const unchangedFrom = text.length - suffix;
  const oldStarts = new Map<number, number>();
  for (let j = k + 1; j < last.spans.length; j++) if (last.spans[j].start + shift >= unchangedFrom) oldStarts.set(last.spans[j].start + shift, j);
  const middle = scanSpans(text, restart, restart, crlf, commentMarks(text), (cut) => (cut >= unchangedFrom ? oldStarts.get(cut) : undefined));
  const spans = last.spans.slice(0, k).concat(middle.spans);
  const definitions = last.definitions.slice(0, k).concat(middle.definitions);
  if (middle.resumeAt !== undefined) {
    for (let j = middle.resumeAt; j < last.spans.length; j++) {
      const span = last.spans[j];
      spans.push({ start: span.start + shift, end: span.end + shift });
      definitions.push(last.definitions[j]);
    }
  }
  return { scan: { spans, definitions, text, crlf, frontMatterEnd }, definitions: definitionMap(definitions), same };
}

/** The first definition of each label wins, as in CommonMark. */
function definitionMap(perSpan: ReadonlyArray<SpanDefinitions | undefined>): Map<string, string> {
  const definitions = new Map<string, string>();
  for (const found of perSpan) {
    if (!found) continue;
    for (const [label, line] of found) if (!definitions.has(label)) definitions.set(label, line);
  }
  return definitions;
}

/** Whether lines may end in a carriage return: then line ends are found character by character. */
function crlfAware(text: string): boolean {
  return text.includes('\r');
}

function commentMarks(text: string): { opens: number[]; closes: number[] } {
  return { opens: occurrences(text, '<!--'), closes: occurrences(text, '-->') };
}

function lineEnd(text: string, from: number, crlf: boolean): number {
  return crlf ? endOfLine(text, from) : newlineOrEnd(text, from);
}

/**
 * Scans lines from `pos`, in a block starting at `blockStart`, outside any fence, comment or
 * raw HTML block. `resume`, given a cut the scan is about to make, may name the last scan's span
 * starting there: the scan then stops, and `resumeAt` says which.
 */
function scanSpans(
  text: string,
  pos: number,
  blockStart: number,
  crlf: boolean,
  { opens, closes }: { opens: number[]; closes: number[] },
  resume?: (cut: number) => number | undefined,
): SpanScan & { resumeAt?: number } {
  const spans: BlockSpan[] = [];
  const definitions: Array<SpanDefinitions | undefined> = [];
  let found: SpanDefinitions | undefined;
  let fence: { char: number; length: number } | null = null;
  let inComment = false;
  let rawHtmlClose: string | null = null;
  let previousBlank = false;
  // Found once, so no line ever searches beyond itself.
  const lineEndOf = crlf ? (from: number) => endOfLine(text, from) : (from: number) => newlineOrEnd(text, from);

  while (pos < text.length) {
    const lineEnd = lineEndOf(pos);
    const next = skipLineBreak(text, lineEnd);
    let first = pos;
    while (first < lineEnd && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    const c = first < lineEnd ? text.charCodeAt(first) : -1;
    const blank = c === -1;

    if (fence) {
      if (c === fence.char) {
        const close = fenceAt(text, first, lineEnd);
        if (close && close.char === fence.char && close.length >= fence.length && close.info.trim() === '') fence = null;
      }
    } else if (inComment) {
      const close = closes[firstAtOrAfter(closes, pos)];
      if (close !== undefined && close + 3 <= lineEnd) inComment = false;
    } else if (rawHtmlClose) {
      if (text.slice(pos, lineEnd).toLowerCase().includes(rawHtmlClose)) rawHtmlClose = null;
    } else {
      const open = c === BACKTICK || c === TILDE ? fenceAt(text, first, lineEnd) : null;
      if (open && !(open.char === BACKTICK && open.info.includes('`'))) {
        fence = { char: open.char, length: open.length };
      } else {
        const cut =
          pos > blockStart &&
          ((first === pos && c === HASH && ATX_HEADING.test(text.slice(pos, Math.min(lineEnd, pos + 8)))) ||
            (previousBlank && pos - blockStart > SOFT_LIMIT && FRESH_PARAGRAPH.test(text.slice(pos, Math.min(lineEnd, pos + 12)))));
        if (cut) {
          spans.push({ start: blockStart, end: pos });
          definitions.push(found);
          found = undefined;
          const resumeAt = resume?.(pos);
          if (resumeAt !== undefined) return { spans, definitions, resumeAt };
          blockStart = pos;
        }
        if (c === BRACKET && first - pos <= 3) {
          const m = DEFINITION.exec(text.slice(pos, lineEnd));
          if (m) (found ??= []).push([normaliseLabel(m[1]), text.slice(pos, lineEnd).trim()]);
        }
        if (c === LESS_THAN && first - pos <= 3) {
          const raw = RAW_HTML_OPEN.exec(text.slice(pos, lineEnd));
          const close = raw && `</${raw[1].toLowerCase()}>`;
          if (close && !text.slice(pos, lineEnd).toLowerCase().includes(close)) rawHtmlClose = close;
        }
        // A comment opened on this line and not closed on it runs on to later lines.
        const after = firstAtOrAfter(opens, lineEnd - 3);
        const lastOpen = after > 0 ? opens[after - 1] : -1;
        if (lastOpen >= pos) {
          const close = closes[firstAtOrAfter(closes, lastOpen + 4)];
          if (close === undefined || close + 3 > lineEnd) inComment = true;
        }
      }
    }
    previousBlank = blank;
    pos = next;
  }
  spans.push({ start: blockStart, end: text.length });
  definitions.push(found);
  return { spans, definitions };
}

/** Compared in chunks: comparing two strings is far quicker than a loop over their characters. */
const CHUNK = 4096;

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let at = 0;
  while (at + CHUNK <= n && a.slice(at, at + CHUNK) === b.slice(at, at + CHUNK)) at += CHUNK;
  while (at < n && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/** Length of the common end of `a` and `b`, at most `limit`. */
function commonSuffix(a: string, b: string, limit: number): number {
  let k = 0;
  while (k + CHUNK <= limit && a.slice(a.length - k - CHUNK, a.length - k) === b.slice(b.length - k - CHUNK, b.length - k)) k += CHUNK;
  while (k < limit && a.charCodeAt(a.length - 1 - k) === b.charCodeAt(b.length - 1 - k)) k++;
  return k;
}

/** A run of three or more backticks or tildes at `at`, and the rest of the line (no regex: lines can be huge). */
function fenceAt(text: string, at: number, lineEnd: number): { char: number; length: number; info: string } | null {
  const char = text.charCodeAt(at);
  if (char !== BACKTICK && char !== TILDE) return null;
  let end = at;
  while (end < lineEnd && text.charCodeAt(end) === char) end++;
  return end - at >= 3 ? { char, length: end - at, info: text.slice(end, lineEnd) } : null;
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** Index of the first element ≥ x in an ascending array (its length if none). */
function firstAtOrAfter(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const BACKTICK = 96;
const TILDE = 126;
const HASH = 35;
const BRACKET = 91;
const LESS_THAN = 60;

export interface FrontMatterSpan {
  lang: 'yaml' | 'toml';
  /** Just after the opening delimiter's line break. */
  bodyStart: number;
  /** Start of the closing delimiter line. */
  bodyEnd: number;
  /** Just after the closing delimiter line (after its line break, if any). */
  end: number;
}

/** A leading `---` (YAML) or `+++` (TOML) front matter block, after an optional byte-order mark. */
export function findFrontMatter(text: string): FrontMatterSpan | undefined {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const open = /^(---|\+\+\+)[ \t]*(\r\n|\r|\n)/.exec(text.slice(bom, bom + 8));
  if (!open) return undefined;
  const lang = open[1] === '---' ? 'yaml' : 'toml';
  const closer = lang === 'yaml' ? /^(---|\.\.\.)[ \t]*$/ : /^\+\+\+[ \t]*$/;
  const bodyStart = bom + open[0].length;
  let pos = bodyStart;
  while (pos < text.length) {
    const lineEnd = endOfLine(text, pos);
    const next = skipLineBreak(text, lineEnd);
    if (closer.test(text.slice(pos, lineEnd))) return { lang, bodyStart, bodyEnd: pos, end: next };
    pos = next;
  }
  return undefined;
}

/** End of line for text with no carriage returns: indexOf is much faster than a loop. */
function newlineOrEnd(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl;
}

function endOfLine(text: string, pos: number): number {
  for (let i = pos; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

function skipLineBreak(text: string, lineEnd: number): number {
  if (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10) return lineEnd + 2;
  return Math.min(lineEnd + 1, text.length);
}

const DEFINITION = /^ {0,3}\[((?:[^\]\\]|\\.){1,999})\]:[ \t]*\S/;

export function normaliseLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The labels a block's text may refer to (`[label]`), normalised, without repeats. */
export function referenceLabels(blockText: string): string[] {
  if (!blockText.includes('[')) return [];
  const labels = new Set<string>();
  const ref = /\[((?:[^\]\\\n]|\\.){1,999})\]/g;
  let m: RegExpExecArray | null;
  while ((m = ref.exec(blockText))) labels.add(normaliseLabel(m[1]));
  return [...labels];
}

/** The definitions among `labels`, as lines to append to the block for parsing. */
export function definitionsFor(labels: readonly string[], defs: Map<string, string>): string {
  if (defs.size === 0) return '';
  const wanted: string[] = [];
  for (const label of labels) {
    const def = defs.get(label);
    if (def) wanted.push(def);
  }
  return wanted.join('\n');
}
