import rule from '../../../server/src/rules/hedged-commitment';
import { describeRule } from '../../helpers/rule-tester';

const hedged = (h: string, topic: string) =>
  `'${h}' turns a promise about ${topic} into a maybe, so people cannot rely on it. Say what you will do, and how people can ask for more.`;
const FORMATS = 'accessible formats and support';
const FEEDBACK = 'feedback';
const PAY = 'payment and expenses';

describeRule(rule, {
  kind: 'consultation',
  ok: [
    { name: 'metadata ok example', text: '## Formats and support\n\nWe will provide Easy Read and large print versions. For other formats, call 01234 567890.\n' },
    { name: 'a hedge with no promise', text: 'Where possible, people told us they prefer evening sessions.\n' },
    { name: 'a promise on another topic', text: 'Where possible, we will hold sessions in the evening.\n' },
    { name: 'a firm promise with a way to ask for more', text: 'We will pay £25 an hour and travel expenses. Ask us if you need care costs covered.\n' },
    { name: 'advice, not a promise', text: 'Teams should test with users as early as possible, in accessible formats.\n' },
  ],
  flagged: [
    {
      name: 'metadata flagged example: hedge at the start is removed and the next word capitalised',
      text: '## Formats and support\n\nWhere possible, we will provide Easy Read and large print versions.\n',
      findings: [{ at: 'Where possible', message: hedged('Where possible', FORMATS) }],
      fixTitles: ["Remove 'Where possible'"],
      output: '## Formats and support\n\nWe will provide Easy Read and large print versions.\n',
    },
    {
      name: 'between commas, about payment',
      text: 'We will, wherever possible, pay expenses on the day.\n',
      findings: [{ at: 'wherever possible', message: hedged('wherever possible', PAY) }],
      output: 'We will pay expenses on the day.\n',
    },
    {
      name: 'at the end, about feedback, in a list item',
      text: '- We will report back to everyone who took part, where practicable.\n',
      findings: [{ at: 'where practicable', message: hedged('where practicable', FEEDBACK) }],
      output: '- We will report back to everyone who took part.\n',
    },
    {
      name: 'passive promise with "should be", as in council charters',
      text: 'Where possible, alternative formats should be made available on request.\n',
      findings: [{ at: 'Where possible', message: hedged('Where possible', FORMATS) }],
      output: 'Alternative formats should be made available on request.\n',
    },
    {
      name: '"if resources allow" mid-sentence: no safe removal',
      text: 'We aim to offer BSL interpreters if resources allow at every session.\n',
      findings: [{ at: 'if resources allow', message: hedged('if resources allow', FORMATS) }],
    },
    {
      name: '"as far as possible" in a table cell',
      text: '| Promise |\n|---|\n| We will reimburse travel costs as far as possible. |\n',
      findings: [{ at: 'as far as possible', message: hedged('as far as possible', PAY) }],
      output: '| Promise |\n|---|\n| We will reimburse travel costs. |\n',
    },
    {
      name: '"when appropriate" after "We\'ll"',
      text: "We'll offer captioned videos and other accessible formats when appropriate.\n",
      findings: [{ at: 'when appropriate', message: hedged('when appropriate', FORMATS) }],
      output: "We'll offer captioned videos and other accessible formats.\n",
    },
  ],
});
