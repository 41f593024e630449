// Dates, durations and date placeholders in draft prose, for the rules about timescales: what a
// sentence says opens or closes, which dates run from one to another, and how many days a stated
// period lasts. Everything here works on one sentence (or table cell) at a time, so callers can
// cache the result per block.

import type { BlockModel } from '../engine';

/** A calendar date as written: the year or the day may be missing ("9 March", "March 2027"). */
export interface CalendarDate {
  year?: number;
  /** 1 to 12. */
  month: number;
  day?: number;
}

export interface DateToken {
  kind: 'date';
  start: number;
  end: number;
  date: CalendarDate;
  /** Set for a day range written once ("12 to 28 February 2027"): the later date. */
  to?: CalendarDate;
}

export interface PlaceholderToken {
  kind: 'placeholder';
  start: number;
  end: number;
  text: string;
  /** True when the placeholder can only stand for a date ("DD/MM/YYYY", "[closing date]"). */
  dateShaped: boolean;
}

export interface DurationToken {
  kind: 'duration';
  start: number;
  end: number;
  days: number;
  /** The period in plain words with digits, e.g. "4 weeks", "20 working days". */
  label: string;
}

export type Token = DateToken | PlaceholderToken | DurationToken;

const MONTHS = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)`;
const ORDINAL = String.raw`(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s+(\d{4}))?`;

/**
 * Every way a date is written in a draft, most specific first; the groups are read by position
 * in readDate. Month names are matched in any case here and checked for a capital afterwards, so
 * that "may" and "march" as verbs are not dates.
 */
const DATE = new RegExp(
  [
    String.raw`\b(\d{4})-(\d{2})-(\d{2})\b`,
    String.raw`\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b`,
    String.raw`\b(\d{1,2})${ORDINAL}(?:\s*[-–—]\s*|\s+(?:to|until|till|and)\s+)(\d{1,2})${ORDINAL}\s+(?:of\s+)?${MONTHS}\b\.?${YEAR}\b`,
    String.raw`\b(\d{1,2})${ORDINAL}\s+(?:of\s+)?${MONTHS}\b\.?${YEAR}\b`,
    String.raw`\b${MONTHS}\.?\s+(\d{1,2})${ORDINAL}${YEAR}\b(?![/.:]\d)`,
    String.raw`\b${MONTHS}\b\.?(?:\s+(\d{4})\b)?`,
  ].join('|'),
  'gi',
);

/**
 * Placeholders a date or period may hide behind: TBC and friends, "XX/XX", "DD/MM/YYYY", "xxx",
 * and bracketed notes ("[date]", "[insert closing date]"), which are sorted out in readPlaceholder.
 */
const PLACEHOLDER = /\[[^\][\n]{1,40}\]|\b(?:tbc|tba|tbd)\b|\bx{1,2}\/x{1,2}(?:\/x{2,4})?\b|\b(?:dd\/mm|mm\/dd)(?:\/(?:yyyy|yy))?\b|\bx{2,}\b/gi;
const BRACKET_DATE_WORD = /\b(dates?|day|month|year|dd|deadline|closing|opening|tbc|tba|tbd)\b|^\s*x+\s*$/i;
const BRACKET_NUMBER = /^\s*(n|x|number|no\.?|number of weeks)\s*$/i;

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30,
};
const DURATION = new RegExp(
  String.raw`\b(\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})[\s-]+(?:(calendar|working)[\s-]+)?(weeks?|days?|months?)\b|\b(a\s+)?fortnight\b`,
  'gi',
);

const MONTH_NUMBER: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

function monthOf(name: string): number {
  return MONTH_NUMBER[name.slice(0, 3).toLowerCase()];
}

/** Month names count only when capitalised, as dates are: "may" and "march" are verbs too. */
function capitalised(name: string): boolean {
  return name[0] >= 'A' && name[0] <= 'Z';
}

/** Short month names ("Mar", "Sep") stand alone too rarely to trust without a day or year. */
function fullName(name: string): boolean {
  return name.length > 3 && name.toLowerCase() !== 'sept';
}

function year(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  const y = text.length === 2 ? 2000 + n : n;
  return y >= 1900 && y <= 2199 ? y : undefined;
}

export function daysInMonth(month: number, y = 2001): number {
  return new Date(Date.UTC(y, month, 0)).getUTCDate();
}

function valid(date: CalendarDate): boolean {
  if (date.month < 1 || date.month > 12) return false;
  if (date.day === undefined) return true;
  return date.day >= 1 && date.day <= daysInMonth(date.month, date.year ?? 2000);
}

/** The dates in a text, in order. */
export function findDates(text: string): DateToken[] {
  const out: DateToken[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    const token = readDate(m);
    if (token) out.push(token);
    else if (m[0].length > 1) DATE.lastIndex = m.index + 1;
  }
  return out;
}

function readDate(m: RegExpExecArray): DateToken | undefined {
  const at = { start: m.index, end: m.index + m[0].length };
  const g = m;
  let date: CalendarDate | undefined;
  let to: CalendarDate | undefined;
  if (g[1] !== undefined) {
    date = { year: year(g[1]), month: Number(g[2]), day: Number(g[3]) };
  } else if (g[4] !== undefined) {
    // Day first, as in the UK, unless only the other order makes sense (03/25/2027).
    const a = Number(g[4]);
    const b = Number(g[5]);
    const y = year(g[6]);
    if (a > 12 && b > 12) return undefined;
    date = a <= 12 && b > 12 ? { year: y, month: a, day: b } : { year: y, month: b, day: a };
  } else if (g[7] !== undefined) {
    if (!capitalised(g[9])) return undefined;
    const y = year(g[10]);
    date = { year: y, month: monthOf(g[9]), day: Number(g[7]) };
    to = { year: y, month: monthOf(g[9]), day: Number(g[8]) };
    if (!valid(to) || to.day! <= date.day!) return undefined;
  } else if (g[11] !== undefined) {
    if (!capitalised(g[12])) return undefined;
    date = { year: year(g[13]), month: monthOf(g[12]), day: Number(g[11]) };
  } else if (g[14] !== undefined) {
    if (!capitalised(g[14])) return undefined;
    date = { year: year(g[16]), month: monthOf(g[14]), day: Number(g[15]) };
  } else if (g[17] !== undefined) {
    if (!capitalised(g[17])) return undefined;
    if (g[18] === undefined && !fullName(g[17])) return undefined;
    date = { year: year(g[18]), month: monthOf(g[17]) };
  }
  if (!date || !valid(date)) return undefined;
  return to ? { kind: 'date', ...at, date, to } : { kind: 'date', ...at, date };
}

/** Date placeholders in a text, in order: those that could stand for a date or a number of weeks. */
export function findPlaceholders(text: string): PlaceholderToken[] {
  const out: PlaceholderToken[] = [];
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const after = text.slice(end, end + 12);
    if (raw[0] === '[') {
      const inner = raw.slice(1, -1);
      // Links and footnotes are not placeholders: "[text](url)", "[text][ref]", "[^1]".
      if (after[0] === '(' || after[0] === '[' || inner[0] === '^') continue;
      if (BRACKET_DATE_WORD.test(inner)) out.push({ kind: 'placeholder', start, end, text: raw, dateShaped: /\b(dates?|day|month|year|dd|deadline)\b/i.test(inner) });
      else if (BRACKET_NUMBER.test(inner) && /^\s*(weeks?|days?|months?)\b/i.test(after)) out.push({ kind: 'placeholder', start, end, text: raw, dateShaped: false });
      continue;
    }
    const lower = raw.toLowerCase();
    if (lower.includes('/')) {
      out.push({ kind: 'placeholder', start, end, text: raw, dateShaped: true });
    } else if (lower === 'tbc' || lower === 'tba' || lower === 'tbd') {
      out.push({ kind: 'placeholder', start, end, text: raw, dateShaped: false });
    } else if (lower.length >= 3 || /^\s+(weeks?|days?|months?|[a-z]+ \d{4})\b/i.test(after)) {
      // "xxx", or "XX weeks", "XX March 2027". A lone capital "XXX" is thirty in Roman numerals
      // and is left to the caller's context (it needs a date cue to count).
      out.push({ kind: 'placeholder', start, end, text: raw, dateShaped: lower.length === 2 });
    }
  }
  return out;
}

/** Stated lengths of time ("eight weeks", "a six-week", "30 working days", "a fortnight"), in order. */
export function findDurations(text: string): DurationToken[] {
  const out: DurationToken[] = [];
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(text); m; m = DURATION.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] === undefined) {
      out.push({ kind: 'duration', start, end, days: 14, label: '2 weeks' });
      continue;
    }
    const word = m[1].toLowerCase();
    const n = NUMBER_WORDS[word] ?? Number(word);
    if (!(n > 0)) continue;
    const unit = m[3].toLowerCase().replace(/s$/, '');
    const working = m[2]?.toLowerCase() === 'working';
    const days = unit === 'week' ? n * 7 : unit === 'month' ? n * 30 : working ? Math.floor((n * 7) / 5) : n;
    const label = `${n} ${working ? 'working ' : ''}${unit}${n === 1 ? '' : 's'}`;
    out.push({ kind: 'duration', start, end, days, label });
  }
  return out;
}

/** Dates, placeholders and durations together, in order, without overlaps (earlier and longer win). */
export function findTokens(text: string): Token[] {
  const all: Token[] = [...findDates(text), ...findPlaceholders(text), ...findDurations(text)];
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Token[] = [];
  for (const t of all) {
    const last = out[out.length - 1];
    if (last && t.start < last.end) continue;
    out.push(t);
  }
  return out;
}

/** A date as a day number (days since 1970), filling a missing day from `edge`. */
export function dayNumber(date: CalendarDate, fallbackYear: number, edge: 'first' | 'last'): number {
  const y = date.year ?? fallbackYear;
  const day = date.day ?? (edge === 'first' ? 1 : daysInMonth(date.month, y));
  return Date.UTC(y, date.month - 1, day) / 86_400_000;
}

/**
 * The days from one date to another, completing missing years from each other: "from 12 January
 * to 9 March 2027" takes 2027 for both, "from 1 December to 9 February 2027" starts in 2026.
 * Undefined when the end comes before the start or more than a year after it.
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number | undefined {
  const assumed = 2001;
  let fromYear = from.year ?? to.year ?? assumed;
  let toYear = to.year ?? from.year ?? assumed;
  const start = () => dayNumber(from, fromYear, 'first');
  const end = () => dayNumber(to, toYear, 'last');
  if (end() < start()) {
    if (from.year === undefined) fromYear--;
    else if (to.year === undefined) toYear++;
    else return undefined;
  }
  const days = end() - start();
  return days >= 0 && days <= 366 ? days : undefined;
}

/** A length in days as "8 weeks", "5 weeks and 3 days" or "10 days". */
export function describeDays(days: number): string {
  const weeks = Math.floor(days / 7);
  const rest = days % 7;
  const w = `${weeks} week${weeks === 1 ? '' : 's'}`;
  const d = `${rest} day${rest === 1 ? '' : 's'}`;
  if (weeks === 0) return d;
  return rest === 0 ? w : `${w} and ${d}`;
}

/** Lower-case words of a text, in order. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[a-z]+(?:['’][a-z]+)?/g) ?? [];
}

/**
 * What a sentence may lean on that is not in it, nearest first: for a table cell, the column's
 * header and then the cells before it in its row ("Consultation closes | 9 March 2027"); for a
 * list item, the sentence that leads into the list ("The consultation:" then "- closes on 9 March
 * 2027"). One list per sentence of the block, empty where there is none.
 */
export function sentenceContexts(block: BlockModel): string[][] {
  const contexts: string[][] = block.sentences.map(() => []);
  const headers = new Map<number, string[]>();
  let row: { table: number; row: number; cells: string[] } | undefined;
  let leadIn: string | undefined;
  block.units.forEach((unit) => {
    let context: string[] = [];
    if (unit.tableCell) {
      const { table, row: r, column, header } = unit.tableCell;
      if (header) {
        const list = headers.get(table) ?? [];
        list[column] = unit.text;
        headers.set(table, list);
      } else {
        if (!row || row.table !== table || row.row !== r) row = { table, row: r, cells: [] };
        context = [headers.get(table)?.[column] ?? '', ...[...row.cells].reverse()].filter((c) => c.trim() !== '');
        row.cells.push(unit.text);
      }
    } else if (unit.listItem) {
      if (leadIn) context = [leadIn];
      if (unit.listAfter > 0) leadIn = unit.text;
    } else {
      leadIn = unit.kind === 'paragraph' && unit.listAfter > 0 ? unit.text : undefined;
    }
    for (let i = 0; i < unit.sentenceCount; i++) contexts[unit.firstSentence + i] = context;
  });
  return contexts;
}
