// Sentence boundaries from Intl.Segmenter (ICU), with two corrections: ICU slows down badly on
// very long strings, so long prose is cut into chunks at safe points first; and it breaks after
// common abbreviations ("Dr.", "Jan.", "e.g."), which are joined back.

const segmenter = new Intl.Segmenter('en-GB', { granularity: 'sentence' });

/** Longest piece handed to ICU at once; per-call cost grows faster than length. */
const CHUNK = 2000;

/** Abbreviations after which a full stop never ends a sentence. */
const ALWAYS_JOIN = /(?:^|[\s(])(?:mr|mrs|ms|dr|prof|cllr|rev|st|e\.g|i\.e|cf|vs|approx|n\.b)\.\s*$/i;
/** Abbreviations usually followed by a number: "Jan. 2026", "No. 5", "para. 3". */
const JOIN_BEFORE_NUMBER =
  /(?:^|[\s(])(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|no|nos|vol|ref|para|paras|fig|p|pp|tel|ext|sec|ch|q)\.\s*$/i;

export interface Span {
  start: number;
  end: number;
}

/**
 * Characters after which ICU may end a sentence: full stops, question and exclamation marks in
 * any script, and paragraph or line separators.
 */
const TERMINATOR =
  /[.!?\u0085\u2028\u2029\u0589\u061f\u06d4\u0700-\u0702\u07f9\u0964\u0965\u104a\u104b\u1362\u1367\u1368\u166e\u1803\u1809\u1944\u1945\u203c\u203d\u2047-\u2049\u2e2e\u3002\ua4ff\ua60e\ua60f\ua6f3\ua6f7\ua876\ua877\ufe52\ufe56\ufe57\uff01\uff0e\uff1f\uff61]/;
/** What may end a one-sentence text: its terminators, closing marks and spaces. */
const CLOSING = new Set('.!?\u2029"\'”’)]*_ \t\n\r\u00a0');

/** Sentence spans in `text` from `from` on, trimmed of surrounding white space. */
export function splitSentences(text: string, from = 0): Span[] {
  // Most headings, list items and cells hold one sentence: ICU is slow, so they skip it.
  let last = text.length;
  while (last > from && CLOSING.has(text[last - 1])) last--;
  if (!TERMINATOR.test(text.slice(from, last))) return trimmed([{ start: from, end: text.length }], text);
  const raw: Span[] = [];
  for (const chunk of chunks(text, from)) {
    const piece = text.slice(chunk.start, chunk.end);
    for (const seg of segmenter.segment(piece)) {
      raw.push({ start: chunk.start + seg.index, end: chunk.start + seg.index + seg.segment.length });
    }
  }
  const merged: Span[] = [];
  for (const span of raw) {
    const prev = merged[merged.length - 1];
    if (prev && shouldJoin(text, prev, span)) prev.end = span.end;
    else merged.push({ ...span });
  }
  return trimmed(merged, text);
}

function trimmed(spans: Span[], text: string): Span[] {
  const out: Span[] = [];
  for (let { start, end } of spans) {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

function shouldJoin(text: string, prev: Span, next: Span): boolean {
  const before = text.slice(Math.max(prev.start, prev.end - 12), prev.end);
  if (/\u2029\s*$/.test(before)) return false;
  const after = text.slice(next.start, next.start + 2).trimStart();
  if (ALWAYS_JOIN.test(before)) return true;
  if (JOIN_BEFORE_NUMBER.test(before)) return /^\d/.test(after);
  // ICU breaks after "etc." and similar even when the sentence clearly goes on.
  return /[.]\s*$/.test(before) && /^[a-z]/.test(after);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2029;
}

function* chunks(text: string, from: number): Generator<Span> {
  let start = from;
  while (text.length - start > CHUNK) {
    const end = cutPoint(text, start, start + CHUNK);
    yield { start, end };
    start = end;
  }
  if (start < text.length) yield { start, end: text.length };
}

/** A cut just after sentence punctuation and a space, else after a space, else anywhere. */
function cutPoint(text: string, from: number, limit: number): number {
  for (let i = limit; i > from + CHUNK / 2; i--) {
    const c = text[i - 1];
    if ((c === ' ' || c === '\u2029') && /[.!?]/.test(text[i - 2] ?? '')) return i;
  }
  for (let i = limit; i > from + CHUNK / 2; i--) {
    if (text[i - 1] === ' ') return i;
  }
  return limit;
}
