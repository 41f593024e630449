import { blockFact, defineDocumentRule, eolOf, sectionAt, type BlockModel, type DocumentModel, type Fix, type SentenceRef } from '../engine';
import { insertSectionFix } from './snippet-sections';
import { SOURCES } from './sources';

/**
 * The Welsh language, not the Welsh Government or a document "available in Welsh": the medium a
 * document comes in says nothing about a policy's effects.
 */
const WELSH =
  /(?<!\bin )\b(welsh|cymraeg|gymraeg|chymraeg)\b(?![ -](government|ministers?|assembly|parliament|senedd|water|ambulance|local government|office))/i;

/** Effects on the language, in English or Welsh. */
const EFFECT =
  /\b(effects?|impacts?|affect|affects|affected|affecting|consequences|implications|opportunit(y|ies)\b.{0,30}\buse\b|(no )?less favourabl[ey]|more favourabl[ey]|wlia|effaith|effeithiau|cyfleoedd|llai ffafriol)/i;

/** Asking people for their views, where the words are not a question: "We would like your views on…". */
const SEEKS_VIEWS =
  /\b(tell us|let us know|your (views|comments|thoughts)|we (want|would like|wish|need) to (know|hear)|we welcome (your )?(views|comments)|we (are|will be) (asking|seeking|inviting)|we invite|please (tell|say|comment|give|share)|what do you think|views are (sought|invited|welcome)|seek(ing)? (your )?views|hoffem (wybod|glywed)|dywedwch wrthym)\b/i;

const WELSH_TRIBUNAL = {
  source: 'Welsh Language Tribunal, Neath Port Talbot CBC v Welsh Language Commissioner (conscientious consideration), via Landmark Chambers',
  url: 'https://www.landmarkchambers.co.uk/news-and-cases/welsh-language-tribunal-endorses-test-of-conscientious-consideration-for-policy-making-standards',
};

/** Sections a Welsh language section naturally comes before. */
const COMES_BEFORE = [
  /\b(what happens next|next steps|how we will decide|you said|feedback|how (you|to) (can )?respond|contact|get in touch|further information|more information|appendi(x|ces)|glossary|references)\b/i,
];

interface SentenceFacts {
  /** Index of the sentence in its block. */
  s: number;
  welsh: boolean;
  effect: boolean;
  /** A question, or a request for views. */
  asks: boolean;
  heading: boolean;
}

