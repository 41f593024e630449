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

/** Above this size a heading-less stretch is also cut at blank lines. */
const SOFT_LIMIT = 16 * 1024;

const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})(.*)$/;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
/** A line that, after a blank line, cannot continue a list, quote, table or HTML block. */
const FRESH_PARAGRAPH = /^(?![ \t]|[-*+][ \t]|\d{1,9}[.)][ \t]|>|\||<|\[\^|#|`{3}|~{3}|$)/;

export function splitBlocks(text: string): BlockSpan[] {
  const spans: BlockSpan[] = [];
  let blockStart = 0;
  let pos = findFrontMatter(text)?.end ?? 0;
  let fence: { char: string; length: number } | null = null;
  let inComment = false;
  let previousBlank = false;

  while (pos < text.length) {
    const lineEnd = endOfLine(text, pos);
    const line = text.slice(pos, lineEnd);
    const next = skipLineBreak(text, lineEnd);

    if (fence) {
      const close = FENCE_OPEN.exec(line);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length && close[2].trim() === '') fence = null;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else {
      const open = FENCE_OPEN.exec(line);
      if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
        fence = { char: open[1][0], length: open[1].length };
      } else {
        const cut =
          pos > blockStart &&
          (ATX_HEADING.test(line) || (previousBlank && pos - blockStart > SOFT_LIMIT && FRESH_PARAGRAPH.test(line)));
        if (cut) {
          spans.push({ start: blockStart, end: pos });
          blockStart = pos;
        }
        const lastOpen = line.lastIndexOf('<!--');
        if (lastOpen >= 0 && line.indexOf('-->', lastOpen + 4) < 0) inComment = true;
      }
    }
    previousBlank = line.trim() === '';
    pos = next;
  }
  spans.push({ start: blockStart, end: text.length });
  return spans;
}

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

/**
 * Link reference definitions apply document-wide, but blocks are parsed apart. Collects them
 * so each block can be given the ones it refers to.
 */
export function collectDefinitions(text: string): Map<string, string> {
  const defs = new Map<string, string>();
  if (!text.includes(']:')) return defs;
  let fence: string | null = null;
  let pos = 0;
  while (pos < text.length) {
    const lineEnd = endOfLine(text, pos);
    const line = text.slice(pos, lineEnd);
    const open = FENCE_OPEN.exec(line);
    if (fence) {
      if (open && open[1].startsWith(fence) && open[2].trim() === '') fence = null;
    } else if (open) {
      fence = open[1];
    } else {
      const m = DEFINITION.exec(line);
      if (m) {
        const label = normaliseLabel(m[1]);
        if (!defs.has(label)) defs.set(label, line.trim());
      }
    }
    pos = skipLineBreak(text, lineEnd);
  }
  return defs;
}

export function normaliseLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The definitions a block's text refers to, as lines to append after it. */
export function definitionsFor(blockText: string, defs: Map<string, string>): string {
  if (defs.size === 0 || !blockText.includes('[')) return '';
  const wanted: string[] = [];
  const seen = new Set<string>();
  const ref = /\[((?:[^\]\\\n]|\\.){1,999})\]/g;
  let m: RegExpExecArray | null;
  while ((m = ref.exec(blockText))) {
    const label = normaliseLabel(m[1]);
    const def = defs.get(label);
    if (def && !seen.has(label)) {
      seen.add(label);
      wanted.push(def);
    }
  }
  return wanted.join('\n');
}
