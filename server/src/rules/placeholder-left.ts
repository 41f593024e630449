import { defineBlockRule, toSourceRange, type BlockModel, type OffsetRange } from '../engine';
import { wordsOf } from './dates';
import { SOURCES } from './sources';

/**
 * Placeholders authors leave while drafting: "TBC", "XX/XX", "DD/MM/YYYY", "xxx", "£X", "Lorem
 * ipsum" and notes in square or curly brackets. Brackets are sorted out in bracketPlaceholder.
 */
const CANDIDATE =
  /\[[^\][\n]{1,80}\]|\{\{?[^{}\n]{1,80}\}\}?|\b(?:tbc|tbd|tba)\b|\bx{1,2}\/x{1,2}(?:\/x{2,4})?\b|\b(?:dd\/mm|mm\/dd)(?:\/(?:yyyy|yy))?\b|\bx{2,}\b|[£$€]\s?x(?:[x,.]*x)?(?![a-z0-9])|\blorem ipsum\b/gi;

/** A one-word bracketed note that asks for something: "[date]", "[Team]", "[link]", "[n]". */
const SINGLE_WORDS = new Set([
  'insert', 'add', 'name', 'names', 'date', 'dates', 'team', 'link', 'links', 'url', 'number', 'numbers', 'tbc', 'tbd',
  'tba', 'enter', 'include', 'details', 'email', 'e-mail', 'address', 'phone', 'telephone', 'contact', 'title',
  'organisation', 'organization', 'venue', 'location', 'time', 'day', 'month', 'year', 'amount', 'cost', 'figure',
  'percentage', 'placeholder', 'todo', 'website', 'deadline', 'decision', 'decision-maker', 'reason', 'x', 'n', 'xx', 'xxx',
]);
/** How a longer note starts when it is an instruction: "[insert closing date]", "[name the groups]", "[e.g. carers]". */
const FIRST_WORDS = new Set([
  'insert', 'add', 'enter', 'include', 'name', 'date', 'team', 'link', 'list', 'describe', 'fill', 'complete', 'update',
  'check', 'confirm', 'choose', 'select', 'delete', 'remove', 'replace', 'tbc', 'tbd', 'tba', 'e.g', 'eg', 'x', 'n', 'todo',
  'placeholder', 'details', 'number', 'your',
]);
/** How a longer note ends when it names the missing detail: "[Council name]", "[the closing date]", "[web link]". */
const LAST_WORDS = new Set([
  'name', 'names', 'date', 'dates', 'link', 'url', 'number', 'details', 'email', 'address', 'phone', 'telephone', 'figure',
  'amount', 'tbc', 'tbd', 'tba', 'here',
]);
/** Words that make a bracket editorial text, whatever else it holds: "[sic]", "[emphasis added]". */
const EDITORIAL = /^\s*(sic\.?|emphasis (added|mine|in original)|\.\.\.|…|citation needed|inaudible|laughter|redacted|names? (withheld|removed|redacted|changed))\s*$/i;
/** Roman numerals are read from the words before them: "Part XX", "Chapter XXX". */
const ROMAN_BEFORE = /\b(part|chapter|section|schedule|article|volume|vol|book|appendix|annex|annexe|phase|pope|king|queen|super bowl|world war)\s*$/i;
const MONTH_OR_UNIT = /^\s+(january|february|march|april|may|june|july|august|september|october|november|december|weeks?|days?|months?|years?|people|hours?|am|pm)\b|^%/i;

export default defineBlockRule({
  id: 'placeholder-left',
  summary: "The draft still holds placeholders such as 'TBC', '[date]', 'XX/XX' or 'Lorem ipsum'.",
  why:
    "A placeholder is a gap where a fact should be: a date, a name, a link or an amount. Readers cannot act on it, it makes the draft look unfinished, and in a consultation a missing date or contact can stop people taking part.",
  howToFix:
    "Replace each placeholder with the real detail, such as the closing date, the team's name or the link. If the detail is not known yet, say when it will be and how people will hear, rather than leaving 'TBC'.",
  principles: [
    { name: 'Provide jargon-free, appropriate and understandable information (principle 5)', ...SOURCES.welshPrinciples },
    { name: 'Informative: give enough information for people to respond', ...SOURCES.consultationPrinciples },
    { name: 'Give people the information they need to take part meaningfully', ...SOURCES.iap2 },
  ],
  defaultSeverity: 'warning',
  appliesTo: ['policy', 'strategy', 'engagement-plan', 'consultation', 'survey', 'service-design', 'feedback-report'],
  fixKind: 'none',
  messages: {
    placeholder:
      "'{placeholder}' is a placeholder that was never filled in, so readers meet a gap where a fact should be. Replace it with the real detail before you publish.",
    dummyText:
      "'{placeholder}' is dummy text, so readers meet filler where the draft should say something. Replace it with what you mean before you publish.",
  },
  example: {
    flagged: '# Library opening hours consultation\n\nThe consultation closes on TBC. Contact [Team] for a paper copy.\n',
    ok:
      '# Library opening hours consultation\n\nThe consultation closes on 9 March 2027. Contact the Library Service on 01234 567890 for a paper copy.\n',
  },
  check(block, context) {
    for (const found of placeholdersIn(block)) {
      context.report({
        messageId: found.dummy ? 'dummyText' : 'placeholder',
        data: { placeholder: found.text },
        start: found.start,
        end: found.end,
      });
    }
  },
});

