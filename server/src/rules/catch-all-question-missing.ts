import {
  blockFact,
  defineDocumentRule,
  eolOf,
  sectionAt,
  toSourceRange,
  type BlockModel,
  type DocumentModel,
  type Fix,
  type OffsetRange,
  type Question,
  type Sentence,
  type TextEdit,
} from '../engine';
import { SOURCES } from './sources';

// Also shared with closed-questions-only: which questions are put to people, and how to add one
// more item after the last of them in the same style.

/** A question put to people, at its place in the document. */
export interface AskedQuestion {
  block: BlockModel;
  question: Question;
  sentence: Sentence;
}

/** Sections of questions people may ask, not questions put to them. */
const FAQ_HEADING = /\bfrequently asked\b|\bfaqs?\b|\bq\s?&\s?a\b/i;

/**
 * Questions put to people: in a list item, a table, a numbered item ("Q3."), an agree/disagree
 * statement, one with answer options, or a question that ends its paragraph. Headings ("Why
 * change?") and a rhetorical question answered in the same paragraph are not.
 */
export function askedQuestions(doc: DocumentModel): AskedQuestion[] {
  const out: AskedQuestion[] = [];
  for (const block of doc.blocks) {
    const indexes = blockFact(block, 'asked-questions', (parsed) =>
      parsed.questions.flatMap((q, k) => {
        const sentence = parsed.sentences[q.sentence];
        const unit = parsed.units[sentence.unit];
        if (unit.kind === 'heading' && !q.label) return [];
        const last = q.sentence === unit.firstSentence + unit.sentenceCount - 1;
        return unit.listItem || unit.tableCell || q.label || q.statement || q.options?.length || last ? [k] : [];
      }),
    );
    for (const k of indexes) {
      const question = block.questions[k];
      const sentence = block.sentences[question.sentence];
      const section = sectionAt(doc, sentence.start);
      if (section && FAQ_HEADING.test(section.heading.text)) continue;
      out.push({ block, question, sentence });
    }
  }
  return out;
}

/** Where a question ends in the source, with its options. */
function questionEnd(asked: AskedQuestion): number {
  const { block, question, sentence } = asked;
  const unit = block.units[sentence.unit];
  let end = unit.tableCell ? block.tables[unit.tableCell.table].end : unit.end;
  for (const option of question.options ?? []) {
    const u = block.units[option.unit];
    const optionEnd = u.tableCell ? block.tables[u.tableCell.table].end : toSourceRange(u.map, option.proseStart, option.proseEnd).end;
    end = Math.max(end, optionEnd);
  }
  return end;
}

/** The marker of a list item or tick-box line: only white space, quote marks, bullets, numbers, tick boxes. */
const ITEM_PREFIX = /^([ \t>]*)(?:([-*+])|(\d{1,9})([.)]))([ \t]+)(?:\[[ xX]\][ \t]+)?$/;

/**
 * An edit adding `body` as a new question after the last one: the next item of the same list
 * (numbered on), a new paragraph numbered on from "Q3." or "Question 3:", a heading of the same
 * level, or a paragraph after a table.
 */
