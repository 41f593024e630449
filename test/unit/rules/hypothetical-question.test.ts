import rule from '../../../server/src/rules/hypothetical-question';
import { describeRule } from '../../helpers/rule-tester';

const scenario = (t: string) =>
  `Hypothetical question: '${t}' asks people to imagine a situation and predict what they would do, and such predictions are a poor guide to behaviour. Ask about their experience now, or make clear you are asking what they would prefer.`;
const prediction = (t: string) =>
  `Hypothetical question: '${t}' asks people to predict their own behaviour, and many say yes who never would. Ask about what they do now, or make clear you are asking what they would prefer.`;

describeRule(rule, {
  kind: 'survey',
  ok: [
    { name: 'metadata example (ok)', text: rule.example.ok },
    { name: 'current behaviour', text: 'How do you usually get to the library at present?\n' },
    { name: 'a stated preference', text: 'Would you prefer a morning or an evening session?\n' },
    { name: 'an offer to be contacted', text: 'Would you like us to contact you about the results?\n' },
    { name: 'a filter follow-up inviting people to take part', text: '1. Have you used the day centre?\n2. If yes, would you be willing to take part in a follow-up interview?\n' },
    { name: 'an invitation to join a panel', text: 'Would you join our residents panel to help shape the new service?\n' },
    { name: 'an imagined change asked as a preference', text: 'If you could change one thing about the park, what would it be?\n' },
    { name: 'a thought-experiment prompt', text: 'If you had to explain the service to a neighbour, how would you describe it?\n' },
    { name: 'an instruction before a question is not a condition', text: 'If you are not sure, try this: how did you last pay your rent?\n' },
    { name: '"Imagine" in a heading-free preamble with a present-tense question', text: 'Imagine your ideal high street. What is missing from ours today?\n' },
    { name: 'a hypothetical outside questions', text: 'If the library opened later, more people would use it.\n' },
  ],
  flagged: [
    {
      name: 'metadata example (flagged)',
      text: rule.example.flagged,
      findings: [{ at: 'If the library opened on Sunday mornings, would you visit more often?', message: scenario('If … would you') }],
    },
    {
      name: '"Would you use…"',
      text: '- Would you use a bike hire scheme in the town centre?\n',
      findings: [{ at: 'Would you use a bike hire scheme in the town centre?', message: prediction('Would you use') }],
    },
    {
      name: '"Would you be willing to pay…"',
      text: 'Q6. Would you be willing to pay a little more council tax to keep the pool open?\n',
      findings: [{ at: 'Would you be willing to pay a little more council tax to keep the pool open?', message: prediction('Would you be willing to pay') }],
    },
    {
      name: '"Suppose…" in the question itself',
      text: 'Suppose the council built a new pool: would you use it every week?\n',
      findings: [{ at: 'Suppose the council built a new pool: would you use it every week?', message: scenario('Suppose') }],
    },
    {
      name: '"Imagine…" in the sentence before the question',
      text: '1. Imagine the park had a small café. Would you visit the park more often?\n',
      findings: [{ at: 'Would you visit the park more often?', message: scenario('Imagine') }],
    },
    {
      name: 'a condition then "how would you"',
      text: 'If parking charges went up, how would you travel into town?\n',
      findings: [{ at: 'If parking charges went up, how would you travel into town?', message: scenario('If … would you') }],
    },
    {
      name: 'in a table cell',
      text: '| Question | Answer |\n| --- | --- |\n| Would you switch to a weekly food waste collection? | |\n',
      findings: [{ at: 'Would you switch to a weekly food waste collection?', message: prediction('Would you switch') }],
    },
  ],
});
