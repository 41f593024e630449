import {
  blockFact,
  defineDocumentRule,
  sectionAt,
  sentenceSpan,
  type BlockModel,
  type DocumentModel,
  type OffsetRange,
  type Principle,
} from '../engine';
import {
  daysBetween,
  describeDays,
  findDates,
  findPlaceholders,
  findTokens,
  sentenceContexts,
  wordsOf,
  type CalendarDate,
  type Token,
} from './dates';
import { frontMatterValue } from './evidence';
import { insertSectionFix } from './snippet-sections';
import { SOURCES } from './sources';

/** Words that show a sentence is about the consultation or survey itself, not some other event. */
const TOPIC =
  /\b(consult\w*|surveys?|questionnaires?|engagement|have your say|respon(d|ds|ding|ses?)|repl(y|ies)|views|comments|submissions?|submit|take part|get involved)\b/i;

/** Headings under which a bare date is the closing date. */
const CLOSING_HEADING = /\b(closing date|deadline|when (the )?(consultation|survey|questionnaire) (closes|ends)|last day to (respond|reply))\b/i;
/** Headings under which a bare placeholder stands for the consultation's dates. */
const DATES_HEADING =
  /\b(key dates|dates|timetable|timeline|closing date|deadline|(consultation|engagement|response|survey) (period|dates)|how long|when (you can|to) (respond|take part|have your say))\b/i;

/** Sections a dates section naturally comes before. */
const COMES_BEFORE = [
  /\b(how (you|to) (can )?(take part|get involved|respond|have your say)|ways to (take part|respond|have your say)|questions|what happens next|next steps|how we will decide|feedback|you said|contact|get in touch)\b/i,
];

// Words read backwards from a date to decide what it is.
const FILLER = new Set([
  'on', 'at', 'the', 'of', 'is', 'are', 'will', 'be', 'it', 'its', 'midnight', 'noon', 'am', 'pm', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri',
  'sat', 'sun', 'inclusive', 'and', 'then', 'formally', 'officially', 'now', 'in',
]);
/** Words that may stand between a cue and its date: "the deadline for responses is 9 March". */
const SKIPPABLE = new Set([
  'for', 'responses', 'response', 'comments', 'views', 'submissions', 'consultation', 'survey', 'questionnaire', 'period',
  'engagement', 'this', 'our', 'your', 'to', 'receive', 'received', 'must', 'reach', 'us', 'should', 'get', 'back', 'all',
  'public', 'formal', 'end',
]);
const CLOSE_STRONG = new Set(['close', 'closes', 'closed', 'closing', 'ends', 'ending', 'finishes', 'finish', 'finishing']);
const CLOSE_WEAK = new Set(['until', 'till', 'by', 'before']);
const OPEN = new Set([
  'open', 'opens', 'opened', 'opening', 'start', 'starts', 'started', 'starting', 'begin', 'begins', 'began', 'beginning',
  'launch', 'launches', 'launched', 'from', 'between', 'commencing', 'commences', 'live',
]);
/** Words that show a date belongs to the decision or the feedback, not the response period. */
const BLOCKERS = new Set([
  'decide', 'decides', 'decided', 'deciding', 'decision', 'decisions', 'meeting', 'meets', 'publish', 'published',
  'publishing', 'report', 'reported', 'results', 'feedback', 'summary', 'approve', 'approved', 'cabinet', 'committee',
  'implement', 'implemented', 'introduce', 'introduced', 'happen', 'built', 'works',
]);
const RANGE_CONNECTORS = new Set(['-', '–', '—', 'to', 'until', 'till', 'and', 'through', 'thru', ', to']);

/** What a token is, read from the words before it. */
type Role = 'range-end' | 'close' | 'open' | 'date-label' | null;

interface Cue {
  role: Role;
  /** A label such as "Closing date" or "Deadline" needs no other sign that it is about the consultation. */
  label: boolean;
  /** "closes on", a label: words further back cannot change what the date is. */
  strong: boolean;
}

