import { defineBlockRule, sentenceSpan, type Fix } from '../engine';
import { matchCase, rewriteFix, straighten } from './question-text';
import { SOURCES } from './sources';

const SCOTTISH_PRACTICE = {
  source: "Scottish Co-production Network, key messages for co-production ('seldom heard' in Scottish practice)",
  url: SOURCES.scottishCoproduction.url,
} as const;

/** "hard to reach", "hard-to-reach", "harder to reach", "more difficult to reach", "hardest-to-reach". */
const PHRASE = /(?<![\w-])(?:(?:more|most|very|so|really|particularly|especially)\s+)?(hard|harder|hardest|difficult)[\s-]+to[\s-]+reach(?![\w-])/gi;

/** Words for people and groups, which the phrase wrongly blames. */
const PEOPLE =
  /^(?:groups?|communit(?:y|ies)|people|persons?|famil(?:y|ies)|residents?|audiences?|populations?|individuals?|users?|participants?|customers?|patients?|citizens?|carers?|parents?|children|young|youth|men|women|older|adults?|sections?|segments?|demographics?|sectors?|neighbourhoods?|neighborhoods?|households?|clients?|service|voices?|respondents?|members?|students?|learners?|tenants?|minorit(?:y|ies)|ethnic|black|asian|traveller|gypsy|migrant|refugee|disabled|lgbt\w*)$/;
/** Words for people that can be the subject: "some groups are harder to reach", "those who are hard to reach". */
const PEOPLE_SUBJECT =
  /^(?:groups?|communit(?:y|ies)|people|famil(?:y|ies)|residents|audiences|populations|individuals|users|participants|customers|patients|citizens|carers|parents|children|men|women|those|others|they|them|who|whom)$/;
const COPULA = /^(?:are|is|were|was|be|been|being|seem|seems|remain|remains|considered|seen|regarded|described|labelled|labeled|called|as)$/;
const ADVERB = /^(?:often|usually|traditionally|typically|sometimes|still|also|not|particularly|more|most|so|very|the|too|quite|can|may|might|could|will)$/;

/** People are said to be hard to reach: a people word, then within eight words a copula, then only adverbs. */
function saidOfPeople(before: string): boolean {
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  const words = clause.split(/[\s,]+/).filter((w) => w.length > 0);
  let i = words.length - 1;
  while (i >= 0 && ADVERB.test(words[i])) i--;
  if (i < 0 || !COPULA.test(words[i])) return false;
  for (let j = i - 1; j >= Math.max(0, i - 8); j--) if (PEOPLE_SUBJECT.test(words[j])) return true;
  return false;
}
const NOMINAL_BEFORE = /\b(?:the|these|those|so-called|so\s+called)\s+$/;

export default defineBlockRule({
  id: 'hard-to-reach',
  summary: "The draft calls people 'hard to reach', which puts the problem on them rather than on how services reach out.",
  why:
    "People are not hard to reach in themselves; services find it hard to reach them, often because of how and where they engage. The label can feel blaming to the people it describes, and it lets a plan stop at a vague phrase instead of naming who is missing and what will change to reach them.",
  howToFix:
    "Say 'seldom heard' or 'people we do not often hear from', and name the groups you mean, such as carers, young people or Gypsy and Traveller families, with how you will reach each one. The quick fix swaps in 'seldom heard'.",
  principles: [
    { name: 'Build relationships with excluded groups, especially those affected by inequalities (principle 4)', ...SOURCES.nhsEngland },
    { name: "Use 'seldom heard' and work with people's strengths", ...SCOTTISH_PRACTICE },
    { name: 'Inclusion: identify and involve the people and groups who are affected', ...SOURCES.nsfce },
    { name: 'Value people as assets, not problems to be solved', ...SOURCES.nef },
  ],
  defaultSeverity: 'hint',
  appliesTo: ['policy', 'strategy', 'engagement-plan', 'consultation', 'survey', 'service-design', 'feedback-report'],
  fixKind: 'rewrite',
  messages: {
    label:
      "'{phrase}' puts the problem on people rather than on how we reach them. Say 'seldom heard' or 'people we do not often hear from', and name the groups you mean.",
  },
  example: {
    flagged: '## Who we will involve\n\nWe will make extra effort to hear from hard-to-reach groups.\n',
    ok: '## Who we will involve\n\nWe will make extra effort to hear from seldom-heard groups, including young carers and Gypsy and Traveller families, by meeting them at their own groups.\n',
  },
  check(block, context) {
    for (const sentence of block.sentences) {
      const text = straighten(sentence.text);
      if (!/reach/i.test(text)) continue;
      for (const m of text.matchAll(PHRASE)) {
        const start = m.index;
        const end = start + m[0].length;
        const lower = text.toLowerCase();
        const next = /^[\s-]+([a-z]+)/.exec(lower.slice(end, end + 30));
        const attributive = !!next && PEOPLE.test(next[1]);
        const beforeText = lower.slice(Math.max(0, start - 80), start);
        // About people: before a people word, after "the"/"those", or said of people ("groups who are hard to reach").
        if (!attributive && !NOMINAL_BEFORE.test(beforeText) && !saidOfPeople(beforeText)) continue;
        const phrase = sentence.text.slice(start, end);
        const fixes: Fix[] = [];
        const grade = m[1].toLowerCase();
        if (grade === 'hard' || grade === 'difficult') {
          // Only the bare phrase: "very hard to reach" has no one-word equivalent.
          if (m[0].toLowerCase().startsWith(grade)) {
            const replacement = attributive ? 'seldom-heard' : 'seldom heard';
            const fix = rewriteFix(block, sentence, start, end, matchCase(phrase, replacement), `Replace with '${replacement}'`);
            if (fix) fixes.push(fix);
          }
        }
        context.report({ messageId: 'label', data: { phrase: phrase.replace(/\s+/g, ' ') }, ...sentenceSpan(block, sentence, start, end), fixes });
      }
    }
  },
});
