import { blockFact, defineDocumentRule, sectionAt, type Fix, type OffsetRange } from '../engine';
import { appendQuestionEdit, askedQuestions, ICCAN, type AskedQuestion } from './catch-all-question-missing';
import { readQuestion } from './question-text';
import { snippetText } from './snippet-sections';
import { SOURCES } from './sources';

/** Words that say the draft sets out to learn from people rather than test a proposal. */
const DISCOVERY =
  /\b(understand(?:ing)?|(?:lived\s+)?experiences?|what\s+matters|ideas|co-?design(?:ing|ed)?|co-?produc(?:e|ing|tion)|co-?creat(?:e|ing)|explor(?:e|ing)|discover(?:y|ing)?|learn\s+(?:about|from|what|how)|find\s+out\s+(?:what|how|why))\b/i;
/** A sentence stating an aim: "we want to…", "to help us…", "this survey will…". */
const AIM =
  /\b(?:we\s+(?:want|would\s+like|wish|hope|need|are\s+(?:asking|looking|keen|trying|hoping|seeking))|we'(?:d\s+like|re\s+(?:asking|looking|keen|trying|hoping|seeking))|help\s+us|to\s+help|aims?\b|purpose|so\s+(?:that\s+)?we\s+can|(?:this|the|our)\s+(?:survey|consultation|questionnaire|engagement|project|work|conversation)\s+(?:is|will|aims|sets\s+out|seeks)|goal|objectives?)\b/i;
/** Headings over the aim of a draft. */
const PURPOSE_HEADING = /\b(?:purpose|why\s+(?:we|are\s+we|this)|aims?|objectives?|about\s+(?:this|the)\s+(?:survey|consultation|questionnaire|engagement|project)|introduction|what\s+we\s+want)\b/i;

/** Open prompts: the person answers in their own words. */
const OPEN_PROMPT = new RegExp(
  [
    String.raw`^(?:please\s+)?(?:tell|describe|explain|share|give|list)\b`,
    String.raw`^(?:can|could|would)\s+you\s+(?:please\s+)?(?:tell|describe|explain|share|give)\b`,
    String.raw`\bin\s+your\s+own\s+words\b`,
    String.raw`^what\s+(?:is|was)\s+it\s+like\b`,
    String.raw`^what\s+matters\b`,
    String.raw`^what\s+(?:would|could|might)\s+(?:make|help|change|improve)\b`,
    String.raw`^what,?\s+if\s+anything\b`,
    String.raw`^how,?\s+if\s+at\s+all\b.{0,60}\b(?:change|improve)\b`,
    String.raw`^how\s+do\s+you\s+feel\b`,
    String.raw`^(?:what|how)\s+do\s+you\s+think\b`,
    String.raw`^what\s+are\s+your\s+(?:thoughts|views|ideas|experiences|priorities|concerns|hopes|suggestions)\b`,
    String.raw`^what\s+(?:has|have)\s+been\s+your\s+experiences?\b`,
    String.raw`^why\b`,
    String.raw`^what\s+(?:ideas|suggestions|changes|difference)\b`,
    String.raw`^how\s+(?:could|can|should|might|would)\s+(?:we|the|this|it|services?)\b`,
    String.raw`^is\s+there\s+anything\b`,
    String.raw`^(?:do\s+you\s+have|are\s+there)\s+any\s+(?:other\s+|further\s+)?(?:comments?|ideas|suggestions|thoughts|views)\b`,
  ].join('|'),
  'i',
);

/** Where a draft's questions sit. */
const QUESTIONS_HEADING = /\b(?:questions?|questionnaire|survey|have\s+your\s+say|your\s+views|tell\s+us\s+what\s+you\s+think)\b/i;

function isOpen(asked: AskedQuestion): boolean {
  if (asked.question.options?.length || asked.question.statement) return false;
  const q = readQuestion(asked.sentence.text);
  const clause = q.text.slice(Math.max(q.opener, 0)).trim();
  return OPEN_PROMPT.test(clause) || OPEN_PROMPT.test(q.text.trim());
}

function isClosed(asked: AskedQuestion): boolean {
  if (asked.question.options?.length || asked.question.statement) return true;
  return readQuestion(asked.sentence.text).closed;
}

export default defineDocumentRule({
  id: 'closed-questions-only',
  summary: 'A draft that sets out to understand people or design with them asks only closed questions.',
  why:
    "Closed questions can only confirm or reject what the authors already had in mind. When the aim is to understand people's experience, gather ideas or design something together, people need room to say what matters to them in their own words; otherwise the most useful answers are never given.",
  howToFix:
    "Add at least one open prompt, such as 'Tell us about your experience of…', 'What matters most to you about…?' or 'What would make the biggest difference?'. Put it before related closed questions where you can, so people answer in their own terms first.",
  principles: [
    { name: 'Always leave room for people to express their own views in their own way, and ask why they hold them', ...ICCAN },
    { name: 'Open questions let people answer in their own words; ask them before related closed ones', ...SOURCES.pew },
    { name: 'Understanding needs: find out what matters to the people and communities affected', ...SOURCES.nsfce },
    { name: 'Ask about one thing at a time, in specific and concrete wording', ...SOURCES.krosnickPresser },
  ],
  defaultSeverity: 'information',
  appliesTo: ['survey', 'consultation', 'engagement-plan', 'service-design'],
  fixKind: 'rewrite',
  messages: {
    closedOnly:
      "All {closed} of the {total} questions are closed, yet the draft sets out to learn from people ('{purpose}'). Closed questions only test what you already had in mind: add an open one such as 'Tell us about…' or 'What matters most to you about…?'.",
    mostlyClosed:
      "{closed} of the {total} questions are closed and none is open, yet the draft sets out to learn from people ('{purpose}'). Add an open question such as 'Tell us about…' or 'What matters most to you about…?', so people can raise what you did not ask.",
  },
  example: {
    flagged:
      '# Library survey\n\nWe want to understand how people use the library.\n\n## Questions\n\n1. Do you visit the library?\n2. Is the library open at times that suit you?\n3. Would you use a café in the library?\n',
    ok: '# Library survey\n\nWe want to understand how people use the library.\n\n## Questions\n\n1. Do you visit the library?\n2. Is the library open at times that suit you?\n3. Would you use a café in the library?\n4. Tell us about your last visit to the library.\n',
  },
  check(doc, context) {
    const asked = askedQuestions(doc);
    if (asked.length < 3) return;
    let closed = 0;
    for (const q of asked) {
      if (isOpen(q)) return;
      if (isClosed(q)) closed++;
    }
    if (closed / asked.length <= 0.8) return;
    if (openInstruction(doc, asked[0].sentence.start)) return;
    const purpose = discoveryAim(doc, asked);
    if (!purpose) return;
    const heading = sectionAt(doc, asked[0].sentence.start)?.heading;
    let at: OffsetRange = asked[0].sentence;
    if (heading && QUESTIONS_HEADING.test(heading.text)) {
      // The heading's words, not its '#' marks.
      let start = heading.start;
      while (start < heading.end && /[#\s]/.test(doc.text[start])) start++;
      at = { start, end: heading.end };
    }
    const edit = appendQuestionEdit(doc, asked[asked.length - 1], snippetText('Open question: tell us about'));
    const fixes: Fix[] = edit ? [{ title: "Add an open question 'Tell us about…'", edits: [edit], isPreferred: true }] : [];
    context.report({
      messageId: closed === asked.length ? 'closedOnly' : 'mostlyClosed',
      data: { closed, total: asked.length, purpose },
      start: at.start,
      end: at.end,
      fixes,
    });
  },
});

/** An open prompt written as an instruction rather than a question: "Tell us about your visit." */
const OPEN_INSTRUCTION = /^(?:please\s+)?(?:tell\s+us|describe|explain|share\s+(?:your|any)|in\s+your\s+own\s+words)\b/i;

function openInstruction(doc: Parameters<typeof askedQuestions>[0], from: number): boolean {
  for (const block of doc.blocks) {
    if (block.end <= from) continue;
    const hits = blockFact(block, 'closed-questions-only:instruction', (parsed) =>
      parsed.sentences.flatMap((s, i) => (parsed.units[s.unit].kind !== 'heading' && OPEN_INSTRUCTION.test(s.text) ? [i] : [])),
    );
    if (hits.some((i) => block.sentences[i].start >= from)) return true;
  }
  return false;
}

/** The discovery word of the draft's stated aim (outside its questions), or undefined. */
function discoveryAim(doc: Parameters<typeof askedQuestions>[0], asked: AskedQuestion[]): string | undefined {
  const title = doc.title ? DISCOVERY.exec(doc.title.text) : null;
  if (title) return title[1];
  const questionSentences = new Set(asked.map((q) => q.sentence));
  for (const block of doc.blocks) {
    const hits = blockFact(block, 'closed-questions-only:aim', (parsed) => {
      const heading = parsed.headings[0];
      const underPurpose = !!heading && PURPOSE_HEADING.test(heading.text);
      const found: Array<{ sentence: number; word: string }> = [];
      parsed.sentences.forEach((s, i) => {
        if (parsed.units[s.unit].kind === 'heading') return;
        const m = DISCOVERY.exec(s.text);
        if (m && (underPurpose || AIM.test(s.text))) found.push({ sentence: i, word: m[1] });
      });
      return found;
    });
    for (const hit of hits) {
      if (!questionSentences.has(block.sentences[hit.sentence])) return hit.word;
    }
  }
  return undefined;
}
