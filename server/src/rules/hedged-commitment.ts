import { defineBlockRule, sentenceSpan, type Fix } from '../engine';
import { rewriteFix, straighten } from './question-text';
import { SOURCES } from './sources';

const UTTLESFORD = {
  source: 'Uttlesford District Council, Our consultation charter (alternative formats offered "where possible")',
  url: 'https://www.uttlesford.gov.uk/article/5505/Our-consultation-charter',
} as const;
const WALSALL = {
  source: 'Walsall Together, get involved (co-production "wherever possible")',
  url: 'https://walsalltogether.co.uk/get-involved',
} as const;

/** Hedges that let a promise quietly lapse. */
const HEDGE =
  /(?<![\w-])(?:where(?:ver)?\s+(?:possible|practicable|practical|feasible|appropriate|resources\s+(?:allow|permit))|when(?:ever)?\s+(?:possible|practicable|feasible|appropriate)|if\s+(?:at\s+all\s+)?possible|as\s+far\s+as\s+(?:is\s+)?(?:possible|practicable|reasonably\s+practicable|we\s+can)|if\s+(?:resources|funding|budgets?|capacity|time)\s+(?:allows?|permits?)|(?:resources|funding|budget)\s+permitting|subject\s+to\s+(?:resources|funding|budgets?|capacity|availability))(?![\w-])/gi;

