import { defineBlockRule, sentenceSpan, type Fix } from '../engine';
import { GOVUK_WORDS_TO_AVOID, LGA_BANNED_WORDS, PLAIN_WORDS_RE, entryFor, formKey, listAlternatives, ownWords, type PhraseMatch } from './plain-words';
import { matchCase, rewriteFix, straighten } from './question-text';
import { SOURCES } from './sources';

/** The word is talked about rather than used: in quotes, or listed with a note ("- going forward (unless…)"). */
function mentioned(text: string, start: number, end: number): boolean {
  if (/["'\u2018\u201c]$/.test(text.slice(start - 1, start)) && /^["'\u2019\u201d]/.test(text.slice(end, end + 1))) return true;
  return /^\s*\((?:unless|except|we\b|what\b|use\b|try\b|say\b|instead)/i.test(text.slice(end, end + 12));
}

const LIST_NAME = { govuk: 'GOV.UK', lga: "Local Government Association's" } as const;

export default defineBlockRule({
  id: 'words-to-avoid',
  summary: 'The draft uses words that the GOV.UK and LGA plain-English lists ask writers to avoid, such as "facilitate", "stakeholders" or "going forward".',
  why:
    'Vague, formal words make people work harder to understand what you will do, and some readers give up. Plain words are quicker to read for everyone, including people with lower literacy, people reading in a second language and people using screen readers.',
  howToFix:
    'Use the plain alternative, or say exactly what you mean: who will do what, and when. The quick fix swaps in a plain word where it fits one-for-one.',
  principles: [
    { name: 'Write in plain English and avoid jargon', ...SOURCES.consultationPrinciples },
    { name: 'Words to avoid, with plain alternatives', ...GOVUK_WORDS_TO_AVOID },
    { name: 'Words councils should not use with the public', ...LGA_BANNED_WORDS },
    { name: 'Provide jargon-free, appropriate and understandable information (principle 5)', ...SOURCES.welshPrinciples },
  ],
  defaultSeverity: 'information',
  appliesTo: ['policy', 'strategy', 'engagement-plan', 'consultation', 'survey', 'service-design', 'feedback-report'],
  fixKind: 'rewrite',
  messages: {
    jargon: "'{word}' is on the {list} list of words to avoid. {note} Try {plain}.",
    own: "'{word}' is on your own list of words to avoid (the vocabulary in your configuration file). Try {plain}.",
  },
  example: {
    flagged: '## How we will work\n\nWe will collaborate with local groups to streamline the booking process.\n',
    ok: '## How we will work\n\nWe will work with local groups to make the booking process simpler.\n',
  },
  check(block, context) {
    const own = ownWords(context.vocabulary.plainWords);
    for (const sentence of block.sentences) {
      const text = straighten(sentence.text);
      const mine: PhraseMatch[] = own ? own.finder.find(text) : [];
      for (const m of mine) {
        if (mentioned(text, m.start, m.end)) continue;
        const word = sentence.text.slice(m.start, m.end);
        const plain = own!.plain[m.phrase];
        const fix = plain === '' ? undefined : rewriteFix(block, sentence, m.start, m.end, matchCase(word, plain), `Replace with '${plain}'`);
        context.report({
          messageId: 'own',
          data: { word: word.replace(/\s+/g, ' '), plain: plain === '' ? 'a plainer word' : listAlternatives([plain]) },
          ...sentenceSpan(block, sentence, m.start, m.end),
          fixes: fix ? [fix] : [],
        });
      }
      for (const m of text.matchAll(PLAIN_WORDS_RE)) {
        const found = entryFor(m[0]);
        if (!found) continue;
        const { entry, form } = found;
        const place = { text, start: m.index, end: m.index + m[0].length, form };
        // The user's own entry wins where the two overlap ("going forward together").
        if (mine.some((o) => o.start < place.end && place.start < o.end)) continue;
        if (entry.sense && !entry.sense(place)) continue;
        if (mentioned(text, place.start, place.end)) continue;
        const word = sentence.text.slice(place.start, place.end);
        const instead = own?.overrides.get(formKey(form));
        const fixes: Fix[] = [];
        const swap = instead ?? entry.swap?.[form];
        if (swap && (instead !== undefined || !entry.swapWhen || entry.swapWhen(place))) {
          const fix = rewriteFix(block, sentence, place.start, place.end, matchCase(word, swap), `Replace with '${swap}'`);
          if (fix) fixes.push(fix);
        }
        context.report({
          messageId: 'jargon',
          data: {
            word: word.replace(/\s+/g, ' '),
            list: LIST_NAME[entry.list],
            note: entry.note,
            plain: listAlternatives(instead !== undefined ? [instead] : entry.plain),
          },
          ...sentenceSpan(block, sentence, place.start, place.end),
          fixes,
        });
      }
    }
  },
});
