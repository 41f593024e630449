import { defineBlockRule, questionSentences } from '../engine';
import { askingPart } from './long-question';
import { maskNames, readQuestion, straighten } from './question-text';
import { SOURCES } from './sources';

// Universal words in a question stem ("Do you always…", "Are all staff…") leave people who
// agree most of the time with no true answer. Only the question sentence is read: answer
// options are their own units, so "Always … Never" scales are never seen here. Names and
// quotations are masked, and fixed phrases where the word is not a claim are left alone.

const DORNYEI = {
  source: 'Dörnyei-style questionnaire item guidance: avoid ambiguous or loaded words and sentences',
  url: 'https://www.bookshep.com/questionnaires/avoid-ambiguous-or-loaded-words-and-sentences.html',
};

const ABSOLUTE = /\b(always|never|all|every|everyone|everybody|none|nothing|nobody|completely|totally|entirely)\b/gi;

/** "all" in a fixed phrase or an instruction rather than a claim about everyone or everything. */
const SAFE_AFTER_ALL =
  /^(?:\s+(?:that|which)\s+(?:apply|applies)|\s+(?:the\s+)?following|\s+of\s+(?:the\s+(?:following|above|options|answers|statements|boxes)|these|those|them)|\s+(?:ages|age\s+groups|abilities|backgrounds|kinds|sorts|types)\b|\s+in\s+all\b|\s+(?:day|week|month|year|night|morning|afternoon|evening|weekend|year\s+round)\b|-)/i;
const SAFE_BEFORE_ALL = /(?:\bat|\b(?:tick|select|choose|pick|mark|circle|check)|\bfirst\s+of|\babove|\bafter|\bonce\s+and\s+for|\ball\s+in)\s+$/i;
/** "every" in a schedule ("every two weeks", "every day") rather than a universal claim. */
const SAFE_AFTER_EVERY = /^(?:\s+(?:\d+|two|three|four|five|six|other|few|second|third|fortnight|day|week|month|year|morning|evening|night|weekend|weekday|hour)\b|-)/i;
const SAFE_AFTER_NOTHING = /^\s+(?:else|at\s+all)\b/i;
const SAFE_AFTER_NONE = /^\s+of\s+(?:the\s+(?:above|following|options)|these|those)\b/i;

export interface AbsoluteHit {
  word: string;
  start: number;
  end: number;
}

function safe(word: string, before: string, after: string): boolean {
  if (/^-/.test(after)) return true;
  switch (word) {
    case 'all':
      return SAFE_BEFORE_ALL.test(before) || SAFE_AFTER_ALL.test(after);
    case 'every':
      return SAFE_AFTER_EVERY.test(after);
    case 'nothing':
      return SAFE_AFTER_NOTHING.test(after);
    case 'none':
      return SAFE_AFTER_NONE.test(after);
    default:
      return false;
  }
}

/**
 * A forced choice that names the other side ("…all centres offer everything, or accept that some
 * centres offer less?") is not an all-or-nothing question.
 */
function namesTheAlternative(word: string, rest: string): boolean {
  if (!/^(?:all|every|everyone|everybody|always)$/.test(word)) return false;
  const or = /\bor\b/i.exec(rest);
  return !!or && /\b(?:some|sometimes|others?|fewer|most)\b/i.test(rest.slice(or.index));
}

/** The absolute words of a question sentence, outside names, quotations and fixed phrases. */
export function absoluteTerms(raw: string): AbsoluteHit[] {
  const masked = maskNames(straighten(raw));
  const hits: AbsoluteHit[] = [];
  for (const m of masked.matchAll(ABSOLUTE)) {
    const before = masked.slice(Math.max(0, m.index - 30), m.index);
    const after = masked.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (safe(m[1].toLowerCase(), before, after)) continue;
    if (namesTheAlternative(m[1].toLowerCase(), masked.slice(m.index + m[0].length))) continue;
    hits.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

export default defineBlockRule({
  id: 'absolute-term',
  summary: "A question uses an absolute word such as 'always', 'never' or 'all' that forces an all-or-nothing answer.",
  why:
    "Few things are true always, never or of everyone. A question such as 'Do you always feel safe in the park?' leaves someone who feels safe most of the time with no true answer: they have to pick yes or no, and the answers end up measuring how people read the word rather than what happens to them.",
  howToFix:
    "Drop the absolute word, use 'usually', or ask how often ('How often, if at all, do you feel unsafe in the park?') with a scale from 'never' to 'always' in the answer options.",
  principles: [
    { name: "Avoid items containing universals such as 'all', 'none' and 'never'", ...DORNYEI },
    { name: 'Use specific, concrete wording that people can answer truthfully', ...SOURCES.krosnickPresser },
  ],
  defaultSeverity: 'hint',
  appliesTo: ['policy', 'strategy', 'engagement-plan', 'consultation', 'survey', 'service-design', 'feedback-report'],
  fixKind: 'none',
  messages: {
    absolute:
      "Absolute term: {terms} asks for an all-or-nothing answer, which few people can give truthfully. Consider 'usually', or ask 'How often…' and put the range in the answer options.",
  },
  example: {
    flagged: '## Your views\n\n1. Do you always feel safe walking through the park after dark?\n',
    ok: '## Your views\n\n1. How often, if at all, do you feel unsafe walking through the park after dark?\n',
  },
  check(block, context) {
    for (const { sentence } of questionSentences(block)) {
      // Open questions ("What do you do all day?") leave room for a nuanced answer; closed ones
      // and agree/disagree statements do not.
      const stem = sentence.text.slice(askingPart(sentence.text));
      const q = readQuestion(stem);
      if (!q.closed && q.openerWord !== '') continue;
      const hits = absoluteTerms(stem);
      if (hits.length === 0) continue;
      const seen = [...new Set(hits.map((h) => h.word.toLowerCase()))].map((w) => `'${w}'`);
      const terms = seen.length === 1 ? seen[0] : `${seen.slice(0, -1).join(', ')} and ${seen[seen.length - 1]}`;
      context.report({ messageId: 'absolute', data: { terms }, start: sentence.start, end: sentence.end, fixes: [] });
    }
  },
});