const NO_CUE: Cue = { role: null, label: false, strong: false };
const RANGE_END: Cue = { role: 'range-end', label: false, strong: false };

function cueBefore(words: string[]): Cue {
  let skipped = 0;
  for (let i = words.length - 1; i >= 0 && skipped <= 4; i--) {
    const w = words[i];
    if (FILLER.has(w)) continue;
    if (w === 'date' || w === 'dates' || w === 'day') {
      const before = words[i - 1];
      if (before && ['closing', 'close', 'end', 'final', 'last'].includes(before)) return { role: 'close', label: true, strong: true };
      if (before && ['opening', 'open', 'start', 'launch', 'starting'].includes(before)) return { role: 'open', label: true, strong: true };
      return { role: 'date-label', label: false, strong: false };
    }
    if (w === 'deadline') return { role: 'close', label: true, strong: true };
    if (CLOSE_STRONG.has(w)) return { role: 'close', label: false, strong: true };
    if (CLOSE_WEAK.has(w) || (w === 'than' && words[i - 1] === 'later')) return { role: 'close', label: false, strong: false };
    if (OPEN.has(w)) return { role: 'open', label: false, strong: false };
    if (SKIPPABLE.has(w)) {
      skipped++;
      continue;
    }
    return NO_CUE;
  }
  return NO_CUE;
}

/** The cue for a token at the start of a sentence, from what the sentence leans on (a header, a row label). */
function cueFromContexts(contexts: readonly string[]): { cue: Cue; words: string[] } | undefined {
  let fallback: { cue: Cue; words: string[] } | undefined;
  for (const context of contexts) {
    const words = wordsOf(context);
    const cue = cueBefore(words);
    if (cue.role === 'open' || cue.role === 'close') return { cue, words };
    if (cue.role !== null && !fallback) fallback = { cue, words };
  }
  return fallback;
}

type Spot = { from: number; to: number; text: string };

interface SentenceFacts {
  /** Index of the sentence in its block. */
  s: number;
  closes: CalendarDate[];
  opens: CalendarDate[];
  ranges: Array<{ from: CalendarDate; to: CalendarDate }>;
  durations: Array<{ days: number; label: string }>;
  /** Placeholders in place of the dates, by position in the sentence. */
  placeholders: Spot[];
  /** Dates with no cue of their own, which a heading such as "Closing date" may explain. */
  bare: CalendarDate[];
  /** Placeholders with no cue of their own, which a heading such as "Key dates" may explain. */
  barePlaceholders: Spot[];
}

/** What each sentence of a block says about the response period, worked out once per block text. */
function periodFacts(block: BlockModel): SentenceFacts[] {
  return blockFact(block, 'response-period', (parsed) => {
    const contexts = sentenceContexts(parsed);
    const out: SentenceFacts[] = [];
    parsed.sentences.forEach((sentence, s) => {
      // "It runs from 5 January to 16 March": the sentence before says what "it" is.
      const previous = parsed.sentences[s - 1];
      const refersBack = previous && previous.unit === sentence.unit && /^(it|this|that)\b/i.test(sentence.text);
      const facts = readSentence(sentence.text, refersBack ? [...contexts[s], previous.text] : contexts[s], s);
      if (facts) out.push(facts);
    });
    return out;
  });
}

