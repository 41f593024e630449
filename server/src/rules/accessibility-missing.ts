import {
  afterClosingEmphasis,
  blockFact,
  defineDocumentRule,
  eolOf,
  type BlockModel,
  type DocumentModel,
  type Fix,
  type SentenceRef,
} from '../engine';
import { hasAnyContact, sentenceFacts } from './channels';
import { insertSectionFix, snippetText } from './snippet-sections';
import { SOURCES } from './sources';

const UTTLESFORD = {
  source: 'Uttlesford District Council, Our consultation charter (alternative formats)',
  url: 'https://www.uttlesford.gov.uk/article/5505/Our-consultation-charter',
};

/** A named format, language or adjustment. */
const FORMAT =
  /\beasy[- ]?read\b|\blarge[- ]print\b|\bbraille\b|\baudio\b(?![- ]visual)|\bbsl\b|\b(british |irish )?sign language\b|\bmakaton\b|\b(another|other|different|alternative|accessible) (formats?|languages?)\b|\b(alternative|accessible) versions?\b|\blanguages? other than english\b|\bcommunity languages?\b|\btranslations?\b|\btranslators?\b|\btranslated (versions?|copies|documents?|materials?|information|summar(y|ies))\b|\btranslat(e|ed|ing) (it|this|them|the document|documents|materials|information)\b|\binterpreters?\b|\binterpret(ing|ation) (services?|support)\b|\b(hearing|induction) loops?\b|\bloop system\b|\bstep[- ]free\b|\bwheelchair[- ](accessible|access|users?)\b|\blevel access\b|\baccessible (venues?|buildings?|rooms?|toilets?|parking|entrances?|pdfs?|transport)\b|\breasonable adjustments?\b|\b(any|other|access) adjustments? (you|people|someone|that|to help|we can)\b|\badjustments? (you need|you may need|to help|for disabled|to support|people need|we can make)\b|\bsubtitle(s|d)?\b|\bcaptions?\b|\bcaptioned\b|\bscreen[- ]readers?\b|\b(text|video) relay\b|\brelay uk\b|\bsignvideo\b|\bcommunication support\b|\bquiet (rooms?|spaces?)\b|\bbilingual\b|\b(in|into) (welsh|gaelic|polish|urdu|punjabi|bengali|bangla|arabic|somali|romanian|gujarati|portuguese|chinese|mandarin|cantonese|lithuanian|tigrinya|farsi|pashto|dari|ukrainian|turkish|kurdish|spanish|french|tamil|hindi|russian|latvian|slovak|czech|bulgarian|albanian|hungarian)\b/i;

/** Accessibility promised in general, with nothing named. */
const GENERIC =
  /\baccessib(le|ility)\b|\binclusivity\b|\binclusive (engagement|consultation|methods?|ways?|approach|process|involvement|participation|events?|sessions?|for all)\b|\b(remove|removing|overcome|overcoming|address|addressing|reduce|reducing) (the |any )?barriers\b|\bbarriers to (taking part|participation|involvement|engagement)\b|\beasy for (everyone|everybody|people|all|anyone) to\b|\b(everyone|everybody|anyone) (can|is able to) (take part|get involved|join in|have their say|respond)\b/i;

/** Formats offered only when someone asks. */
const ON_REQUEST =
  /\b(on|upon|by) request\b|\bif (you )?(ask|request)\b|\bask (us )?for\b|\bcan be requested\b|\brequest (a|an|one|it|them|this|another|copies)\b|\bjust ask\b|\blet us know if you need\b|\bcontact us (for|to (ask|request|get))\b/i;

/** A promise hedged so it need not be kept. */
const HEDGE =
  /\b(where|wherever|when|whenever) (possible|practicable|practical|appropriate|feasible|reasonable|resources allow|we can)\b|\bif (possible|practicable|feasible|resources allow)\b|\bas far as (possible|practicable|we can)\b|\b(may|might|could) (also )?be (made )?(available|provided|offered)\b|\bsubject to (availability|resources|demand|funding)\b|\b(try|aim|endeavour|endeavor|seek|hope) to (provide|offer|make|produce|have|arrange)\b/i;

