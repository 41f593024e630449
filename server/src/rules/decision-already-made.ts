import { blockFact, defineDocumentRule, type BlockModel, type DocumentModel, type Fix } from '../engine';
import { sentencesIn } from './evidence';
import {
  ASKS_FOR_VIEWS,
  FIXED_HEADING,
  insertInfluence,
  LEVEL_HEADING,
  LEVEL_STATEMENT,
  SCOPE_OPEN,
} from './purpose-words';
import { SOURCES } from './sources';

/** Process steps a draft may report as settled without settling the decision itself. */
const PROCESS_VERB = String.raw`(consult|ask|run|hold|seek|involve|engage|listen|hear|extend|invite|talk|work|publish|share|review|survey|gather|find out|pause|delay|wait|look)`;

/** Settled together with the people taking part ("agreed with the tenants' panel") is shared work, not a decision made for them. */
const WITH_PEOPLE = String.raw`(with|by|together with) (the |our |local )?(residents|tenants|panel|group|people|participants|communit(y|ies)|forum|young people|carers|members|service users|patients|families|public)`;

/** Wording that says the decision has been made. */
const DECIDED = new RegExp(
  [
    String.raw`\b(has|have|had) (already |now |just )?been (decided|agreed|approved|signed off|finali[sz]ed|settled|confirmed)\b(?! (for|to go (out )?to) (public |formal )?(consultation|engagement|publication|release|comment|discussion))(?! ${WITH_PEOPLE})`,
    String.raw`\b(has|have|had) already (decided|agreed|approved|chosen|(made|taken) (the|a|its|our|this|that) (final )?decision)\b(?! to ${PROCESS_VERB}\b)`,
    String.raw`\b(we|the council|cabinet|councillors|the (board|trust|committee|executive|partnership)) (has|have) (now )?(decided|made (the|a|its|our|this) (final )?decision|taken (the|a|its|our|this) (final )?decision) (to(?! ${PROCESS_VERB}\b)|that|on)\b`,
    String.raw`\bno (further )?changes (will|can) be made\b(?! (until|unless|before|without|if|after)\b)`,
    String.raw`\b(this|it|the decision|this decision|the plan|the proposals?|the changes?) (is|are) (now )?final\b`,
  ].join('|'),
  'gi',
);

/** "…has been made": a decision only when the clause before it names one ("The decision to close the centre has been made"). */
const MADE = /\b(has|have|had) (already |now |just )?been (made|taken|reached)\b/gi;
const DECISION_WORD = /\bdecisions?\b/i;

/** Wording that says the change will happen whatever people say. */
const WILL_HAPPEN =
  /\bwill (definitely |still )?(go ahead|be implemented|be introduced|come into (force|effect)|take effect)( as planned)? (from|on|in|regardless)\b/gi;

/** A change that will happen only if it is agreed is not yet decided. */
const CONDITIONAL = /\b(if|unless|subject to|pending|provided|depending on|should (the|it|they|this|we|cabinet|councillors|members|the council) (agree|approve|decide))\b/i;

/** Subjects that are steps of the engagement itself, not the decision it informs ("The dates of the drop-ins have been agreed"). */
const PROCESS_HEADS = new Set(
  'timetable timeline date dates venue venues time times question questions terms approach method methods payment payments rate rates ground agenda format formats membership chair consultation engagement survey questionnaire drop session sessions workshop workshops event events'.split(' '),
);

/** Words before the head of a subject: "the", "our new", "all the". */
const LEADING_WORDS = new Set('the a an this these that those our your its their all any new proposed draft planned main first'.split(' '));

/** Words that, just before the wording, turn it round: "No final decision has been made", "Once it has been agreed". */
const TURNING_WORDS = new Set(['no', 'not', 'nor', 'never', 'nothing', 'none', 'neither', 'once', 'when', 'whenever', 'after', 'until', 'till', 'before', 'if', 'unless', 'whether']);

/** Questions that introduce the draft's own explanation ("Why are we doing this?"), not a request for views. */
const RHETORICAL = /^(why|what|how|who|when) (are|is|do|does|will|have|has|did) (we|the council|this|it)\b/i;

interface BlockFacts {
  /** Indexes of sentences that say the decision is made with no note of what is still open. */
  decided: number[];
  /** The block asks for views: a question, or wording such as "have your say". */
  asks: boolean;
}