function readSentence(text: string, contexts: readonly string[], s: number): SentenceFacts | undefined {
  const tokens = findTokens(text);
  if (tokens.length === 0) return undefined;
  const facts: SentenceFacts = { s, closes: [], opens: [], ranges: [], durations: [], placeholders: [], bare: [], barePlaceholders: [] };
  const topic = TOPIC.test(text) || contexts.some((c) => TOPIC.test(c));
  let previous: { token: Token; blocked: boolean; opened: boolean; ours: boolean } | undefined;
  for (const token of tokens) {
    const between = text.slice(previous ? previous.token.end : 0, token.start);
    const isRangeEnd =
      previous !== undefined && previous.token.kind !== 'duration' && RANGE_CONNECTORS.has(between.trim().toLowerCase());
    let words = wordsOf(between);
    let cue = isRangeEnd ? RANGE_END : cueBefore(words);
    if (!previous && cue.role === null && words.every((w) => FILLER.has(w))) {
      const leaned = cueFromContexts(contexts);
      if (leaned) ({ cue, words } = leaned);
    }
    const blocked = !cue.strong && words.some((w) => BLOCKERS.has(w));
    const relevant = cue.role === 'range-end' ? topic && !previous!.blocked : (topic || cue.label) && !blocked;
    let opened = false;
    let ours = false;
    if (token.kind === 'duration') {
      if (isPeriodDuration(text, token, wordsOf(between), topic)) facts.durations.push({ days: token.days, label: token.label });
    } else if (token.kind === 'placeholder') {
      const spot = { from: token.start, to: token.end, text: token.text };
      const forWeeks = /^[\s-]+(weeks?|days?|months?)\b/i.test(text.slice(token.end, token.end + 10));
      if (cue.role === 'range-end') ours = relevant && previous!.ours;
      else if (cue.role !== null) ours = relevant;
      else ours = forWeeks && topic && !blocked;
      // A capital "XXX" that nothing marks as a date is more likely a Roman numeral.
      const roman = token.text === 'XXX' && cue.role === null;
      if (ours) facts.placeholders.push(spot);
      else if (cue.role === null && !blocked && !roman) facts.barePlaceholders.push(spot);
    } else {
      const date = token.date;
      if (token.to) {
        if (topic && !blocked) facts.ranges.push({ from: date, to: token.to });
      } else if (cue.role === 'range-end' && previous?.token.kind === 'date') {
        // The start was counted as an opening date on its own: it is the range's start instead.
        if (previous.opened) facts.opens.pop();
        if (relevant) facts.ranges.push({ from: previous.token.date, to: date });
      } else if (cue.role === 'close' && relevant) {
        facts.closes.push(date);
      } else if (cue.role === 'open' && relevant) {
        facts.opens.push(date);
        opened = true;
      } else if (cue.role === null && !blocked) {
        facts.bare.push(date);
      }
      ours = relevant;
    }
    previous = { token, blocked, opened, ours };
  }
  const any =
    facts.closes.length + facts.opens.length + facts.ranges.length + facts.durations.length + facts.placeholders.length + facts.bare.length + facts.barePlaceholders.length;
  return any > 0 ? facts : undefined;
}

const DURATION_BEFORE = new Set(['for', 'lasts', 'last', 'lasting', 'of', 'over', 'have', 'period', 'length', 'duration', 'runs', 'run']);
const NOT_A_PERIOD_BEFORE = new Set(['within', 'after', 'in', 'every', 'each', 'by', 'than', 'per', 'up', 'once', 'twice', 'least']);
const DURATION_AFTER = /^[\s-]*(long\s+)?(public\s+|formal\s+)?(consultation|survey|questionnaire|engagement|response|listening|period)\b/i;

/** "runs for eight weeks", "an eight-week consultation", "you have six weeks to respond". */
function isPeriodDuration(text: string, token: Token, words: string[], topic: boolean): boolean {
  if (DURATION_AFTER.test(text.slice(token.end, token.end + 40))) return true;
  const last = words[words.length - 1];
  if (last === undefined || NOT_A_PERIOD_BEFORE.has(last)) return false;
  if (words.some((w) => BLOCKERS.has(w))) return false;
  // "for the next eight weeks", "is open for six weeks", "consultation period: 8 weeks"
  const near = words.slice(-4).filter((w) => !FILLER.has(w) && w !== 'next' && w !== 'a' && w !== 'an');
  return topic && near.some((w) => DURATION_BEFORE.has(w));
}

// ---- the rule --------------------------------------------------------------------------------

