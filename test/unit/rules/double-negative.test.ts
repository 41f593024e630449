import rule from '../../../server/src/rules/double-negative';
import { describeRule } from '../../helpers/rule-tester';

const prefixed = (t: string) =>
  `Double negative: '${t}' makes people untangle two negatives, so their answers are hard to interpret. Word it positively.`;
const twoNegatives = (t: string) =>
  `Double negative: '${t}' puts two negatives in one question, so people can read it either way and their answers cannot be interpreted. Word it positively.`;
const negatedStatement = (t: string) =>
  `Double negative: the statement says '${t}', so people who want the opposite have to disagree with a 'not'. Word the statement positively, for example 'should keep' rather than 'should not stop'.`;

describeRule(rule, {
  kind: 'survey',
  ok: [
    { name: 'metadata example (ok)', text: rule.example.ok },
    { name: 'a balanced pair with one negative pole', text: 'How helpful or unhelpful did you find the leaflet about the new bin rounds?\n' },
    { name: 'a single negative word', text: 'Were you unhappy with any part of your visit to the day centre?\n' },
    { name: 'a single "not"', text: 'Why did you not use the community transport last winter?\n' },
    { name: 'a filter follow-up', text: '1. Do you drive?\n2. If not, how do you usually get to the hospital?\n' },
    { name: 'agree or disagree with a positive statement', text: 'To what extent do you agree or disagree that the pool should stay open until 9pm?\n' },
    { name: 'a relative clause is not the claim', text: 'To what extent do you agree or disagree that people who do not drive should get a free bus pass?\n' },
    { name: 'agree or not', text: 'Do you agree with the new parking zone or not?\n' },
    { name: '"not sure" and "no" apart', text: 'Are you not sure yet, or is the answer no?\n' },
    { name: '"no more than" is a limit', text: 'Should a wait for a repair ever be no more than two weeks, in your view?\n' },
    { name: 'a negative in a statement that is not a question', text: 'We did not find the old form unhelpful, but it was long.\n' },
    { name: 'a negative adverb describes the action', text: 'Would you like to know how we make sure that nobody is charged twice, and that tenants won\'t be unfairly charged?\n' },
    { name: 'a single "not possible"', text: 'Is it not possible for you to attend in person?\n' },
    { name: 'an en-US spelling kept positive', text: 'How organized or disorganized did the event feel?\n' },
  ],
  flagged: [
    {
      name: 'metadata example (flagged)',
      text: rule.example.flagged,
      findings: [{ at: 'Was the advice you got from the helpline not unhelpful?', message: prefixed('not unhelpful') }],
      fixTitles: ["Rewrite as 'helpful'"],
      output: '## Your views\n\n1. Was the advice you got from the helpline helpful?\n',
    },
    {
      name: '"not" + in- word',
      text: 'Is the new timetable not inconvenient for you?\n',
      findings: [{ at: 'Is the new timetable not inconvenient for you?', message: prefixed('not inconvenient') }],
      fixTitles: ["Rewrite as 'convenient'"],
      output: 'Is the new timetable convenient for you?\n',
    },
    {
      name: "\"aren't\" + un- word keeps the verb",
      text: "- Do you think the new charges aren't unfair?\n",
      findings: [{ at: "Do you think the new charges aren't unfair?", message: prefixed("aren't unfair") }],
      fixTitles: ["Rewrite as 'are fair'"],
      output: '- Do you think the new charges are fair?\n',
    },
    {
      name: "a numbered statement with \"don't disagree\"",
      text: "Q5. I don't disagree with the plans for the high street.\n",
      findings: [{ at: "I don't disagree with the plans for the high street.", message: prefixed("don't disagree") }],
      fixTitles: ["Rewrite as 'do agree'"],
      output: 'Q5. I do agree with the plans for the high street.\n',
    },
    {
      name: "\"Don't you disagree\": no safe rewrite",
      text: "Don't you disagree with the new charges?\n",
      findings: [{ at: "Don't you disagree with the new charges?", message: prefixed("Don't you disagree") }],
    },
    {
      name: 'no fix when the words cross formatting',
      text: 'Was the letter not **unclear**?\n',
      findings: [{ at: 'Was the letter not **unclear**?', message: prefixed('not unclear') }],
    },
    {
      name: 'no fix for a word with no exact positive',
      text: 'Were you not disappointed by the new opening hours?\n',
      findings: [{ at: 'Were you not disappointed by the new opening hours?', message: prefixed('not disappointed') }],
    },
    {
      name: 'in a table cell',
      text: '| Question | Answer |\n| --- | --- |\n| Is the bus stop not inaccessible to wheelchair users? | |\n',
      findings: [{ at: 'Is the bus stop not inaccessible to wheelchair users?', message: prefixed('not inaccessible') }],
      fixTitles: ["Rewrite as 'accessible'"],
      output: '| Question | Answer |\n| --- | --- |\n| Is the bus stop accessible to wheelchair users? | |\n',
    },
    {
      name: '"not … nobody"',
      text: 'Is it not the case that nobody uses the old bus station?\n',
      findings: [{ at: 'Is it not the case that nobody uses the old bus station?', message: twoNegatives('not the case that nobody') }],
    },
    {
      name: "\"can't … never\"",
      text: "Can't you never find a parking space near the clinic?\n",
      findings: [{ at: "Can't you never find a parking space near the clinic?", message: twoNegatives("Can't you never") }],
    },
    {
      name: 'a negated statement under a numbered agree/disagree item',
      text: 'Q3. The council should not stop the late-night bus.\n',
      findings: [{ at: 'The council should not stop the late-night bus.', message: negatedStatement('should not stop') }],
    },
    {
      name: 'a negated proposition inside the agree/disagree stem',
      text: 'To what extent do you agree or disagree that the library should no longer open on Sundays?\n',
      findings: [
        {
          at: 'To what extent do you agree or disagree that the library should no longer open on Sundays?',
          message: negatedStatement('should no longer open'),
        },
      ],
    },
  ],
});
