import { blockFact, defineDocumentRule, sentenceSpan, type BlockModel } from '../engine';
import { straighten } from './question-text';
import { SOURCES } from './sources';

/** Abbreviations most adults in the UK know without being told. */
const WIDELY_KNOWN = new Set(
  (
    'UK USA US EU UN NHS GP GPs BSL MP MPs MSP MSPs MS OK TV BBC ITV COVID PDF URL FAQ FAQs ID IDs CV CVs NI VAT DVD CD ATM PIN SMS PC IT ' +
    'USB AM PM BC AD CEO HR DIY RSVP ASAP IQ UFO DNA HIV AIDS ADHD GCSE GCSEs MOT RAF QR WIFI AI PS NB HMRC DVLA A&E ' +
    'UKs DWP RSPCA TB PPE CCTV CPR SOS ICU HM DC README'
  ).split(' '),
);
/** Capitalised ordinary words (emphasis, buttons, placeholders other rules see), not acronyms. */
const CAPITALISED_WORDS = new Set(
  (
    'A I AND OR NOT NO YES THE ALL DO IF IS IT ON TO OF IN AT BE BY WE ARE FOR YOU NEW NOW ONE TWO MUST NEVER ONLY NOTE ' +
    'STOP FREE HELP NEED WHAT WHY HOW WHO WHEN WHERE DONE TODO TBC TBD TBA FYI OUT OFF UP AN AS SO MY ME HE SHE HIS HER ' +
    'OUR YOUR SEE ASK CALL BACK NEXT SAVE SEND START END WILL CAN MAY NOTICE IMPORTANT WARNING CAUTION DRAFT FINAL TIP ' +
    'EG IE ETC VS PLEASE THIS THAT THESE THOSE SHOULD SHALL REQUIRED OPTIONAL RECOMMENDED CHECK IDEA'
  ).split(' '),
);
/** The first column of a glossary table: "Term", "Abbreviation", "Acronym", "Short form". */
const GLOSSARY_HEADER = /\b(?:terms?|abbreviations?|acronyms?|short\s+forms?|words?|glossary)\b/i;
const ROMAN = /^(?:[IVXLC]{1,6})$/;
/** An ALL-CAPS token of 2–6 letters, maybe with a plural "s", standing alone. */
const TOKEN = /(?<![\w&'.\/-])([A-Z]{2,6})(s?)(?![\w&\/-]|'[a-z]|\.\w)/g;

interface Use {
  acronym: string;
  sentence: number;
  from: number;
  to: number;
}
interface BlockAcronyms {
  /** The first use of each acronym in the block that is not itself a definition, in order. */
  uses: Use[];
  /** Acronyms spelled out in the block, with the position of the definition (sentence, offset). */
  defined: Array<{ acronym: string; sentence: number; at: number }>;
}

/** Whether the use at [from, to) is the definition itself: "Expansion (ACR)", "ACR (Expansion)", "ACR stands for". */
function definitionAt(text: string, from: number, to: number, acronym: string): boolean {
  const before = text.slice(Math.max(0, from - 3), from);
  const after = text.slice(to, to + 120);
  // "Integrated Care Board (ICB)" or "Integrated Care Board ('ICB')": words then the acronym alone in brackets.
  if (/\(\s?["']?$/.test(before) && /^["']?\s?\)/.test(after) && wordBeforeBracket(text, from)) return true;
  // "ICB (Integrated Care Board)": two or more words in brackets just after.
  if (/^\s?\(\s?[A-Za-z][\w']*[\s,-]+[A-Za-z&]/.test(after)) return true;
  // "ICB stands for…", "ICB means…", "ICB is short for…", glossary "ICB: Integrated Care Board", "ICB – Integrated…".
  if (/^\s+(?:stands\s+for|means|is\s+short\s+for|is\s+an\s+abbreviation\s+for)\b/i.test(after)) return true;
  if (/^[\s*_[]*$/.test(text.slice(0, from)) && /^[\]*_]*\s*(?::|\s[-\u2013\u2014])\s*[A-Za-z]/.test(after)) return true;
  // "Integrated Care Board, or ICB,": "or" or "known as" just before.
  if (/\b(?:or|known\s+as|called)\s+["']?$/i.test(text.slice(Math.max(0, from - 12), from))) return true;
  void acronym;
  return false;
}

/** A word ends just before the bracket that opens at or before `from`: "Care Board (ICB". */
function wordBeforeBracket(text: string, from: number): boolean {
  let i = text.lastIndexOf('(', from);
  if (i < 0 || from - i > 3) return false;
  let skipped = 0;
  while (i > 0 && /[\s,-]/.test(text[i - 1]) && skipped < 3) {
    i--;
    skipped++;
  }
  return i >= 2 && /[A-Za-z]/.test(text[i - 1]) && /[A-Za-z]/.test(text[i - 2]);
}

function readBlock(block: BlockModel): BlockAcronyms {
  const uses: Use[] = [];
  const defined: BlockAcronyms['defined'] = [];
  const seen = new Set<string>();
  block.sentences.forEach((sentence, index) => {
    const unit = block.units[sentence.unit];
    if (unit.kind === 'heading') return;
    const text = straighten(sentence.text);
    if (!/[A-Z]{2}/.test(text)) return;
    // Shouting or a title in capitals is not a run of acronyms.
    const letters = text.replace(/[^A-Za-z]/g, '');
    if (letters.length > 12 && letters.replace(/[^A-Z]/g, '').length > letters.length * 0.5) return;
    // A glossary table: "| ICB | Integrated Care Board |".
    const glossaryCell =
      unit.kind === 'tableCell' &&
      unit.tableCell!.column === 0 &&
      !unit.tableCell!.header &&
      /^\s*[A-Z]{2,6}s?\s*$/.test(text) &&
      GLOSSARY_HEADER.test(block.tables[unit.tableCell!.table]?.header[0] ?? '');
    for (const m of text.matchAll(TOKEN)) {
      const acronym = m[1];
      if (CAPITALISED_WORDS.has(acronym) || CAPITALISED_WORDS.has(m[0]) || ROMAN.test(acronym)) continue;
      if (WIDELY_KNOWN.has(acronym) || WIDELY_KNOWN.has(m[0])) continue;
      const from = m.index;
      const to = from + m[0].length;
      if (glossaryCell || definitionAt(text, from, to, acronym)) {
        defined.push({ acronym, sentence: index, at: from });
        continue;
      }
      if (seen.has(acronym)) continue;
      seen.add(acronym);
      uses.push({ acronym, sentence: index, from, to });
    }
  });
  return { uses, defined };
}

export default defineDocumentRule({
  id: 'undefined-acronym',
  summary: 'An acronym is used without being spelled out first.',
  why:
    "Many readers do not know an organisation's abbreviations, and guessing wastes their time or puts them off. An unexplained acronym tells people the document was written for insiders, which is the opposite of what an invitation to take part should say.",
  howToFix:
    "Spell the acronym out the first time you use it, with the short form in brackets: 'Integrated Care Board (ICB)'. If you only use it once or twice, use the full words every time.",
  principles: [
    { name: 'Clear: use plain English and avoid acronyms', ...SOURCES.consultationPrinciples },
    { name: 'Provide jargon-free, appropriate and understandable information (principle 5)', ...SOURCES.welshPrinciples },
    { name: 'Simple, familiar words; no jargon', ...SOURCES.krosnickPresser },
  ],
  defaultSeverity: 'information',
  appliesTo: ['policy', 'strategy', 'engagement-plan', 'consultation', 'survey', 'service-design', 'feedback-report'],
  fixKind: 'none',
  messages: {
    undefined: "'{acronym}' is not spelled out, so readers who do not know it have to guess. Write it in full the first time, with '{acronym}' in brackets after it.",
    definedLater:
      "'{acronym}' is used here before it is spelled out later in the draft, so readers meet it unexplained. Move the full words to this first use.",
  },
  example: {
    flagged: '## Who decides\n\nThe ICB will make the final decision in June.\n',
    ok: '## Who decides\n\nThe Integrated Care Board (ICB) will make the final decision in June. The ICB meets in public.\n',
  },
  check(doc, context) {
    const definedAt = new Map<string, number>();
    const facts = doc.blocks.map((block) => blockFact(block, 'undefined-acronym:v1', readBlock));
    // Where each acronym is first defined, as a document position.
    doc.blocks.forEach((block, b) => {
      for (const d of facts[b].defined) {
        // Only the first definition is placed: reading a block's sentences ties this rule's
        // result to the block (see checkBuilt in engine/lint.ts).
        if (definedAt.has(d.acronym)) continue;
        definedAt.set(d.acronym, sentenceSpan(block, block.sentences[d.sentence], d.at, d.at + 1).start);
      }
    });
    const reported = new Set<string>();
    doc.blocks.forEach((block, b) => {
      for (const use of facts[b].uses) {
        if (reported.has(use.acronym)) continue;
        reported.add(use.acronym);
        const sentence = block.sentences[use.sentence];
        const span = sentenceSpan(block, sentence, use.from, use.to);
        const defined = definedAt.get(use.acronym);
        if (defined !== undefined && defined <= span.start) continue;
        context.report({ messageId: defined === undefined ? 'undefined' : 'definedLater', data: { acronym: use.acronym }, ...span, fixes: [] });
      }
    });
  },
});