interface Found {
  closes: Array<{ at: OffsetRange; date: CalendarDate }>;
  opens: Array<{ at: OffsetRange; date: CalendarDate }>;
  periods: Array<{ at: OffsetRange; days: number; label?: string }>;
  placeholders: Array<{ at: OffsetRange; text: string }>;
  ranges: number;
  durations: number;
}

const GUNNING: Principle = { name: 'Gunning 3: adequate time for consideration and response', ...SOURCES.gunning };

export default defineDocumentRule({
  id: 'response-period-missing',
  summary: 'The consultation or survey gives no closing date or response period, or too short a one.',
  why:
    'People need to know how long they have to respond, and enough time to hear about the consultation, read it, talk it over and reply. A consultation without adequate time fails the Gunning principles and can be challenged in court.',
  howToFix:
    "Say when the consultation opens and closes, for example 'The consultation opens on 12 January 2027 and closes on 9 March 2027: eight weeks.' Allow at least six weeks unless you can explain why a shorter period is proportionate, and replace any 'TBC' or 'DD/MM/YYYY' with the real dates.",
  principles: [
    GUNNING,
    { name: 'Consult for a proportionate amount of time', ...SOURCES.consultationPrinciples },
    { name: 'Plan and deliver engagement in a timely way, with the right time in place (principles 3 and 8)', ...SOURCES.welshPrinciples },
    { name: 'At least six weeks for statutory neighbourhood plan consultation', ...SOURCES.yorkNeighbourhoodPlan },
  ],
  defaultSeverity: 'warning',
  appliesTo: ['consultation', 'survey'],
  severityByKind: { consultation: 'error' },
  messageSeverity: { tooShort: 'warning', placeholder: 'warning' },
  options: {
    minimumWeeks: { default: 6, description: 'The shortest response period, in weeks, that is not reported as too short.' },
  },
  fixKind: 'insert-section',
  messages: {
    missing:
      'There is no closing date or response period, so people cannot tell how long they have to respond, or whether they have enough time. Say when it opens and closes, and how many weeks that gives.',
    tooShort:
      'This response period is {period}, shorter than the minimum of {minimum} weeks, so people may not have time to hear about it, think it over and reply. Allow at least {minimum} weeks, or explain why a shorter period is proportionate.',
    placeholder:
      "'{placeholder}' stands where the response dates should be, so people cannot tell when they can respond. Put in the real date or number of weeks before you publish.",
  },
  example: {
    flagged: '# Library opening hours consultation\n\n## Why we are asking\n\nWe need to decide new opening hours.\n',
    ok:
      '# Library opening hours consultation\n\n## Key dates\n\nThe consultation opens on 12 January 2027 and closes on 9 March 2027: eight weeks.\n',
  },
  check(doc, context) {
    const option = context.options.minimumWeeks;
    const minimum = typeof option === 'number' && option > 0 ? option : 6;
    const found = gather(doc);

    for (const p of found.placeholders) {
      context.report({ messageId: 'placeholder', data: { placeholder: p.text }, ...p.at });
    }

    // Opening and closing dates stated apart, or in front matter: the latest opening before each
    // close. A draft names a handful of distinct dates; the first few dozen are plenty, and keep
    // a draft with thousands of them from costing millions of comparisons on every keystroke.
    const opens = distinct(found.opens);
    for (const close of distinct(found.closes)) {
      let best: number | undefined;
      for (const open of opens) {
        const days = daysBetween(open.date, close.date);
        if (days !== undefined && (best === undefined || days < best)) best = days;
      }
      if (best !== undefined) found.periods.push({ at: close.at, days: best });
    }

    const present = found.closes.length + found.ranges + found.durations > 0;
    if (!present) {
      if (found.placeholders.length > 0) return;
      context.report({
        messageId: 'missing',
        ...doc.anchor,
        fixes: [
          insertSectionFix(doc, "Insert a 'Key dates' section", 'Response period', COMES_BEFORE),
        ],
      });
      return;
    }
    if (found.periods.length === 0) return;
    const longest = found.periods.reduce((a, b) => (b.days > a.days ? b : a));
    // A day's grace: "1 March to 11 April" is six weeks to most readers.
    if (longest.days + 1 >= minimum * 7) return;
    context.report({
      messageId: 'tooShort',
      data: { period: longest.label ?? describeDays(longest.days), minimum },
      ...longest.at,
    });
  },
});

