import { defineBlockRule, questionSentences } from '../engine';
import { askingPart } from './long-question';
import { clauseStarts, quote, straighten } from './question-text';
import { SOURCES } from './sources';

// A hypothetical question asks people to predict what they would do in a situation that does
// not exist yet. Three shapes: a scenario opener ("Suppose…", "Imagine…") in the question or the
// sentence before it, a condition followed by "would you…" ("If the library opened later, would
// you…"), and a bare prediction of behaviour ("Would you use…", "Would you pay…"). Preferences
// ("Would you prefer…", "Would you like…") and filters ("If yes, …") are not predictions.

const TYLER = {
  source: 'tylertopics, City Hall Commons instructor survey exercise (do not use hypothetical questions)',
  url: 'http://tylertopics.com/cityhallcommons/instructor1/instructorsurvey.html',
};

/** Doing something: the behaviour people are asked to predict. */
const BEHAVIOUR =
  String.raw`(?:use|pay|buy|visit|attend|switch|travel|walk|cycle|drive|move|sign\s+up|subscribe|volunteer|donate|spend|shop|book|recycle|take\s+up|choose|go|come|return|stop|start|give\s+up)`;
/** Words that may sit between "would you" and the verb. */
const BETWEEN = String.raw`(?:(?:still|then|actually|definitely|probably|also|be\s+(?:willing|prepared|likely|able)\s+to|consider|considering|think\s+about|start\s+to|want\s+to)\s+){0,2}`;

/** "Would you use…" at the start of the asking clause. */
const PREDICTION = new RegExp(String.raw`((?:would|will)\s+you\s+${BETWEEN}${BEHAVIOUR}(?:s|d|ing)?)\b`, 'iy');
/** "If …, would you use…": the condition, then a prediction or any "would you" after the comma. */
const CONDITION = /(?:if|in the event that|supposing|suppose|assuming)\b/iy;
const FILTER_IF =
  /^if\s+(?:you\s+(?:had|were|are|were\s+asked)\s+to\b|you\s+could\b|yes|no|so|not|other|applicable|relevant|appropriate|possible|necessary|needed|any|you\s+(?:answered|ticked|selected|chose|said|would\s+like|wish|want|prefer|have\s+(?:answered|ticked|selected))|this\s+(?:applies|is\s+the\s+case))\b/i;
const WOULD_YOU = /^\s*(?:(?:how|what|where|which|when|who|why)\s+(?:[\w']+\s+){0,2}?)?((?:would|will)\s+you)\s+(?!(?:like|prefer|rather|mind|be\s+(?:happy|interested|willing\s+to\s+(?:be|take|tell|share|talk|speak))|recommend)\b)[a-z]/i;
const SCENARIO = /^\s*((?:suppose|supposing|imagine|picture|assume|assuming|let's\s+say|let\s+us\s+say)\b)/i;
/** The question asks what the person would do or feel. */
const ASKS_WOULD = /\b(?:would|will)\s+you\b|\bwhat\s+would\b|\bhow\s+would\b/i;
/** Invitations to take part are requests, not predictions. */
const RECRUITMENT = /\b(?:panel|focus\s+group|interview|follow-up|further\s+research|future\s+(?:research|engagement|consultation)|this\s+survey|contact(?:ed)?|user\s+research|workshop)\b/i;

interface Hit {
  messageId: string;
  trigger: string;
}

export function hypotheticalHit(sentence: string, preamble: string | undefined): Hit | undefined {
  // A scenario opener in the question itself or in the sentence before it.
  const scenario = SCENARIO.exec(sentence) ?? (preamble ? SCENARIO.exec(preamble) : null);
  if (scenario && ASKS_WOULD.test(sentence)) return { messageId: 'scenario', trigger: quote(scenario[1]) };
  // The rest reads only the question proper ("…one question: "would you…?"" reads the quotation).
  const text = sentence.slice(askingPart(sentence));
  const starts = clauseStarts(text);
  const first = starts[0] ?? 0;
  CONDITION.lastIndex = first;
  const cond = CONDITION.exec(text);
  if (cond && !FILTER_IF.test(text.slice(first))) {
    const rest = text.slice(cond.index + cond[0].length);
    const comma = rest.search(/[,;:\u2013\u2014]/);
    if (comma > 0) {
      const main = rest.slice(comma + 1);
      const m = WOULD_YOU.exec(main);
      if (m && !RECRUITMENT.test(main)) return { messageId: 'scenario', trigger: `${quote(cond[0])} … ${quote(m[1])}` };
    }
  }
  for (const at of starts) {
    PREDICTION.lastIndex = at;
    const m = PREDICTION.exec(text);
    if (m && !RECRUITMENT.test(text.slice(at))) return { messageId: 'prediction', trigger: quote(m[1]) };
  }
  return undefined;
}

export default defineBlockRule({
  id: 'hypothetical-question',
  summary: 'A question asks people to predict what they would do in a situation that does not exist yet.',
  why:
    'People are poor at predicting their own behaviour: many say they would use a new service, pay for it or switch to it, and far fewer do. Answers to "Would you use…?" or "If we opened later, would you…?" overstate demand, and a decision built on them can fail the people it was meant for.',
  howToFix:
    'Ask about what people do and need now ("How do you get to the library at present?", "What stops you using it?"), or say plainly that you are asking about a preference ("Which opening times would suit you best?").',
  principles: [
    { name: 'Do not use hypothetical questions', ...TYLER },
    { name: 'Ask about actual experience rather than speculation', ...SOURCES.mnGov },
  ],
  defaultSeverity: 'hint',
  appliesTo: ['policy', 'strategy', 'engagement-plan', 'consultation', 'survey', 'service-design', 'feedback-report'],
  fixKind: 'none',
  messages: {
    scenario:
      "Hypothetical question: '{trigger}' asks people to imagine a situation and predict what they would do, and such predictions are a poor guide to behaviour. Ask about their experience now, or make clear you are asking what they would prefer.",
    prediction:
      "Hypothetical question: '{trigger}' asks people to predict their own behaviour, and many say yes who never would. Ask about what they do now, or make clear you are asking what they would prefer.",
  },
  example: {
    flagged: '## Your views\n\n1. If the library opened on Sunday mornings, would you visit more often?\n',
    ok: '## Your views\n\n1. Which opening times would suit you best?\n',
  },
  check(block, context) {
    for (const { sentence, preamble } of questionSentences(block)) {
      const pre = preamble && !/\?[\s"')\]*_]*$/.test(preamble.text) ? straighten(preamble.text) : undefined;
      const hit = hypotheticalHit(straighten(sentence.text), pre);
      if (hit) {
        context.report({ messageId: hit.messageId, data: { trigger: hit.trigger }, start: sentence.start, end: sentence.end, fixes: [] });
      }
    }
  },
});
