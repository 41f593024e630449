import { blockFact, defineDocumentRule, sectionsMatching, type BlockModel, type OffsetRange } from '../engine';
import { sentenceContexts } from './dates';
import { TIMESCALE } from './feedback-loop-missing';
import { insertSectionFix } from './snippet-sections';
import { SOURCES } from './sources';

const RESPONSES = String.raw`(responses?|views|comments|answers|submissions|feedback|results|findings|ideas|suggestions|evidence|what (you|people|residents|respondents) (tell|told|say|said|share|shared) us)`;

/** How responses will be read, weighed and used. */
export const ANALYSIS = new RegExp(
  [
    // "We will read every response", "officers will analyse all the comments", "take your views into account"
    String.raw`\b(read|reads|analy[sz]e|analy[sz]ed|analy[sz]ing|consider|considered|considering|review|reviewed|evaluate|evaluated|go through|look at|looked at|weigh|weighed|summari[sz]e|summari[sz]ed|collate|collated|take into account|take account of|report|reported|reporting)\s+(?:(?:all|every|each|the|your|these|those|of|people's|residents')\s+){0,3}${RESPONSES}`,
    // "Every response will be read", "your views will help us decide", "the results will be reported to Cabinet"
    String.raw`\b${RESPONSES}\s+(will|would|are|is|shall|must)\s+(then\s+|all\s+|carefully\s+|fully\s+|independently\s+|also\s+)?(be\s+)?(then\s+|all\s+|carefully\s+|fully\s+|independently\s+)?(read|analy[sz]ed|considered|reviewed|evaluated|weighed|taken into account|used|reported|summari[sz]ed|collated|dealt with|fed into|fed back to|presented|shared with|inform|help|shape|guide|feed into|go to|influence)\b`,
    // "take your views into account", "use what you tell us to"
    String.raw`\b(take|took|taking)\s+(all\s+|your\s+|the\s+|these\s+)*${RESPONSES}\s+into account\b`,
    String.raw`\b(use|using)\s+(your|the|all|these|people's|residents')\s+${RESPONSES}\s+(to|when|in)\b`,
    String.raw`\bwhat (you|people|residents) (tell|told|say|said) us will\b`,
    // Table labels and notes: "Responses analysed", "Analysis of responses"
    String.raw`\b(responses|comments|views|feedback)\s+(analy[sz]ed|considered|reviewed|summari[sz]ed)\b`,
    String.raw`\banaly[sz]is of (the |all |your )?${RESPONSES}`,
  ].join('|'),
  'i',
);

/** Who makes the decision: a body or post with the power to decide. "We" and "the council" say nothing. */
export const DECISION_MAKER =
  /\b(cabinet|executive|full council|council meeting|councillors|elected members|committees?|board|director|chief executive|chief officer|head of service|service manager|mayor|leader of the council|portfolio holder|cabinet member|lead member|ministers?|secretary of state|trustees|governing body|steering group|project group|design group|working group|co-production group|panel|icb|council leader)\b/i;

/** Words that tie a decision-maker to the decision: "will decide", "reported to", "at its meeting". */
const DECIDES =
  /\b(decide|decides|decided|deciding|decision|decisions|approve|approves|approved|approval|agree|agrees|agreed|sign off|signs off|signed off|determine|determines|determined|vote|votes|voted|choose|chooses|chosen|make the (final )?(decision|choice)|report|reported|reports|reporting|present|presented|submit|submitted|recommend\w*|meeting|meets|consider (the|a|its|our) (report|results|findings|recommendations?|responses|feedback|proposals?|options?))\b/i;

/** A decision in the sentence, even with no one named: "a decision is expected in April". */
const DECISION_WORD = /\b(decide|decides|decided|deciding|decision|decisions|approve|approval|sign off|meeting|meets)\b/i;

/** A time a decision may be given by, beyond the feedback timescales: seasons, years, "early 2027". */
const SEASON_OR_YEAR =
  /\b(spring|summer|autumn|winter)\b|\bin the fall\b|\b(in|by|during|early|late|mid|end of|start of|beginning of|middle of)[\s-]+20\d\d\b|\b(this|next) (year|month|spring|summer|autumn|winter)\b/i;

/**
 * A policy or plan that governs many consultations can only promise to say who decides and when:
 * "each plan will say who will make the final decision, and the timetable".
 */