/** Sentences that mention the Welsh language or effects, worked out once per block text. */
function welshFacts(block: BlockModel): SentenceFacts[] {
  return blockFact(block, 'welsh-language-effects', (parsed) => {
    const questions = new Set(parsed.questions.map((q) => q.sentence));
    const out: SentenceFacts[] = [];
    parsed.sentences.forEach((sentence, s) => {
      const welsh = WELSH.test(sentence.text);
      const effect = EFFECT.test(sentence.text);
      if (!welsh && !effect) return;
      const asks = questions.has(s) || /\?["'”’)\]*_\s]*$/.test(sentence.text) || SEEKS_VIEWS.test(sentence.text);
      out.push({ s, welsh, effect, asks, heading: parsed.units[sentence.unit].kind === 'heading' });
    });
    return out;
  });
}

export default defineDocumentRule({
  id: 'welsh-language-effects-missing',
  summary: 'A draft for Wales does not consider, and ask about, the effects on the Welsh language.',
  why:
    'Under the Welsh Language Standards, a consultation on a policy decision must consider, and seek views on, its effects on opportunities for people to use Welsh and on treating Welsh no less favourably than English, and how the policy could be changed to make those effects more positive or less adverse. The Welsh Language Tribunal expects a conscientious effort, not general facts about Welsh speakers.',
  howToFix:
    'Add a Welsh language section: set out the effects you expect on opportunities to use Welsh and on treating Welsh no less favourably than English, and why; then ask people what effects they think the proposal would have, and how it could be changed to make them more positive or less adverse.',
  principles: [
    {
      name: 'Consider, and seek views on, the effects on opportunities to use Welsh and on treating Welsh no less favourably than English',
      ...SOURCES.welshLanguageStandards,
    },
    { name: 'The Welsh Language Tribunal expects a conscientious effort to consider the effects', ...WELSH_TRIBUNAL },
  ],
  defaultSeverity: 'warning',
  appliesTo: ['consultation', 'policy', 'strategy', 'engagement-plan', 'survey'],
  severityByKind: { consultation: 'error' },
  fixKind: 'insert-section',
  messages: {
    missing:
      'Nothing considers or asks about the effects on the Welsh language, which the Welsh Language Standards require of a consultation on a policy decision. Set out the effects on opportunities to use Welsh and on treating Welsh no less favourably than English, and ask people for their views on them.',
    noQuestion:
      'This considers the effects on the Welsh language, but the draft does not ask people for their views on them, as the Welsh Language Standards require. Ask what effects people think the proposal would have, and how it could be changed to make them more positive or less adverse.',
    noConsideration:
      'This asks about effects on the Welsh language, but the draft does not set out its own view of them. Say what effects you expect on opportunities to use Welsh and on treating Welsh no less favourably than English, and why: general facts about Welsh speakers are not enough.',
  },
  example: {
    flagged: '---\nregion: wales\n---\n\n# School transport consultation\n\n## Why we are asking\n\nWe need to decide how school transport will work from September 2027.\n',
    ok:
      '---\nregion: wales\n---\n\n# School transport consultation\n\n## Welsh language\n\nWe think the proposal would have no adverse effect on opportunities for pupils to use Welsh, because Welsh-medium schools keep their own routes.\n\nWhat effects do you think the proposal would have on the Welsh language, and how could it be changed to make them more positive?\n',
  },
  check(doc, context) {
    if (context.region !== 'wales') return;
    let consideration: SentenceRef | undefined;
    let question: SentenceRef | undefined;
    for (const block of doc.blocks) {
      for (const f of welshFacts(block)) {
        if (f.heading || !f.effect) continue;
        if (f.asks ? question : consideration) continue;
        const sentence = block.sentences[f.s];
        // Under a "Welsh language" heading the sentences need not name the language again.
        if (!f.welsh && !underWelshHeading(doc, sentence.start)) continue;
        const ref = { block, sentence, unit: block.units[sentence.unit] };
        if (f.asks) question = ref;
        else consideration = ref;
      }
      if (consideration && question) return;
    }
    if (consideration) {
      const fix = askFix(doc, consideration);
      context.report({ messageId: 'noQuestion', start: consideration.sentence.start, end: consideration.sentence.end, fixes: fix ? [fix] : [] });
      return;
    }
    if (question) {
      context.report({ messageId: 'noConsideration', start: question.sentence.start, end: question.sentence.end });
      return;
    }
    context.report({
      messageId: 'missing',
      ...doc.anchor,
      fixes: [
        insertSectionFix(doc, "Insert a 'Welsh language' section", 'Welsh language question', COMES_BEFORE),
      ],
    });
  },
});

function underWelshHeading(doc: DocumentModel, offset: number): boolean {
  for (let section = sectionAt(doc, offset); section; section = doc.sections[section.parent]) {
    if (section.heading === doc.title) return false;
    if (WELSH.test(section.heading.text)) return true;
    if (section.parent < 0) return false;
  }
  return false;
}

/** The standard question, as a paragraph of its own after the paragraph that considers the effects. */
const QUESTION =
  'What effects do you think the proposal would have on opportunities for people to use Welsh, and on treating Welsh no less favourably than English? How could it be changed to have more positive effects, or fewer adverse effects?';

function askFix(doc: DocumentModel, ref: SentenceRef): Fix | undefined {
  const unit = ref.unit;
  // Only after a plain paragraph: a new paragraph cannot go inside a list item, a table or a quote.
  if (unit.kind !== 'paragraph' || unit.listItem || unit.tableCell) return undefined;
  let lineStart = unit.start;
  while (lineStart > 0 && doc.text[lineStart - 1] !== '\n' && doc.text[lineStart - 1] !== '\r') lineStart--;
  if (doc.text.slice(lineStart, unit.start).trim() !== '') return undefined;
  const eol = eolOf(doc.text);
  return {
    title: 'Add a question on the effects on the Welsh language',
    edits: [{ start: unit.end, end: unit.end, newText: `${eol}${eol}${QUESTION}` }],
    isPreferred: true,
  };
}