export default defineDocumentRule({
  id: 'decision-already-made',
  summary: 'The draft says the decision is already made while asking people for their views.',
  why:
    "Asking for views on something already settled wastes people's time and breaks trust: they find out later that nothing they said could change it. Consult only while a proposal is still open, and where some things are fixed, say so plainly and say what people can still influence.",
  howToFix:
    "If the decision is still open, say that no final decision has been made. If part of it is settled, add a 'How much influence you will have' section that lists what people can influence and what is already decided, and why.",
  principles: [
    { name: 'Consult while proposals are still at a formative stage', ...SOURCES.gunning },
    { name: 'Do not ask questions about issues on which you already have a final view', ...SOURCES.consultationPrinciples },
    { name: 'We will not consult on a decision that has already been made', ...SOURCES.cheshireWest },
  ],
  defaultSeverity: 'warning',
  appliesTo: ['consultation', 'engagement-plan', 'survey', 'policy'],
  fixKind: 'insert-section',
  messages: {
    decided:
      'This says the decision is already made, yet the draft asks for views, so people may feel their answers cannot change anything. If it is still open, say no final decision has been made; if part is settled, say what is fixed and what people can still influence.',
  },
  example: {
    flagged:
      '# Library opening hours consultation\n\nThe new opening hours have already been agreed.\n\nTell us what you think of the new hours.\n',
    ok:
      '# Library opening hours consultation\n\nThe library budget has already been agreed, so we are asking only about how the opening hours are shared across the week. No final decision has been made on the hours.\n\nTell us which hours would suit you best.\n',
  },
  check(doc, context) {
    const facts = doc.blocks.map((block) => blockFact(block, 'decision-already-made', blockFacts));
    if (!facts.some((f) => f.asks)) return;
    if (facts.every((f) => f.decided.length === 0)) return;
    if (hasScopeSection(doc)) return;
    let fix: Fix | undefined = insertInfluence(doc);
    doc.blocks.forEach((block, b) => {
      for (const i of facts[b].decided) {
        const sentence = block.sentences[i];
        // One section answers every such sentence: offer it once, so fixing all inserts it once.
        context.report({ messageId: 'decided', start: sentence.start, end: sentence.end, fixes: fix ? [fix] : [] });
        fix = undefined;
      }
    });
  },
});

function blockFacts(block: BlockModel): BlockFacts {
  const decided: number[] = [];
  let asks = false;
  block.sentences.forEach((sentence, i) => {
    const text = sentence.text;
    const unit = block.units[sentence.unit];
    if (unit.kind !== 'heading' && (ASKS_FOR_VIEWS.test(text) || (text.trimEnd().endsWith('?') && !RHETORICAL.test(text)))) asks = true;
    if (unit.kind === 'heading' || text.trimEnd().endsWith('?')) return;
    if (!saysDecided(text) || SCOPE_OPEN.test(text)) return;
    const next = block.sentences[i + 1];
    if (next && SCOPE_OPEN.test(next.text)) return;
    decided.push(i);
  });
  if (!asks) asks = block.questions.some((q) => block.units[block.sentences[q.sentence].unit].kind !== 'heading' && !RHETORICAL.test(block.sentences[q.sentence].text));
  return { decided, asks };
}

function saysDecided(text: string): boolean {
  for (const m of text.matchAll(DECIDED)) {
    if (!turnedRound(text, m.index) && !aboutTheProcess(clauseBefore(text, m.index))) return true;
  }
  for (const m of text.matchAll(MADE)) {
    if (DECISION_WORD.test(clauseBefore(text, m.index)) && !turnedRound(text, m.index)) return true;
  }
  if (CONDITIONAL.test(text)) return false;
  for (const m of text.matchAll(WILL_HAPPEN)) {
    if (!turnedRound(text, m.index)) return true;
  }
  return false;
}

/** The clause leading up to an offset: back to the last comma, semicolon, colon, dash or bracket (at most 200 characters). */
function clauseBefore(text: string, at: number): string {
  const limit = Math.max(0, at - 200);
  let start = at;
  while (start > limit && !',;:()–—'.includes(text[start - 1])) start--;
  return text.slice(start, at);
}

/** True when the clause's subject is a step of the engagement: its first word after "the", "our new"… */
function aboutTheProcess(clause: string): boolean {
  const words = clause.toLowerCase().match(/[a-z]+/g) ?? [];
  const head = words.find((w) => !LEADING_WORDS.has(w));
  return head !== undefined && PROCESS_HEADS.has(head);
}

/** True when one of the last six words of the clause negates or conditions what follows. */
function turnedRound(text: string, at: number): boolean {
  const words = clauseBefore(text, at).toLowerCase().match(/[a-z]+/g) ?? [];
  // "Say what has been agreed" names something without saying it is settled.
  if (words[words.length - 1] === 'what') return true;
  return words.slice(-6).some((w) => TURNING_WORDS.has(w));
}

/** A section on influence, or on what is fixed, that also says what people can still influence. */
function hasScopeSection(doc: DocumentModel): boolean {
  return doc.sections.some((section) => {
    if (!LEVEL_HEADING.test(section.heading.text) && !FIXED_HEADING.test(section.heading.text)) return false;
    return sentencesIn(doc, section).some(
      (ref) => ref.sentence.start >= section.heading.end && (SCOPE_OPEN.test(ref.sentence.text) || LEVEL_STATEMENT.test(ref.sentence.text)),
    );
  });
}

