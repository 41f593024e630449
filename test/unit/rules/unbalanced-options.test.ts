import rule from '../../../server/src/rules/unbalanced-options';
import { describeRule } from '../../helpers/rule-tester';

const morePositive = (p: number, n: number) =>
  `Unbalanced options: ${p} positive against ${n} negative, so the scale leans towards a good answer. Give each side the same number of options, with a middle point.`;
const moreNegative = (p: number, n: number) =>
  `Unbalanced options: ${n} negative against ${p} positive, so the scale leans towards a bad answer. Give each side the same number of options, with a middle point.`;
const NO_MIDDLE =
  "The scale has no middle or 'Don't know' option, so people with no view, or a mixed one, must pick a side. Add a middle point such as 'Neither … nor …' and a 'Don't know' option.";
const reason = (option: string, trigger: string) =>
  `The option '${option}' gives a reason for the answer ('${trigger}'), which makes it look like the right choice. Keep each option to the answer alone, and set out the reasons for and against in the background information.`;

describeRule(rule, {
  kind: 'survey',
  ok: [
    { name: 'the metadata example', text: rule.example.ok },
    {
      name: 'balanced five-point agreement scale with tick boxes',
      text: '1. To what extent do you agree or disagree that the new crossing is safe?\n   - [ ] Strongly agree\n   - [ ] Tend to agree\n   - [ ] Neither agree nor disagree\n   - [ ] Tend to disagree\n   - [ ] Strongly disagree\n',
    },
    { name: 'plain yes and no for a fact', text: 'Do you own a bicycle?\n\n- Yes\n- No\n' },
    { name: 'support or oppose with "Don\'t know" only', text: 'Do you support or oppose the new parking zone?\n\n- Support\n- Oppose\n- Don’t know\n' },
    {
      name: 'a list of choices is not a scale, even with good and better in it',
      text: 'Which of these would most improve the park?\n\n- Good lighting\n- Better paths\n- More benches\n',
    },
    { name: 'frequency scale', text: 'How often do you use the bus?\n\n- Every day\n- Most weeks\n- Rarely\n- Never\n' },
    {
      name: 'balanced rating scale in a table header, with US spelling',
      text: 'How would you rate the recycling center?\n\n| Very good | Good | Fair | Poor | Very poor |\n|---|---|---|---|---|\n| ( ) | ( ) | ( ) | ( ) | ( ) |\n',
    },
    {
      name: 'balanced scale on "( )" lines, with an "Other" option',
      text: 'How likely are you to use the new library?\n( ) Very likely\n( ) Likely\n( ) Unlikely\n( ) Very unlikely\n( ) Not sure\n( ) Other\n',
    },
    { name: 'yes with a qualifier is not a reason', text: 'Would you use a late-night bus?\n\n- Yes, definitely\n- Yes, probably\n- No, probably not\n- No, definitely not\n' },
    { name: 'statements share a balanced header scale', text: 'How much do you agree with these statements?\n\n| Statement | Agree | Neither | Disagree |\n|---|---|---|---|\n| The hall is warm | | | |\n| The hall is clean | | | |\n' },
  ],
  flagged: [
    {
      name: 'the metadata example',
      text: rule.example.flagged,
      findings: [{ at: 'Very satisfied\n- Satisfied\n- Dissatisfied', message: morePositive(2, 1) }],
    },
    {
      name: 'four good grades against one poor',
      text: 'Q2. How would you rate the leisure centre?\n\n- Excellent\n- Very good\n- Good\n- Fair\n- Poor\n',
      findings: [{ at: 'Excellent\n- Very good\n- Good\n- Fair\n- Poor', message: morePositive(3, 1) }],
    },
    {
      name: 'more negative than positive',
      text: 'How safe is the underpass?\n\n- Safe\n- Unsafe\n- Very unsafe\n',
      findings: [{ at: 'Safe\n- Unsafe\n- Very unsafe', message: moreNegative(1, 2) }],
    },
    {
      name: 'yes twice, no once',
      text: 'Would you recommend the service?\n( ) Yes, definitely\n( ) Yes, probably\n( ) No\n',
      findings: [{ at: 'Yes, definitely\n( ) Yes, probably\n( ) No', message: morePositive(2, 1) }],
    },
    {
      name: 'no middle: a "Don\'t know" option is added to the tick-box list',
      text: '1. How satisfied or dissatisfied are you with street cleaning?\n   - [ ] Satisfied\n   - [ ] Dissatisfied\n2. Next question?\n',
      findings: [{ at: 'Satisfied\n   - [ ] Dissatisfied', message: NO_MIDDLE }],
      fixTitles: ["Add a 'Don't know' option"],
      output: "1. How satisfied or dissatisfied are you with street cleaning?\n   - [ ] Satisfied\n   - [ ] Dissatisfied\n   - [ ] Don't know\n2. Next question?\n",
    },
    {
      name: 'no middle in a numbered list: numbered on',
      text: 'Do you support or oppose the plan?\n\n1. Support\n2. Oppose\n',
      findings: [{ at: 'Support\n2. Oppose', message: NO_MIDDLE }],
      output: "Do you support or oppose the plan?\n\n1. Support\n2. Oppose\n3. Don't know\n",
    },
    {
      name: 'no middle in a table header: no safe fix',
      text: 'How easy was it to book?\n\n| Easy | Difficult |\n|---|---|\n| ☐ | ☐ |\n',
      findings: [{ at: 'Easy | Difficult', message: NO_MIDDLE }],
    },
    {
      name: 'an option that argues for itself',
      text: 'Should the council build the new bridge?\n\n- Yes, because it will cut journey times\n- No\n- Not sure\n',
      findings: [{ at: 'Yes, because it will cut journey times', message: reason('Yes, because it will cut journey times', 'because it will cut journey times') }],
    },
    {
      name: 'a second sentence after "Yes."',
      text: 'Do you want a twenty mile an hour limit?\n\n- Yes. I want to protect children on the way to school.\n- No.\n',
      findings: [
        {
          at: 'Yes. I want to protect children on the way to school.',
          message: reason('Yes. I want to protect children on the way to school.', 'to protect children on the way to school'),
        },
      ],
    },
    {
      name: 'a second clause after "No –"',
      text: 'Should the pool close on Mondays?\n\n- Yes\n- No – it is the only day I can swim\n',
      findings: [{ at: 'No – it is the only day I can swim', message: reason('No – it is the only day I can swim', 'it is the only day I can swim') }],
    },
    {
      name: 'support "so that"',
      text: 'What is your view?\n\n- I support the scheme so that streets stay quiet\n- I oppose the scheme\n',
      findings: [{ at: 'I support the scheme so that streets stay quiet', message: reason('I support the scheme so that streets stay quiet', 'so that streets stay quiet') }],
    },
  ],
});
