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
 * One pass over the lines. It runs on every keystroke over the whole document, so it looks at a
 * line's first character before slicing or matching anything.
 */
export function scanBlocks(text: string): BlockScan {
  const spans: BlockSpan[] = [];
  const definitions = new Map<string, string>();
  let blockStart = 0;
  let pos = findFrontMatter(text)?.end ?? 0;
  let fence: { char: number; length: number } | null = null;
  let inComment = false;
  let rawHtmlClose: string | null = null;
  let previousBlank = false;
  // Found once, so no line ever searches beyond itself.
  const opens = occurrences(text, '<!--');
  const closes = occurrences(text, '-->');
  const lineEndOf = text.includes('\r') ? (from: number) => endOfLine(text, from) : (from: number) => newlineOrEnd(text, from);

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
          blockStart = pos;
        }
        if (c === BRACKET && first - pos <= 3) {
          const m = DEFINITION.exec(text.slice(pos, lineEnd));
          if (m) {
            const label = normaliseLabel(m[1]);
            if (!definitions.has(label)) definitions.set(label, text.slice(pos, lineEnd).trim());
          }
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
  return { spans, definitions };
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
