import { defineBlockRule, OBJECT_CHAR } from '../engine';
import { GOVUK_SENTENCE_LENGTH, PLAIN_ENGLISH_CAMPAIGN } from './plain-words';
import { SOURCES } from './sources';

const SPACE_OR_DASH = /[\s\u2013\u2014]+/;
const WORDLIKE = new RegExp(`[\\p{L}\\p{N}${OBJECT_CHAR}]`, 'u');

/**
 * Words in a sentence: runs between spaces (and dashes) holding a letter, a digit or inline code,
 * so "e-mail", "1,000", "£40", "3.5" and `inline code` each count once and "–" counts not at all.
 */
export function countWords(text: string): number {
  let n = 0;
  for (const chunk of text.split(SPACE_OR_DASH)) if (WORDLIKE.test(chunk)) n++;
  return n;
}

export default defineBlockRule({
  id: 'long-sentence',
  summary: 'A sentence is longer than 25 words, so many readers will find it hard to follow.',
  why:
    'Long sentences are harder to read, especially for people with lower literacy, people reading in a second language and people who are tired, stressed or using a screen reader. GOV.UK advises splitting sentences over 25 words; the Plain English Campaign suggests an average of 15 to 20.',
  howToFix:
    'Split the sentence into two or three shorter ones, or turn a run of items into a bulleted list. Put the main point first.',
  principles: [
    { name: 'Split sentences over 25 words', ...GOVUK_SENTENCE_LENGTH },
    { name: 'Keep sentences short: an average of 15 to 20 words', ...PLAIN_ENGLISH_CAMPAIGN },
    { name: 'Clear: write in plain English so people can respond', ...SOURCES.consultationPrinciples },
    { name: 'Provide jargon-free, appropriate and understandable information (principle 5)', ...SOURCES.welshPrinciples },
  ],
  defaultSeverity: 'hint',
  appliesTo: ['policy', 'strategy', 'engagement-plan', 'consultation', 'survey', 'service-design', 'feedback-report'],
  fixKind: 'none',
  messages: {
    long: 'This sentence has {count} words, more than the {max} most readers can take in at once. Split it into shorter sentences, or use a list.',
  },
  options: {
    maxWords: { default: 25, description: 'The longest sentence, in words, that is not flagged.' },
  },
  example: {
    flagged:
      '## How to take part\n\nYou can take part by filling in the survey online or on paper at any library, by coming to one of our drop-in sessions in the spring, or by phoning us if you would rather talk it through.\n',
    ok: '## How to take part\n\nYou can fill in the survey online or on paper at any library. You can also come to a drop-in session in the spring, or phone us to talk it through.\n',
  },
  check(block, context) {
    const max = Number(context.options.maxWords ?? 25);
    for (const sentence of block.sentences) {
      const unit = block.units[sentence.unit];
      if (unit.kind !== 'paragraph') continue;
      // Cheap pre-check: a sentence of fewer characters than words cannot be long.
      if (sentence.text.length < max * 2) continue;
      const count = countWords(sentence.text);
      if (count > max) context.report({ messageId: 'long', data: { count, max }, start: sentence.start, end: sentence.end });
    }
  },
});
