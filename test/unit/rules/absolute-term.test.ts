import rule from '../../../server/src/rules/absolute-term';
import { describeRule } from '../../helpers/rule-tester';

const absolute = (terms: string) =>
  `Absolute term: ${terms} asks for an all-or-nothing answer, which few people can give truthfully. Consider 'usually', or ask 'How often…' and put the range in the answer options.`;

describeRule(rule, {
  kind: 'survey',
  ok: [
    { name: 'metadata example (ok)', text: rule.example.ok },
    { name: 'a frequency scale in the options, not the stem', text: 'Q2. How often do you use the recycling centre?\n\n- [ ] Always\n- [ ] Sometimes\n- [ ] Never\n' },
    { name: '"if at all"', text: 'How satisfied, if at all, are you with the street lighting?\n' },
    { name: '"not at all" in a rating stem', text: 'On a scale from not at all to very, how safe do you feel at night?\n' },
    { name: '"all of the following"', text: 'Have you used all of the following services in the last year?\n' },
    { name: 'an instruction after the question', text: 'Do you use any of these services? Tick all that apply.\n' },
    { name: '"all ages" describes who, not how much', text: 'Should the new play area have equipment for all ages?\n' },
    { name: 'a schedule is not a universal', text: 'Should bins be collected every two weeks?\n' },
    { name: 'the closing question', text: 'Is there anything else you would like to tell us?\n' },
    { name: 'an open question leaves room to explain', text: 'What do you always check before you book an appointment?\n' },
    { name: 'a name is masked', text: 'Have you visited the All Saints Community Centre this year?\n' },
    { name: 'a quoted title is masked', text: 'Have you read the "Nobody Left Behind" strategy?\n' },
    { name: 'a prose sentence that only quotes a question', text: 'Our whole approach comes down to one question for every team: "what did you learn?"\n' },
    { name: 'a forced choice naming the other side', text: 'Should all branches open every weekday, or should some open fewer days for longer hours?\n' },
    { name: 'an absolute word outside questions', text: 'We will write to everyone who took part.\n' },
  ],
  flagged: [
    {
      name: 'metadata example (flagged)',
      text: rule.example.flagged,
      findings: [{ at: 'Do you always feel safe walking through the park after dark?', message: absolute("'always'") }],
    },
    {
      name: '"all" in a yes/no question in a list',
      text: '- Are all staff at the surgery polite to you?\n',
      findings: [{ at: 'Are all staff at the surgery polite to you?', message: absolute("'all'") }],
    },
    {
      name: '"everyone" in an agree/disagree stem',
      text: 'To what extent do you agree or disagree that everyone should pay for garden waste collection?\n',
      findings: [
        { at: 'To what extent do you agree or disagree that everyone should pay for garden waste collection?', message: absolute("'everyone'") },
      ],
    },
    {
      name: 'two absolute words are both named',
      text: 'Is the new website completely clear, and does it never time out?\n',
      findings: [{ at: 'Is the new website completely clear, and does it never time out?', message: absolute("'completely' and 'never'") }],
    },
    {
      name: 'a numbered agree/disagree statement',
      text: 'Q4. The bus into town is never late.\n',
      findings: [{ at: 'The bus into town is never late.', message: absolute("'never'") }],
    },
    {
      name: 'in a table cell',
      text: '| Question | Yes | No |\n| --- | --- | --- |\n| Does nobody at the library help you find books? | | |\n',
      findings: [{ at: 'Does nobody at the library help you find books?', message: absolute("'nobody'") }],
    },
    {
      name: '"every" that is not a schedule',
      text: 'Should every household get a food waste bin?\n',
      findings: [{ at: 'Should every household get a food waste bin?', message: absolute("'every'") }],
    },
  ],
});