interface Found extends OffsetRange {
  text: string;
  dummy: boolean;
}

/** Placeholders in the block's prose, in order: each at its exact place in the source. */
export function placeholdersIn(block: BlockModel): Found[] {
  const out: Found[] = [];
  for (const unit of block.units) {
    const text = unit.text;
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
      const raw = m[0];
      const start = m.index;
      const end = start + raw.length;
      if (!isPlaceholder(text, raw, start, end)) continue;
      const dummy = /^lorem/i.test(raw);
      // A task list's "[ ]" never reaches here: the parser reads it as the item's checkbox.
      out.push({ ...toSourceRange(unit.map, start, end), text: raw.trim(), dummy });
    }
  }
  return out;
}

function isPlaceholder(text: string, raw: string, start: number, end: number): boolean {
  const first = raw[0];
  if (first === '[' || first === '{') return bracketPlaceholder(text, raw, start, end);
  const lower = raw.toLowerCase();
  if (lower === 'tbc' || lower === 'tbd' || lower === 'tba' || lower.startsWith('lorem')) return true;
  // "Date of birth (DD/MM/YYYY)", "in the format dd/mm/yyyy": telling people how to write a date.
  if (lower.includes('/')) return !(lower.startsWith('dd') || lower.startsWith('mm')) || !isFormatHint(text, start, end);
  if (first === '£' || first === '$' || first === '€') return true;
  // Runs of x: "xxx" and "XXXX" always; "XX" only where a number belongs ("XX March", "XX%").
  const before = text.slice(Math.max(0, start - 20), start);
  if (raw === 'XXX' || raw === 'XX') {
    if (ROMAN_BEFORE.test(before)) return false;
  }
  if (lower.length >= 3) return true;
  return MONTH_OR_UNIT.test(text.slice(end, end + 12));
}

function isFormatHint(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start).trimEnd();
  const after = text.slice(end, end + 2).trimStart();
  if (before.endsWith('(') && after.startsWith(')')) return true;
  const words = wordsOf(before);
  return words.length > 0 && ['format', 'as', 'eg', 'like', 'using'].includes(words[words.length - 1]);
}

/**
 * "[insert date]", "[Team]", "{name}" are placeholders; "[sic]", "[and]" and other editorial
 * insertions are real text, and so are links ("[text](url)", "[text][ref]") and footnotes ("[^1]")
 * when the parser left their brackets in the prose.
 */
function bracketPlaceholder(text: string, raw: string, start: number, end: number): boolean {
  const inner = trimChars(raw, '[{', ']}');
  if (raw[0] === '[') {
    const next = text[end];
    if (next === '(' || next === '[' || inner[0] === '^') return false;
    if (start > 0 && text[start - 1] === ']') return false;
  }
  if (inner.trim() === '' || EDITORIAL.test(inner)) return false;
  const words = inner
    .toLowerCase()
    .split(/[\s/,:;]+/)
    .map((w) => trimChars(w, '("\'‘“', ')"\'’”.!?'))
    .filter((w) => w !== '');
  if (words.length === 0) return false;
  if (words.length === 1) return SINGLE_WORDS.has(words[0]) || /^x+$/.test(words[0]);
  return FIRST_WORDS.has(words[0]) || LAST_WORDS.has(words[words.length - 1]);
}

/** The text without any of `leading` at its start or `trailing` at its end. */
function trimChars(text: string, leading: string, trailing: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && leading.includes(text[start])) start++;
  while (end > start && trailing.includes(text[end - 1])) end--;
  return text.slice(start, end);
}
