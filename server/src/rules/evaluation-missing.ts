import {
  afterClosingEmphasis,
  blockFact,
  defineDocumentRule,
  eolOf,
  parsedSentences,
  sectionAt,
  type BlockModel,
  type DocumentModel,
  type Fix,
  type OffsetRange,
  type Section,
  type SentenceRef,
} from '../engine';
import { TIMESCALE } from './feedback-loop-missing';
import { insertSectionFix } from './snippet-sections';
import { SOURCES } from './sources';

/** A plan to judge whether the work worked: evaluation, a review of the plan, measures of success… */
const EVALUATION = new RegExp(
  [
    String.raw`\bevaluat(?:e|es|ed|ing|ion|ions)\b`,
    String.raw`\breview(?:s|ed|ing)? (?:it|this|them|(?:this|the|our|these|its) (?:[\w-]+ )?(?:plan|strategy|policy|approach|service|programme|program|project|charter|framework|engagement|process|arrangements|panel|group|standards|principles|document|pilot|scheme|work|way we work))\b`,
    String.raw`\breview(?:s|ed|ing)? (?:our |the |its )?(?:progress|impact|outcomes|what worked|how (?:it|this|well|we))\b`,
    String.raw`\b(?:will be|is|are|to be|being) reviewed\b`,
    String.raw`\b(?:annual|yearly|formal|independent|regular|six-monthly|mid-point|mid-term|end-of-project|final|full|first|post-implementation|periodic) review\b`,
    String.raw`\breview (?:date|point|meeting|period|cycle)\b`,
    String.raw`\bmeasures? of success\b`,
    String.raw`\bsuccess (?:measures|criteria|indicators|factors)\b`,
    String.raw`\b(?:key )?(?:performance|outcome|impact|progress|success) (?:indicators|measures|framework)\b`,
    String.raw`\bindicators of (?:success|progress)\b`,
    String.raw`\bKPIs?\b`,
    String.raw`\bhow we (?:will|['’]ll) (?:know|measure|judge|tell|check) (?:it|if|whether|that|this|the|our|success|progress)\b`,
    String.raw`\b(?:know|tell|see|judge|check) (?:if|whether) (?:it|this|the \w+|we) (?:has |have |is |are )?(?:work|worked|working|succeed|succeeded|made a difference|making a difference)\b`,
    String.raw`\bmonitoring and (?:evaluation|review)\b`,
    String.raw`\bmonitor(?:s|ed|ing)? (?:and (?:review|report) )?(?:the |its |our |this )?(?:progress|impact|outcomes?|delivery|implementation|success|effectiveness|performance|plan|strategy|policy|approach|how (?:well|it|this))\b`,
    String.raw`\bwe (?:will|['’]ll) learn\b`,
    String.raw`\blearn(?:ing)? (?:from|lessons)\b`,
    String.raw`\blessons (?:learn(?:ed|t)|we (?:have )?learn)`,
    String.raw`\bshare (?:what we (?:have )?learn(?:ed|t)?|(?:the |our )?learning)\b`,
    String.raw`\b(?:measure|assess|track|understand|show) (?:the |its |our |their )?(?:impact|success|progress|outcomes?|effectiveness)\b`,
    String.raw`\bwhat (?:worked|went well|did not work|didn['’]t work)\b`,
    String.raw`\bimprove (?:[\w'’-]+ ){0,2}?(?:for )?next time\b`,
  ].join('|'),
  'i',
);

