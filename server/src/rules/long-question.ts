import { defineBlockRule, questionSentences } from '../engine';
import { SOURCES } from './sources';

// Counts the words of the question sentence only: the preamble sentence before it and the
// answer options after it are separate sentences and units, so they never add to the count.

const GOV_UK_WRITING = {
  source: 'GOV.UK style guidance: split sentences over 25 words (as summarised in a writing-for-the-web course)',
  url: 'https://automate.video/writing_for_the_web_training_course_pb2609e50',
};
const PLAIN_ENGLISH_CAMPAIGN = {
  source: 'Plain English Campaign, How to write in plain English',
  url: 'https://is.muni.cz/el/phil/podzim2017/CJVAPS/howtowriteplainenglish.txt?kod=aVLHE0221c&predmet=1327141',
};

/** A word: letters or digits, with inner apostrophes and hyphens; a code span (U+FFFC) counts as one. */
const WORD = /[A-Za-z0-9\u00c0-\u024f\ufffc][\w\u00c0-\u024f'\u2019-]*/g;

/** A question mark closed by a quotation mark: the sentence quotes a question ("…is all about "what do you want?""). */
const QUOTED_END = /\?\s*["\u201d'\u2019]+[\s)\]*_]*$/;
const OPENING_QUOTE = /(?:^|[\s(\[])["\u201c'\u2018](?=\S)/g;
/** A question introduced by a colon or dash: "…try reframing the situation: How would you…?". */
const LEAD_IN = /(?::|\s--|\s[\u2013\u2014])\s+(?=(?:how|what|why|which|who|when|where|do|does|did|is|are|was|were|can|could|would|will|should|have|has)\b)/gi;

/**
 * Where the question proper starts in a sentence that carries more than the question: the last
 * opening quotation mark when the sentence ends by quoting a question, or the clause after a colon
 * or dash that starts with a question word. 0 when the whole sentence is the question.
 */
export function askingPart(text: string): number {
  let at = 0;
  if (QUOTED_END.test(text)) {
    for (const m of text.matchAll(OPENING_QUOTE)) at = m.index + m[0].length - 1;
    if (at > 0) return at + 1;
  }
  // "…note the date (for example, is it due before the next meeting?)": the bracket is the question.
  if (/\?\s*\)[\s*_]*$/.test(text)) {
    const open = text.lastIndexOf('(');
    if (open > 0) return open + 1;
  }
  for (const m of text.matchAll(LEAD_IN)) at = m.index + m[0].length;
  return at;
}

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

export default defineBlockRule({
  id: 'long-question',
  summary: 'A question is longer than people can comfortably read and answer in one go.',
  why:
    'People answering a survey read each question once, often on a phone. A long question makes them hold several ideas at once, so some answer only the part they remember and others give up, and the answers no longer mean the same thing.',
  howToFix:
    'Keep the question itself short: move background facts into a sentence or an "About this proposal" section before it, and split a question that asks about more than one thing.',
  principles: [
    { name: 'Keep sentences to 25 words or fewer', ...GOV_UK_WRITING },
    { name: 'Aim for an average sentence length of 15 to 20 words', ...PLAIN_ENGLISH_CAMPAIGN },
    { name: 'Use plain language and short sentences of about 15 to 20 words', ...SOURCES.electoralCommission },
    { name: 'Be simple and keep questions short', ...SOURCES.snapSurveys },
  ],
  defaultSeverity: 'information',
  appliesTo: ['policy', 'strategy', 'engagement-plan', 'consultation', 'survey', 'service-design', 'feedback-report'],
  fixKind: 'none',
  messages: {
    long: 'Long question: {count} words, over the limit of {max}. Long questions are hard to take in at one reading; move the background into a sentence before the question and keep the question itself short.',
  },
  options: {
    maxWords: { default: 25, description: 'The most words a question sentence may have before it is flagged.' },
  },
  example: {
    flagged:
      '## Your views\n\n1. Thinking about the changes to opening hours at the library that we made last spring after the budget review, how easy or difficult is it now for you to visit at a time that suits you?\n',
    ok: '## Your views\n\nLast spring we changed the library opening hours after the budget review.\n\n1. How easy or difficult is it now for you to visit at a time that suits you?\n',
  },
  check(block, context) {
    const raw = Number(context.options.maxWords);
    const max = Number.isFinite(raw) && raw > 0 ? Math.floor(raw) : 25;
    for (const { sentence } of questionSentences(block)) {
      const count = countWords(sentence.text.slice(askingPart(sentence.text)));
      if (count > max) {
        context.report({ messageId: 'long', data: { count, max }, start: sentence.start, end: sentence.end, fixes: [] });
      }
    }
  },
});