const GENERIC_WHO = /\bwho (will )?(make|makes|take|takes) the (final )?decisions?\b|\bwho (decides|will decide)\b|\b(the )?decision[- ]makers?\b/i;
const GENERIC_WHEN = /\b(timetable|timescales?|timeline|when (the )?decisions? (is|are|will be) (made|taken))\b/i;

/** A sentence that carries on from the one before: "This is expected in June 2027". */
const REFERS_BACK = /^(this|that|it|they|which|the (decision|meeting|vote))\b/i;

/** Headings of the section where the decision process belongs. */
export const DECISION_HEADING =
  /\b(what happens next|next steps|after the (consultation|survey)|how (we will|we'll|we) (decide|use (your )?(responses|views|feedback|answers))|how (your )?(responses|views|feedback|answers) will be (used|dealt with|considered)|what happens to (your )?(responses|views|feedback|answers)|how (the )?decisions? (is|are|will be) made|who (decides|will decide|makes the decision)|decision[- ]making|use of responses)\b/i;

/** Sections a decision section naturally comes before. */
const COMES_BEFORE = [/\b(you said|we did|feedback|keeping you informed|contact|get in touch|further information|more information|appendi(x|ces)|glossary|references)\b/i];

type Part = 'analysis' | 'who' | 'when';

const HOUNSLOW = {
  source: 'London Borough of Hounslow, Consultation Charter (charter 5: each plan says who will make the final decision)',
  url: 'https://hounslow.gov.uk/info/20220/get_involved/2618/our_engagement_principles',
};
const UTTLESFORD = {
  source: 'Uttlesford District Council, consultation charter (say how the results will be used)',
  url: 'https://www.uttlesford.gov.uk/article/5505/Our-consultation-charter',
};

interface SentenceParts {
  /** Index of the sentence in its block. */
  s: number;
  analysis: boolean;
  who: boolean;
  when: boolean;
  /** Promises to say who decides, or when, without naming them (enough for a policy or plan). */
  genericWho: boolean;
  genericWhen: boolean;
}

/** Which parts of the decision process each sentence gives, worked out once per block text. */
function partsOf(block: BlockModel): SentenceParts[] {
  return blockFact(block, 'decision-process', (parsed) => {
    const contexts = sentenceContexts(parsed);
    const questions = new Set(parsed.questions.map((q) => q.sentence));
    const out: SentenceParts[] = [];
    let previousDecision = -1;
    parsed.sentences.forEach((sentence, s) => {
      // Questions ask people what they think; they do not describe the process.
      if (questions.has(s) || /\?\s*$/.test(sentence.text)) return;
      const unit = parsed.units[sentence.unit];
      // A table row reads as one statement: "Cabinet decision | April 2027".
      const text = unit.tableCell ? `${contexts[s].join(' ')} ${sentence.text}` : sentence.text;
      // A decision-maker alone ("the panel will meet every month") says nothing about the decision.
      const decision = DECISION_WORD.test(text) || (DECISION_MAKER.test(text) && DECIDES.test(text));
      const timed = TIMESCALE.test(text) || SEASON_OR_YEAR.test(text);
      const parts: SentenceParts = {
        s,
        analysis: ANALYSIS.test(text),
        who: DECISION_MAKER.test(text) && DECIDES.test(text),
        // The time belongs to the decision when they share a sentence, or when the next sentence
        // refers back to it ("This will be in April 2027"), which a closing date never does.
        when: timed && (decision || (s > 0 && previousDecision === s - 1 && sentence.unit === parsed.sentences[s - 1].unit && REFERS_BACK.test(text))),
        genericWho: GENERIC_WHO.test(text),
        genericWhen: DECISION_WORD.test(text) && GENERIC_WHEN.test(text),
      };
      if (decision) previousDecision = s;
      if (parts.analysis || parts.who || parts.when || parts.genericWho || parts.genericWhen) out.push(parts);
    });
    return out;
  });
}

const MESSAGE_FOR: Record<string, string> = {
  'analysis': 'noDecisionMakerOrDate',
  'who': 'noAnalysisOrDate',
  'when': 'noAnalysisOrDecisionMaker',
  'analysis,who': 'noDecisionDate',
  'analysis,when': 'noDecisionMaker',
  'when,who': 'noAnalysis',
};

export default defineDocumentRule({
  id: 'decision-process-missing',
  summary: 'The draft does not say how responses will be used, who makes the decision, and when.',
  why:
    "People take part when they can see their views will be weighed before anything is decided. Saying how responses will be analysed, who will decide and when shows the consultation is real, lets people follow the decision, and shows responses will be conscientiously taken into account.",
  howToFix:
    "Add a section on how you will decide: say you will read and analyse every response, who you will report them to, who makes the final decision (such as the Cabinet, a committee or a named director) and when (a date or month).",
  principles: [
    { name: 'Gunning 4: responses must be conscientiously taken into account', ...SOURCES.gunning },
    { name: 'Have a purpose: take responses into account', ...SOURCES.consultationPrinciples },
    { name: "The public's contribution will influence the decision", ...SOURCES.iap2 },
    { name: 'Say why you are consulting and how the results will be used', ...UTTLESFORD },
    { name: 'Say who will make the final decision, and the timetable', ...HOUNSLOW },
  ],
  defaultSeverity: 'warning',
  appliesTo: ['consultation', 'survey', 'engagement-plan', 'policy'],
  severityByKind: { 'engagement-plan': 'information', policy: 'information' },
  fixKind: 'insert-section',
  messages: {
    missing:
      'Nothing says how responses will be used, who will make the decision or when, so people cannot tell whether their views will count. Add a section that says how you will consider every response, who decides and when.',
    noAnalysis:
      'This says who decides and when, but not how responses will be read and used, so people cannot tell whether their views will count. Say how you will consider every response and what you will report to the decision-maker.',
    noDecisionMaker:
      'This does not say who makes the decision, so people cannot tell who to hold to account. Name the decision-maker, such as the Cabinet, a committee or a named director.',
    noDecisionDate:
      "This does not say when the decision will be made, so people cannot follow it. Give a date or month, such as 'at the Cabinet meeting in April 2027'.",
    noDecisionMakerOrDate:
      'This says how responses will be used, but not who makes the decision or when, so people cannot follow what happens to their views. Name the decision-maker and give the date or month of the decision.',
    noAnalysisOrDate:
      'This names who decides, but not how responses will be used or when the decision will be made. Say how you will consider every response, and give the date or month of the decision.',
    noAnalysisOrDecisionMaker:
      'This gives a time for the decision, but not how responses will be used or who decides. Say how you will consider every response, and name the decision-maker.',
  },
  example: {
    flagged: '# Library opening hours consultation\n\n## What happens next\n\nWe will read every response.\n',
    ok:
      '# Library opening hours consultation\n\n## What happens next\n\nWe will read every response and report what people told us to the Cabinet. The Cabinet will make the final decision at its meeting in April 2027.\n',
  },
  check(doc, context) {
    // Policies and plans govern many consultations: a promise to say who decides and when is enough.
    const general = context.kind === 'policy' || context.kind === 'engagement-plan';
    const found = { analysis: false, who: false, when: false };
    let best: { at: OffsetRange; count: number } | undefined;
    for (const block of doc.blocks) {
      for (const parts of partsOf(block)) {
        const who = parts.who || (general && parts.genericWho);
        const when = parts.when || (general && parts.genericWhen);
        if (!parts.analysis && !who && !when) continue;
        found.analysis ||= parts.analysis;
        found.who ||= who;
        found.when ||= when;
        const count = Number(parts.analysis) + Number(who) + Number(when);
        if (!best || count > best.count) {
          const sentence = block.sentences[parts.s];
          best = { at: { start: sentence.start, end: sentence.end }, count };
        }
      }
      if (found.analysis && found.who && found.when) return;
    }
    if (!best) {
      context.report({
        messageId: 'missing',
        ...doc.anchor,
        fixes: [
          insertSectionFix(doc, "Insert a 'How we will decide' section", 'What happens next: the decision', COMES_BEFORE),
        ],
      });
      return;
    }
    const present = (Object.keys(found) as Part[]).filter((p) => found[p]).sort().join(',');
    // A section about what happens next is where the missing part belongs; else the best sentence.
    const section = sectionsMatching(doc, DECISION_HEADING).find((s) => s.heading !== doc.title);
    const at = section ? { start: section.heading.start, end: section.heading.end } : best.at;
    context.report({ messageId: MESSAGE_FOR[present], ...at });
  },
});