/** A promise: "we will", "we'll", "we aim to", "will be provided", "should be made available". */
const COMMITMENT =
  /\b(?:we(?:'ll|\s+will|\s+shall|\s+aim\s+to|\s+try\s+to|\s+intend\s+to|\s+(?:are|remain)\s+committed\s+to|\s+commit\s+to|\s+endeavour\s+to|\s+endeavor\s+to|\s+seek\s+to|\s+undertake\s+to|\s+promise\s+to)|(?:will|shall|should)\s+(?:also\s+)?(?:be|aim|try|seek|endeavour|endeavor|make|provide|offer|pay|publish|give|send|report|feed|let|tell|reimburse|cover|translate|produce|arrange|meet|share|respond|write|contact|explain)|aim\s+to|our\s+aim\s+is\s+to)\b/i;

interface TopicDef {
  name: string;
  re: RegExp;
}
const TOPICS: TopicDef[] = [
  {
    name: 'accessible formats and support',
    re: /\b(?:formats?|easy[\s-]read|large\s+print|braille|audio|bsl|british\s+sign\s+language|sign\s+language|interpret(?:er|ers|ing|ation)|translat(?:e|ed|ion|ions|ing)|languages?\s+other\s+than|other\s+languages|accessib(?:le|ility)|adjustments?|hearing\s+loops?|induction\s+loops?|step-free|wheelchair|captions?|captioned|subtitles?|transcripts?|paper\s+cop(?:y|ies)|alternative\s+versions?)\b/i,
  },
  {
    name: 'feedback',
    re: /\b(?:feedback|feed\s+back|report\s+back|you\s+said,?\s+we\s+did|let\s+(?:you|people|participants|everyone|respondents)\s+know|tell\s+(?:you|people|participants|everyone|respondents)\s+(?:what|how)|respond\s+to\s+(?:every|each|all|your)|reply\s+to|publish\s+(?:a\s+|the\s+)?(?:summary|results|findings|report|response)|summary\s+of\s+(?:responses|what)|results\s+of\s+the\s+(?:consultation|survey|engagement))\b/i,
  },
  {
    name: 'payment and expenses',
    re: /\b(?:pay|pays|paid|payments?|expenses|reimburs(?:e|ed|ement)|vouchers?|travel\s+costs|childcare|care\s+costs|honorari(?:a|um|ums)|fees?|recognis(?:e|ed|ing)\s+(?:your|people's|participants')\s+time|recogniz(?:e|ed|ing)\s+(?:your|people's|participants')\s+time)\b/i,
  },
];

export default defineBlockRule({
  id: 'hedged-commitment',
  summary: "A promise about accessible formats, feedback or payment is hedged with 'where possible' or a similar phrase.",
  why:
    "A hedge such as 'where possible' turns a promise into a maybe. People who need Easy Read, an interpreter, their travel paid or a reply cannot tell whether they will get it, and the organisation cannot be held to it. The groups who most need these promises are the ones most put off by the doubt.",
  howToFix:
    "Say plainly what you will do, and how people can ask for more: 'We will provide Easy Read and large print versions. For other formats, call 01234 567890.' If there is a real limit, say what it is. The quick fix removes the hedge where the sentence still reads well without it.",
  principles: [
    { name: 'Accessible: make information and involvement accessible to everyone who needs it', ...SOURCES.consultationPrinciples },
    { name: 'Feed back how engagement has influenced decisions (principle 2)', ...SOURCES.nhsEngland },
    { name: 'Recognise and reward people for their time', ...SOURCES.nihrPayment },
    { name: 'Alternative formats promised only "where possible"', ...UTTLESFORD },
    { name: 'Co-production promised "wherever possible"', ...WALSALL },
  ],
  defaultSeverity: 'hint',
  appliesTo: ['policy', 'strategy', 'engagement-plan', 'consultation', 'survey', 'service-design', 'feedback-report'],
  fixKind: 'rewrite',
  messages: {
    hedged:
      "'{hedge}' turns a promise about {topic} into a maybe, so people cannot rely on it. Say what you will do, and how people can ask for more.",
  },
  example: {
    flagged: '## Formats and support\n\nWhere possible, we will provide Easy Read and large print versions.\n',
    ok: '## Formats and support\n\nWe will provide Easy Read and large print versions. For other formats, call 01234 567890.\n',
  },
  check(block, context) {
    for (const sentence of block.sentences) {
      const text = straighten(sentence.text);
      for (const m of text.matchAll(HEDGE)) {
        if (!COMMITMENT.test(text)) break;
        const topic = TOPICS.find((t) => t.re.test(text));
        if (!topic) break;
        const start = m.index;
        const end = start + m[0].length;
        const hedge = sentence.text.slice(start, end);
        const fixes: Fix[] = [];
        const removal = removalOf(text, start, end);
        if (removal) {
          const fix = rewriteFix(block, sentence, removal.from, removal.to, removal.text, `Remove '${hedge.replace(/\s+/g, ' ')}'`);
          if (fix) fixes.push(fix);
        }
        context.report({ messageId: 'hedged', data: { hedge: hedge.replace(/\s+/g, ' '), topic: topic.name }, ...sentenceSpan(block, sentence, start, end), fixes });
      }
    }
  },
});

/**
 * How to take the hedge out so the sentence still reads: at the start ("Where possible, we will…"
 * → "We will…"), between commas ("We will, where possible, pay…"), or before the full stop
 * ("…large print, where possible."). Elsewhere removal could break the grammar, so no fix.
 */
function removalOf(text: string, start: number, end: number): { from: number; to: number; text: string } | undefined {
  const lead = text.slice(0, start);
  const rest = text.slice(end);
  // Sentence start, after any opening markup: remove "Where possible, " and capitalise the next word.
  if (/^[\s"'(*_]*$/.test(lead)) {
    const m = /^\s*,\s*([A-Za-z])/.exec(rest);
    if (!m) return undefined;
    return { from: start, to: end + m[0].length, text: m[1].toUpperCase() };
  }
  // Between commas: ", where possible," → "".
  if (/,\s*$/.test(lead) && /^\s*,/.test(rest)) {
    const from = lead.replace(/,\s*$/, '').length;
    const to = end + /^\s*,/.exec(rest)![0].length;
    return { from, to, text: '' };
  }
  // At the end of the sentence: "…, where possible." or "… where possible."
  const trimmed = lead.trimEnd();
  if (/^[.!?"')*_\s]*$/.test(rest) && trimmed.length < lead.length && /\w,?$/.test(trimmed)) {
    const from = trimmed.endsWith(',') ? trimmed.length - 1 : trimmed.length;
    return { from, to: end, text: '' };
  }
  return undefined;
}
