import { afterClosingEmphasis, defineDocumentRule, eolOf, type DocumentModel, type Fix, type OffsetRange, type SentenceRef } from '../engine';
import { findEvidence, frontMatterValue, hasEvidence, sentencesIn } from './evidence';
import {
  FIXED_HEADING,
  FIXED_STATEMENT,
  INFLUENCE_OPEN,
  insertInfluence,
  LEVEL_HEADING,
  LEVEL_STATEMENT,
} from './purpose-words';
import { SOURCES } from './sources';

/** A declared level, or a statement of what people can influence. */
const LEVEL = { key: 'participation-level', heading: LEVEL_HEADING, body: new RegExp(`${LEVEL_STATEMENT.source}|${INFLUENCE_OPEN.source}`, 'i') };
const FIXED = { key: 'participation-fixed', heading: FIXED_HEADING, body: FIXED_STATEMENT };

/** Sentences the half-done fixes add, worded as in the 'What you can influence' snippet. */
const FIXED_SENTENCE = 'Already decided, and why: the budget is set for this year by full council.';
const LEVEL_SENTENCE = 'This is a consultation: we will ask for your views before we decide.';

export default defineDocumentRule({
  id: 'participation-level-undeclared',
  summary: 'The draft does not say how much influence people will have, or what is already fixed.',
  why:
    'Taking part means something different at each level: being informed, being consulted, being involved, co-designing or co-producing. If a draft does not say which it is, people expect more say than they get, or less, and trust suffers either way. Most consultations honestly sit at "consult"; what matters is saying so, and saying what cannot change.',
  howToFix:
    "Add a 'How much influence you will have' section: name the level (inform, consult, involve, co-design or co-produce), what people can influence, what is already decided and why, and who makes the final decision.",
  principles: [
    { name: 'Spectrum of public participation: each level makes a different promise to the public', ...SOURCES.iap2 },
    { name: 'Ladder of co-production: consultation, engagement, co-design and co-production differ', ...SOURCES.tlap },
    { name: 'Ladder of citizen participation: participation without power can be an empty ritual', ...SOURCES.arnstein },
    { name: 'Make the level of influence participants have clear', ...SOURCES.harrow },
    { name: 'Make clear what level of influence participants may have, and explain constraints', ...SOURCES.cheshireWest },
  ],
  defaultSeverity: 'information',
  severityByKind: { 'engagement-plan': 'warning', consultation: 'warning' },
  appliesTo: ['engagement-plan', 'consultation', 'strategy', 'policy', 'service-design'],
  fixKind: 'insert-section',
  messages: {
    missing:
      'Nothing says how much influence people will have or what is already fixed, so they cannot judge what taking part can change. Say which level this is (inform, consult, involve, co-design or co-produce), what people can influence and what cannot change.',
    noFixed:
      'This says how much influence people will have, but nothing says what is already decided or not negotiable, so people may spend effort on things that cannot change. Say what is fixed, and why.',
    noLevel:
      'This says what is fixed, but nothing says how much influence people have over the rest. Say which level this is (for example consult, involve or co-design) and what people can still change.',
  },
  example: {
    flagged:
      '# Library opening hours consultation\n\n## Why we are asking\n\nWe need to decide new opening hours by March 2027.\n',
    ok:
      '# Library opening hours consultation\n\n## How much influence you will have\n\nThis is a consultation: we will ask for your views before we decide. You can influence which hours each library opens. The total number of hours cannot change, because the budget is set for the year.\n',
  },
  check(doc, context) {
    const declared = frontMatterValue(doc, 'participation_level')?.trim();
    const hasLevel = !!declared || hasEvidence(doc, LEVEL);
    const hasFixed = hasEvidence(doc, FIXED);
    if (hasLevel && hasFixed) return;
    if (!hasLevel && !hasFixed) {
      context.report({ messageId: 'missing', ...doc.anchor, fixes: [insertInfluence(doc)] });
      return;
    }
    const [messageId, sentence] = hasLevel ? (['noFixed', FIXED_SENTENCE] as const) : (['noLevel', LEVEL_SENTENCE] as const);
    const evidence = findEvidence(doc, hasLevel ? LEVEL : FIXED);
    const first = firstOf(doc, evidence.sections.map((s) => s.heading), evidence.sentences);
    if (!first) {
      // Declared only in front matter: the section says the rest.
      context.report({ messageId, ...doc.anchor, fixes: [insertInfluence(doc)] });
      return;
    }
    context.report({ messageId, start: first.sentence.start, end: first.sentence.end, fixes: [addSentence(doc, first, sentence, hasLevel)] });
  },
});

/** The earliest piece of evidence: a heading's sentence or a body sentence. */
function firstOf(doc: DocumentModel, headings: OffsetRange[], sentences: SentenceRef[]): SentenceRef | undefined {
  const candidates = [...headings.flatMap((h) => sentencesIn(doc, h).slice(0, 1)), ...sentences.slice(0, 1)];
  return candidates.sort((a, b) => a.sentence.start - b.sentence.start)[0];
}


/** Adds the missing half right after the evidence: a paragraph under a heading, else a sentence after it. */
function addSentence(doc: DocumentModel, ref: SentenceRef, sentence: string, hasLevel: boolean): Fix {
  const title = hasLevel ? 'Add what is already decided' : 'Add how much influence people will have';
  if (ref.unit.kind === 'heading') {
    const eol = eolOf(doc.text);
    const lineEnd = ref.block.headings.find((h) => h.unit === ref.sentence.unit)?.end ?? ref.unit.end;
    return { title, edits: [{ start: lineEnd, end: lineEnd, newText: `${eol}${eol}${sentence}` }], isPreferred: true };
  }
  const at = afterClosingEmphasis(doc.text, ref.sentence.end);
  return { title, edits: [{ start: at, end: at, newText: ` ${sentence}` }], isPreferred: true };
}