const MAX_DISTINCT = 40;

/** The first few distinct dates, each at its first mention. */
function distinct<T extends { date: CalendarDate }>(dated: readonly T[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const d of dated) {
    const key = `${d.date.year ?? ''}-${d.date.month}-${d.date.day ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
    if (out.length === MAX_DISTINCT) break;
  }
  return out;
}

/** Everything the draft says about its response period: front matter first, then the text. */
function gather(doc: DocumentModel): Found {
  const found: Found = { closes: [], opens: [], periods: [], placeholders: [], ranges: 0, durations: 0 };
  readFrontMatter(doc, found);
  for (const block of doc.blocks) {
    const facts = periodFacts(block);
    for (const f of facts) {
      const sentence = block.sentences[f.s];
      const at = { start: sentence.start, end: sentence.end };
      for (const date of f.closes) found.closes.push({ at, date });
      for (const date of f.opens) found.opens.push({ at, date });
      for (const { from, to } of f.ranges) {
        found.ranges++;
        const days = daysBetween(from, to);
        if (days !== undefined) found.periods.push({ at, days });
      }
      for (const d of f.durations) {
        found.durations++;
        found.periods.push({ at, days: d.days, label: d.label });
      }
      const spot = (p: { from: number; to: number; text: string }) => ({ at: sentenceSpan(block, sentence, p.from, p.to), text: p.text });
      for (const p of f.placeholders) found.placeholders.push(spot(p));
      if (f.bare.length === 0 && f.barePlaceholders.length === 0) continue;
      // A bare date or placeholder takes its meaning from the heading above it.
      const heading = sectionAt(doc, sentence.start)?.heading;
      if (!heading || heading.start === sentence.start) continue;
      if (CLOSING_HEADING.test(heading.text)) for (const date of f.bare) found.closes.push({ at, date });
      if (DATES_HEADING.test(heading.text)) for (const p of f.barePlaceholders) found.placeholders.push(spot(p));
    }
  }
  return found;
}

const FRONT_MATTER_KEYS = ['consultation_opens', 'consultation_closes'] as const;

/** `consultation_opens` and `consultation_closes` in front matter: dates, or placeholders. */
function readFrontMatter(doc: DocumentModel, found: Found): void {
  const fm = doc.frontMatter;
  if (!fm) return;
  for (const key of FRONT_MATTER_KEYS) {
    const value = frontMatterValue(doc, key);
    if (value === undefined || value.trim() === '') continue;
    const at = valueRange(doc, key) ?? doc.anchor;
    const date = findDates(value)[0]?.date;
    if (date) {
      if (key === 'consultation_closes') found.closes.push({ at, date });
      else found.opens.push({ at, date });
      continue;
    }
    const placeholder = findPlaceholders(value)[0];
    if (placeholder) found.placeholders.push({ at, text: value.trim() });
  }
}

/** Where a front matter key's value is written, quotes excluded. */
function valueRange(doc: DocumentModel, key: string): OffsetRange | undefined {
  const fm = doc.frontMatter!;
  const text = doc.text.slice(fm.start, fm.end);
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
    if (at > 0 && text[at - 1] !== '\n') continue;
    let start = at + key.length;
    while (start < text.length && (text[start] === ':' || text[start] === ' ' || text[start] === '\t' || text[start] === '"' || text[start] === "'")) start++;
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r' && text[end] !== '#') end++;
    while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '"' || text[end - 1] === "'")) end--;
    return { start: fm.start + start, end: fm.start + end };
  }
  return undefined;
}