export function appendQuestionEdit(doc: DocumentModel, last: AskedQuestion, body: string): TextEdit | undefined {
  const text = doc.text;
  const eol = eolOf(text);
  const { block, question, sentence } = last;
  const unit = block.units[sentence.unit];
  const end = questionEnd(last);
  let lineEnd = end;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  const lineStart = Math.max(text.lastIndexOf('\n', unit.start - 1), text.lastIndexOf('\r', unit.start - 1)) + 1;
  const prefix = text.slice(lineStart, unit.start);
  const label = nextLabel(question.label);
  if (unit.tableCell) {
    return { start: lineEnd, end: lineEnd, newText: `${eol}${eol}${label}${body}` };
  }
  if (unit.listItem) {
    if (!unit.listItem.first) return undefined;
    const m = ITEM_PREFIX.exec(prefix);
    if (!m) return undefined;
    const marker = m[2] ?? `${Number(m[3]) + 1}${m[4]}`;
    return { start: lineEnd, end: lineEnd, newText: `${eol}${m[1]}${marker}${m[5]}${label}${body}` };
  }
  if (unit.kind === 'heading') {
    const hashes = /^[ \t]{0,3}(#{1,6})[ \t]/.exec(text.slice(unit.start, unit.start + 10));
    if (!hashes) return undefined;
    return { start: lineEnd, end: lineEnd, newText: `${eol}${eol}${hashes[1]} ${label}${body}` };
  }
  const quote = /^[ \t]*(?:>[ \t]?)*$/.test(prefix) ? prefix : undefined;
  if (quote === undefined) return undefined;
  return { start: lineEnd, end: lineEnd, newText: `${eol}${quote.trimEnd()}${eol}${quote}${label}${body}` };
}

/** "Q4. " after "Q3", "Question 4: " after "Question 3", else nothing. */
function nextLabel(label: string | undefined): string {
  const q = label && /^Q(\d+)/.exec(label);
  if (q) return `Q${Number(q[1]) + 1}. `;
  const long = label && /^Question (\d+)/.exec(label);
  return long ? `Question ${Number(long[1]) + 1}: ` : '';
}

export function range(asked: AskedQuestion): OffsetRange {
  return { start: asked.sentence.start, end: asked.sentence.end };
}

/** An open last question that invites anything not yet asked about. */
const CATCH_ALL = new RegExp(
  [
    String.raw`\banything\s+(?:else|further|more)\b`,
    String.raw`\banything\s+(?:that\s+)?(?:we|I)\s+(?:have\s+not|haven't|did\s+not|didn't|might\s+have|may\s+have|have)\s+(?:yet\s+)?(?:asked|covered|mentioned|missed|not\s+asked)`,
    String.raw`\b(?:any|other|further|additional)\s+(?:other\s+|further\s+|more\s+)?(?:comments?|thoughts|views|feedback|suggestions|points|remarks|ideas)\b`,
    String.raw`\bis\s+there\s+anything\b`,
    String.raw`\banything\s+(?:you\s+)?(?:would|'d|wish\s+to|want\s+to)\s+(?:like\s+to\s+)?(?:add|tell|say|share)\b`,
    String.raw`\bin\s+your\s+own\s+words\b.{0,40}\banything\b`,
  ].join('|'),
  'i',
);

const ANYTHING_ELSE = 'Is there anything else you would like to tell us?';

/** Not in SOURCES yet. */
export const ICCAN = {
  source: 'ICCAN consultation toolkit, question development',
  url: 'https://consultation-toolkit.iccan.gov.uk/materials/question-development/',
};

export default defineDocumentRule({
  id: 'catch-all-question-missing',
  summary: "A survey or consultation has no closing open question such as 'Is there anything else you would like to tell us?'.",
  why:
    "However carefully a survey is planned, the people answering know things the authors did not think to ask about. A last open question lets them raise it, shows that their own agenda is welcome, and often turns up the most useful answers.",
  howToFix:
    "End the questions with an open item such as 'Is there anything else you would like to tell us?' or 'Is there anything we have not asked about that matters to you?', with space to answer in their own words.",
  principles: [
    { name: 'Always leave room for people to express their own views in their own way', ...ICCAN },
    { name: 'Open questions let people answer in their own words', ...SOURCES.pew },
  ],
  defaultSeverity: 'hint',
  appliesTo: ['survey', 'consultation'],
  fixKind: 'rewrite',
  messages: {
    missing:
      "The questions end without an open 'anything else?' question, so people cannot raise what you did not think to ask. Add a last question such as 'Is there anything else you would like to tell us?'.",
  },
  example: {
    flagged: '## Questions\n\n1. How often do you use the library?\n2. Which opening times suit you best?\n',
    ok: '## Questions\n\n1. How often do you use the library?\n2. Which opening times suit you best?\n3. Is there anything else you would like to tell us?\n',
  },
  check(doc, context) {
    const asked = askedQuestions(doc);
    if (asked.length < 2) return;
    const first = asked[0].sentence.start;
    for (const block of doc.blocks) {
      if (block.end <= first) continue;
      const hits = blockFact(block, 'catch-all-question', (parsed) => parsed.sentences.flatMap((s, i) => (CATCH_ALL.test(s.text) ? [i] : [])));
      if (hits.some((i) => block.sentences[i].start >= first)) return;
    }
    const last = asked[asked.length - 1];
    const edit = appendQuestionEdit(doc, last, ANYTHING_ELSE);
    const fixes: Fix[] = edit ? [{ title: "Add 'Is there anything else you would like to tell us?'", edits: [edit], isPreferred: true }] : [];
    context.report({ messageId: 'missing', ...range(last), fixes });
  },
});