/** Headings over an evaluation section. */
const EVALUATION_HEADING =
  /\b(?:evaluat\w*|review\w*|monitoring|measuring (?:success|impact|progress)|how we (?:will|['’]ll) know|success (?:measures|criteria)|measures of success|learning and (?:review|improvement)|lessons learn\w*|our impact)\b/i;

/** When: a timescale as for feedback, or a year, a cycle, the end of the work. */
const WHEN = new RegExp(
  [
    TIMESCALE.source,
    String.raw`\b(?:in|by|during|before|after|from|until|of|early|late|mid-?|spring|summer|autumn|winter) 20\d\d\b`,
    String.raw`\bevery (?:two|three|four|five|\d+) (?:years|months)\b`,
    String.raw`\b(?:after|within) (?:the first|one|a|its first) (?:year|six months)\b`,
    String.raw`\bat the end of (?:the |each |every |its |this )?(?:year|project|programme|program|pilot|first year|plan|strategy|period|work)\b`,
    String.raw`\b(?:annual|yearly|six-monthly|quarterly|mid-point|mid-term|end-of-year)\b`,
    String.raw`\b(?:each|every) year\b`,
    String.raw`\bannually\b`,
  ].join('|'),
  'i',
);

const TAKING_PART = String.raw`(?:people|participants|residents|members|communit(?:y|ies)|carers|young people|patients|service users|those|everyone|tenants|families|parents|children|citizens|experts? by experience|local people|the public)`;

/** With whom: the people who took part help judge it. */
const WITH_PARTICIPANTS = new RegExp(
  [
    String.raw`\b(?:with|alongside|together with|by) (?:the |our |all )?${TAKING_PART}\b`,
    String.raw`\bwith (?:the |our )?(?:[\w'’-]+ ){0,2}?(?:panel|group|forum|network|partnership board|assembly|jury)\b`,
    String.raw`\b(?:ask|asking|asked|survey|interview|talk to|talk with|hear from|check with|feedback from|views of|views from) (?:the |all |our )?(?:${TAKING_PART}|panel|group|forum)\b`,
    String.raw`\b(?:participants|people who took part|those who took part|experts? by experience)\b`,
    String.raw`\b(?:people|residents|members|carers|young people|tenants|patients)['’]? (?:views|feedback|experiences?|voices?)\b`,
    String.raw`\b${TAKING_PART} who (?:use|used|have used|took part|take part|have taken part)\b`,
    String.raw`\bservice users\b`,
    String.raw`\bpeer (?:evaluation|review|researchers?)\b`,
    String.raw`\bco-?evaluat\w*`,
    String.raw`\bhow people felt\b`,
    String.raw`\bthe people involved\b`,
  ].join('|'),
  'i',
);

/** Sections an evaluation section naturally comes before. */
const COMES_BEFORE = [/\b(?:contact|get in touch|further information|more information|appendi(?:x|ces)|glossary|references)\b/i];

interface SentenceFacts {
  evaluation: boolean;
  when: boolean;
  people: boolean;
}

interface Found {
  when: boolean;
  people: boolean;
}

interface BlockFacts {
  sentences: SentenceFacts[];
  /** The evaluation sentences, in order. */
  evaluations: number[];
  /** For each evaluation sentence: what it and the two sentences after it say. */
  near: Found[];
}

function readBlock(block: BlockModel): BlockFacts {
  const sentences = block.sentences.map((sentence): SentenceFacts => {
    const text = sentence.text;
    const heading = block.units[sentence.unit].kind === 'heading';
    return {
      evaluation: heading ? EVALUATION_HEADING.test(text) : EVALUATION.test(text),
      when: WHEN.test(text),
      people: WITH_PARTICIPANTS.test(text),
    };
  });
  const evaluations = sentences.flatMap((f, i) => (f.evaluation ? [i] : []));
  const near = evaluations.map((i) => {
    const window = sentences.slice(i, i + 3);
    return { when: window.some((f) => f.when), people: window.some((f) => f.people) };
  });
  return { sentences, evaluations, near };
}

const factsOf = (block: BlockModel) => blockFact(block, 'evaluation', readBlock);
const score = (found: Found) => Number(found.when) + Number(found.people);

export default defineDocumentRule({
  id: 'evaluation-missing',
  summary: 'The draft does not say how you will judge, with the people involved, whether the work succeeded, or when you will review it.',
  why:
    'Without a review, nobody learns whether involving people made a difference, what to keep and what to change. Judging success with the people who took part shows them their time counted and catches what mattered to them; a review date makes sure it happens.',
  howToFix:
    "Add a 'How we will know it worked' section: your measures of success, how you will review the work with the people who took part, when you will do it, and that you will publish what you learn.",
  principles: [
    { name: 'Impact: assess the impact of engagement and use the learning', ...SOURCES.nsfce },
    { name: 'Learn and share lessons to improve engagement', ...SOURCES.welshPrinciples },
    { name: 'Review: monitoring and evaluation that show the change co-production has made', ...SOURCES.scie },
  ],
  defaultSeverity: 'information',
  appliesTo: ['strategy', 'engagement-plan', 'policy', 'service-design'],
  severityByKind: { strategy: 'warning' },
  fixKind: 'insert-section',
  messages: {
    missing:
      "Nothing says how you will judge whether this worked or when you will review it, so nobody can learn from it. Add how you will review it with the people involved, your measures of success and a review date.",
    noWhen:
      "This promises an evaluation but not when, so it can slip. Give a review date or timescale, such as '12 months after it begins'.",
    noPeople:
      'This evaluation leaves out the people who took part, so it may miss what mattered to them. Say how they will help judge what worked, for example by asking them at the review.',
    noWhenOrPeople:
      'This promises an evaluation but says neither when nor with whom, so it can slip and may miss what mattered to people. Give a review date and say how the people who took part will help judge what worked.',
  },
  messageSeverity: { noWhen: 'hint', noPeople: 'hint', noWhenOrPeople: 'information' },
  example: {
    flagged:
      '# Carers strategy 2026 to 2029\n\n## Our priorities\n\nWe will set up a carers’ forum and improve respite care.\n',
    ok:
      '# Carers strategy 2026 to 2029\n\n## Our priorities\n\nWe will set up a carers’ forum and improve respite care.\n\n## How we will know it worked\n\nWe will review this strategy with the carers’ forum every year, starting in March 2027, and publish what we learn.\n',
  },
  check(doc, context) {
    const scopes = new Scopes(doc);
    let best: { block: BlockModel; index: number; found: Found } | undefined;
    for (const block of doc.blocks) {
      const facts = factsOf(block);
      if (facts.evaluations.length === 0) continue;
      const candidate = scopes.bestIn(block, facts);
      if (!candidate) continue;
      if (candidate.found.when && candidate.found.people) return;
      if (!best || score(candidate.found) > score(best.found)) best = candidate;
    }
    if (!best) {
      context.report({
        messageId: 'missing',
        ...doc.anchor,
        fixes: [
          insertSectionFix(doc, "Insert a 'How we will know it worked' section", 'Evaluation and review', COMES_BEFORE),
        ],
      });
      return;
    }
    const found = best.found;
    const ref = refOf(best.block, best.index);
    const messageId = !found.when && !found.people ? 'noWhenOrPeople' : found.when ? 'noPeople' : 'noWhen';
    context.report({ messageId, start: ref.sentence.start, end: ref.sentence.end, fixes: [completeEvaluation(doc, ref, found)] });
  },
});

/**
 * Where an evaluation's "when" and "with whom" may be: its own section when that section is about
 * evaluation, else the sentence and the two after it. Each section is read once, and a block's
 * sentences (which share a section unless a heading sits inside the block) are judged together.
 */
class Scopes {
  private readonly sections = new Map<Section, Found>();

  constructor(private readonly doc: DocumentModel) {}

  /** The block's most complete evaluation sentence and what its scope says. */
  bestIn(block: BlockModel, facts: BlockFacts): { block: BlockModel; index: number; found: Found } | undefined {
    const { sentences: parsed, shift } = parsedSentences(block);
    const at = (index: number) => parsed[index].start + shift;
    const first = facts.evaluations[0];
    const last = facts.evaluations[facts.evaluations.length - 1];
    const section = this.evaluationSection(at(first));
    if (first !== last && section !== this.evaluationSection(at(last))) {
      // A heading inside the block: judge each sentence on its own.
      let best: { block: BlockModel; index: number; found: Found } | undefined;
      facts.evaluations.forEach((index, k) => {
        const own = this.evaluationSection(at(index));
        const found = own ? this.inSection(own) : facts.near[k];
        if (!best || score(found) > score(best.found)) best = { block, index, found };
      });
      return best;
    }
    if (section) return { block, index: first, found: this.inSection(section) };
    // The most complete window; between equals, the sentence that says most itself.
    const own = (k: number) => score(facts.sentences[facts.evaluations[k]]);
    let k = 0;
    facts.near.forEach((found, i) => {
      const better = score(found) - score(facts.near[k]) || own(i) - own(k);
      if (better > 0) k = i;
    });
    return { block, index: facts.evaluations[k], found: facts.near[k] };
  }

  private evaluationSection(offset: number): Section | undefined {
    const section = sectionAt(this.doc, offset);
    return section && section.heading !== this.doc.title && EVALUATION_HEADING.test(section.heading.text) ? section : undefined;
  }

  private inSection(section: Section): Found {
    let found = this.sections.get(section);
    if (!found) this.sections.set(section, (found = this.inRange(section)));
    return found;
  }

  private inRange(range: OffsetRange): Found {
    const result = { when: false, people: false };
    for (const block of this.doc.blocks) {
      if (block.end <= range.start || block.start >= range.end) continue;
      const facts = factsOf(block).sentences;
      const { sentences, shift } = parsedSentences(block);
      sentences.forEach((sentence, i) => {
        const start = sentence.start + shift;
        if (start < range.start || start >= range.end) return;
        result.when ||= facts[i].when;
        result.people ||= facts[i].people;
      });
    }
    return result;
  }
}

function refOf(block: BlockModel, index: number): SentenceRef {
  const sentence = block.sentences[index];
  return { block, sentence, unit: block.units[sentence.unit] };
}

function completeEvaluation(doc: DocumentModel, ref: SentenceRef, found: Found): Fix {
  const title = !found.when && !found.people ? 'Add when and with whom you will review it' : found.when ? 'Add the people who took part' : 'Add when you will review it';
  const sentence = !found.when && !found.people
    ? 'We will review it with the people who took part 12 months after it begins.'
    : found.when
      ? 'We will ask the people who took part what worked and what should change.'
      : 'We will review it 12 months after it begins.';
  if (ref.unit.kind === 'heading') {
    // Under a bare "Evaluation" heading the commitment needs a paragraph of its own.
    const eol = eolOf(doc.text);
    const lineEnd = ref.block.headings.find((h) => h.unit === ref.sentence.unit)?.end ?? ref.unit.end;
    return { title, edits: [{ start: lineEnd, end: lineEnd, newText: `${eol}${eol}${sentence.replace(' it ', ' this work ')}` }], isPreferred: true };
  }
  const at = afterClosingEmphasis(doc.text, ref.sentence.end);
  return { title, edits: [{ start: at, end: at, newText: ` ${sentence}` }], isPreferred: true };
}
