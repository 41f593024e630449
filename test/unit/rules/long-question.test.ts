import rule from '../../../server/src/rules/long-question';
import { describeRule } from '../../helpers/rule-tester';

const long = (count: number, max: number) =>
  `Long question: ${count} words, over the limit of ${max}. Long questions are hard to take in at one reading; move the background into a sentence before the question and keep the question itself short.`;

const LONG_30 =
  'Thinking about the last time you contacted the council about a missed bin collection, how easy or difficult was it to find the right phone number or online form to use?';

describeRule(rule, {
  kind: 'survey',
  ok: [
    { name: 'metadata example (ok)', text: rule.example.ok },
    { name: 'a short question', text: 'How easy or difficult is it to book a room at the community centre?\n' },
    {
      name: 'a long preamble sentence does not count',
      text: '1. The council is reviewing how it collects garden waste across the borough, including the charge, the days of collection and the size of the bins on offer. Which collection day would suit you best?\n',
    },
    {
      name: 'the options do not count',
      text: 'Q2. How do you usually travel to the hospital?\n\n- [ ] On foot or by wheelchair from home\n- [ ] By bus, tram or train\n- [ ] By car, as a driver or a passenger\n- [ ] By taxi or community transport\n- [ ] Another way\n',
    },
    { name: 'exactly 25 words', text: 'When you last visited the library, how easy or difficult was it to find a quiet place to sit, read or work for an hour?\n' },
    { name: 'a higher limit set by the user', text: `${LONG_30}\n`, settings: { options: { 'long-question': { maxWords: 40 } } } },
    {
      name: 'a prose sentence that quotes a short question',
      text: 'In the workshops with residents and staff over the summer we kept coming back to one simple question that everyone could answer: "what would make the biggest difference?"\n',
    },
    { name: 'a long sentence that is not a question', text: `${LONG_30.replace('?', '.')}\n` },
  ],
  flagged: [
    {
      name: 'metadata example (flagged)',
      text: rule.example.flagged,
      findings: [
        {
          at: 'Thinking about the changes to opening hours at the library that we made last spring after the budget review, how easy or difficult is it now for you to visit at a time that suits you?',
          message: long(36, 25),
        },
      ],
    },
    { name: 'a long question in a paragraph', text: `${LONG_30}\n`, findings: [{ at: LONG_30, message: long(31, 25) }] },
    {
      name: 'a lower limit set by the user',
      text: 'How easy or difficult was it to find the right form on our website?\n',
      settings: { options: { 'long-question': { maxWords: 10 } } },
      findings: [{ at: 'How easy or difficult was it to find the right form on our website?', message: long(14, 10) }],
    },
    {
      name: 'a numbered item: the label is not counted',
      text: `Q7. ${LONG_30}\n`,
      findings: [{ at: LONG_30, message: long(31, 25) }],
    },
    {
      name: 'in a table cell',
      text: `| Question | Answer |\n| --- | --- |\n| ${LONG_30} | |\n`,
      findings: [{ at: LONG_30, message: long(31, 25) }],
    },
  ],
});