/** A table column for the support or adjustments each group gets. */
const ADJUSTMENT_COLUMN = /\b(adjustments?|accessib\w*|access needs|support needs|formats?)\b/i;

/** Sections a "Formats and support" section naturally comes before. */
const COMES_BEFORE = [
  /\b(questions?|questionnaire|what happens next|next steps|feedback|you said|how we will (decide|use)|contact|get in touch|further information|appendi(x|ces)|glossary|references)\b/i,
];

interface AccessFacts {
  /** Names a format, language or adjustment. */
  format: boolean;
  /** Is a heading, which labels a section rather than making a promise. */
  heading: boolean;
  generic: boolean;
  onRequest: boolean;
  /** The hedging words, if any. */
  hedge?: string;
}

export default defineDocumentRule({
  id: 'accessibility-missing',
  summary: 'The draft does not name the accessible formats, languages and adjustments on offer, or how to ask for them.',
  why:
    "If a draft does not say which formats and adjustments people can have, disabled people, people who read little English and people who need support assume the process is not for them, and the people most affected go unheard. 'Available on request' only works when people know who to ask, and 'where possible' is not a promise anyone can rely on.",
  howToFix:
    "Add a 'Formats and support' section that names the formats (Easy Read, large print, audio, BSL, the main community languages), the adjustments at events (step-free venues, hearing loops, interpreters) and who to contact, by phone and email, to ask for anything else.",
  principles: [
    { name: 'Accessibility: physical access, information in a range of formats, and time', ...SOURCES.scie },
    { name: 'Support: identify and overcome barriers to taking part', ...SOURCES.nsfce },
    { name: 'Principles 5 and 6: understandable information, and make it easy for people to take part', ...SOURCES.welshPrinciples },
    { name: 'Provide information in a format people can use, and support to communicate', ...SOURCES.accessibleInformation },
    { name: 'Offer audio, Braille, large print and other languages', ...UTTLESFORD },
    { name: 'Large print, BSL, Braille and other languages on request', ...SOURCES.cheshireWest },
  ],
  defaultSeverity: 'warning',
  appliesTo: ['policy', 'strategy', 'engagement-plan', 'consultation', 'survey', 'service-design'],
  severityByKind: { consultation: 'error' },
  fixKind: 'insert-section',
  messages: {
    missing:
      "Nothing says which accessible formats or adjustments are on offer, so disabled people and people who read little English may not take part. Add a 'Formats and support' section naming the formats (Easy Read, large print, audio, BSL, other languages) and how to ask for them.",
    generic:
      'This promises accessibility but names no format or adjustment, so people cannot tell whether it will work for them. Name the formats (Easy Read, large print, audio, BSL, other languages) and adjustments (step-free venues, hearing loops, interpreters) you offer.',
    onRequestNoContact:
      'Formats are offered on request, but the draft gives no one to ask, so nobody can request them. Say who to contact and how: a team, a phone number and an email address.',
    hedged:
      "Formats and adjustments are only promised '{hedge}', so people cannot count on them. Say which ones you will provide, and how people can ask for others.",
  },
  messageSeverity: { onRequestNoContact: 'hint', hedged: 'hint' },
  example: {
    flagged: '# Library hours consultation\n\n## How to take part\n\nFill in the survey online or at any library.\n',
    ok:
      '# Library hours consultation\n\n## How to take part\n\nFill in the survey online or at any library.\n\n## Formats and support\n\nThe survey is available in Easy Read, large print and Polish. Call 01234 567890 to ask for another format.\n',
  },
  check(doc, context) {
    const first = (test: (f: AccessFacts) => boolean) => firstAccessFact(doc, test);

    if (!doc.blocks.some((block) => accessFacts(block).some((f) => f?.format))) {
      const generic = first((f) => f.generic);
      if (generic) {
        context.report({ messageId: 'generic', start: generic.sentence.start, end: generic.sentence.end, fixes: [insertSection(doc)] });
      } else {
        context.report({ messageId: 'missing', ...doc.anchor, fixes: [insertSection(doc)] });
      }
      return;
    }

    // Someone to ask: anywhere in the draft, or a team named in the offer itself ("from our customer services team").
    const onRequest = first((f) => f.onRequest);
    if (onRequest && !sentenceFacts(onRequest.block)[onRequest.index].role && !hasAnyContact(doc)) {
      const fix = addContact(doc, onRequest);
      context.report({
        messageId: 'onRequestNoContact',
        start: onRequest.sentence.start,
        end: onRequest.sentence.end,
        fixes: fix ? [fix] : [],
      });
      return;
    }

    // A heading ("Accessible formats") labels a section; the sentences under it make the promise.
    const promise = (f: AccessFacts) => f.format && !f.heading;
    if (doc.blocks.some((block) => accessFacts(block).some((f) => f && promise(f) && !f.hedge))) return;
    const hedged = first(promise);
    if (hedged) {
      context.report({ messageId: 'hedged', start: hedged.sentence.start, end: hedged.sentence.end, data: { hedge: hedged.facts.hedge!.toLowerCase() } });
    }
  },
});

/** The first sentence whose facts pass `test`, placing only the sentences of the block it is in. */
function firstAccessFact(doc: DocumentModel, test: (f: AccessFacts) => boolean): (SentenceRef & { facts: AccessFacts; index: number }) | undefined {
  for (const block of doc.blocks) {
    const facts = accessFacts(block);
    const index = facts.findIndex((f) => f !== undefined && test(f));
    if (index < 0) continue;
    const sentence = block.sentences[index];
    return { block, sentence, unit: block.units[sentence.unit], facts: facts[index]!, index };
  }
  return undefined;
}

/** Per sentence: what it says about formats and adjustments (undefined when nothing). */
function accessFacts(block: BlockModel): ReadonlyArray<AccessFacts | undefined> {
  return blockFact(block, 'accessibility:sentence-facts', (parsed) => {
    const adjustmentCells = new Set<number>();
    parsed.units.forEach((unit, i) => {
      const cell = unit.tableCell;
      if (cell && !cell.header && unit.text.trim() && ADJUSTMENT_COLUMN.test(parsed.tables[cell.table]?.header[cell.column] ?? '')) {
        adjustmentCells.add(i);
      }
    });
    return parsed.sentences.map((sentence): AccessFacts | undefined => {
      const text = sentence.text;
      const format = FORMAT.test(text) || adjustmentCells.has(sentence.unit);
      const generic = !format && GENERIC.test(text);
      if (!format && !generic) return undefined;
      return {
        format,
        heading: parsed.units[sentence.unit].kind === 'heading',
        generic,
        onRequest: format && ON_REQUEST.test(text),
        hedge: format ? HEDGE.exec(text)?.[0] : undefined,
      };
    });
  });
}

function insertSection(doc: DocumentModel): Fix {
  return insertSectionFix(doc, "Insert a 'Formats and support' section", 'Formats and support', COMES_BEFORE);
}

/** Adds the snippet's "To ask for another format…" sentence after the offer. */
function addContact(doc: DocumentModel, ref: SentenceRef): Fix | undefined {
  const line = snippetText('Formats and support')
    .split(/\r?\n/)
    .find((l) => /^to ask for\b/i.test(l));
  if (!line) return undefined;
  const title = 'Add who to contact for formats';
  if (ref.unit.kind === 'heading') {
    const eol = eolOf(doc.text);
    const end = ref.block.headings.find((h) => h.unit === ref.sentence.unit)?.end ?? ref.unit.end;
    return { title, edits: [{ start: end, end, newText: `${eol}${eol}${line}` }], isPreferred: true };
  }
  const at = afterClosingEmphasis(doc.text, ref.sentence.end);
  return { title, edits: [{ start: at, end: at, newText: ` ${line}` }], isPreferred: true };
}
