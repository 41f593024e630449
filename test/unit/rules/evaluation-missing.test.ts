import rule from '../../../server/src/rules/evaluation-missing';
import { snippetText } from '../../../server/src/rules/snippet-sections';
import { describeRule } from '../../helpers/rule-tester';

const MISSING =
  "Nothing says how you will judge whether this worked or when you will review it, so nobody can learn from it. Add how you will review it with the people involved, your measures of success and a review date.";
const NO_WHEN = "This promises an evaluation but not when, so it can slip. Give a review date or timescale, such as '12 months after it begins'.";
const NO_PEOPLE =
  'This evaluation leaves out the people who took part, so it may miss what mattered to them. Say how they will help judge what worked, for example by asking them at the review.';
const NO_WHEN_OR_PEOPLE =
  'This promises an evaluation but says neither when nor with whom, so it can slip and may miss what mattered to people. Give a review date and say how the people who took part will help judge what worked.';

const SECTION = snippetText('Evaluation and review');

describeRule(rule, {
  kind: 'strategy',
  ok: [
    { name: 'the metadata example', text: rule.example.ok },
    {
      name: 'a review with the panel and a date, under another heading',
      kind: 'engagement-plan',
      text: '# Hub engagement plan\n\n## Our approach\n\nWe will review this plan with the design group in December 2026.\n',
    },
    {
      name: 'an evaluation section: who and when in separate sentences',
      text: '# Carers strategy\n\n## How we will know it worked\n\nWe will ask carers what difference the strategy made.\n\nWe will do this every year.\n',
    },
    {
      name: 'measures of success in a table, with participants and a date',
      kind: 'service-design',
      text: '# Respite redesign\n\n## Measures of success\n\n| Measure | Checked with | When |\n|---|---|---|\n| Carers get a break when they need one | Carers who use the service | Every six months |\n',
    },
    {
      name: 'learning shared every year with the forum, in a list',
      kind: 'policy',
      text: '# Involvement policy\n\n## Learning\n\n- We will learn from what carers tell us.\n- We will share the learning annually with the carers’ forum.\n',
    },
    {
      name: 'en-US spellings: the program is evaluated with participants in 2027',
      text: '# Neighborhood program strategy\n\nWe will evaluate the program with participants in spring 2027.\n',
    },
    {
      name: 'consultations and surveys are not checked',
      kind: 'consultation',
      text: '# Parks consultation\n\nTell us what you think.\n',
    },
  ],
  flagged: [
    {
      name: 'the metadata example: no evaluation at all',
      text: rule.example.flagged,
      findings: [{ at: '# Carers strategy 2026 to 2029', message: MISSING }],
      fixTitles: ["Insert a 'How we will know it worked' section"],
      output: `# Carers strategy 2026 to 2029\n\n## Our priorities\n\nWe will set up a carers’ forum and improve respite care.\n\n${SECTION}\n`,
    },
    {
      name: 'the section goes before "Contact us"',
      kind: 'engagement-plan',
      text: '# Hub engagement plan\n\n## How to take part\n\nCome to a drop-in.\n\n## Contact us\n\nEmail hub@example.gov.uk.\n',
      findings: [{ at: '# Hub engagement plan', message: MISSING }],
      output: `# Hub engagement plan\n\n## How to take part\n\nCome to a drop-in.\n\n${SECTION}\n\n## Contact us\n\nEmail hub@example.gov.uk.\n`,
    },
    {
      name: 'reviewing responses, equality monitoring and learning disabilities are not evaluation',
      kind: 'policy',
      text: '# Day services policy\n\nWe will review every response. Equality monitoring forms will be used. People with learning disabilities use these services.\n',
      findings: [{ at: '# Day services policy', message: MISSING }],
      output: `# Day services policy\n\nWe will review every response. Equality monitoring forms will be used. People with learning disabilities use these services.\n\n${SECTION}\n`,
    },
    {
      name: 'evaluation with neither when nor with whom',
      text: '# Involvement strategy\n\nWe will evaluate the strategy through the national evaluation toolkit.\n',
      findings: [{ at: 'We will evaluate the strategy through the national evaluation toolkit.', message: NO_WHEN_OR_PEOPLE }],
      fixTitles: ['Add when and with whom you will review it'],
      output:
        '# Involvement strategy\n\nWe will evaluate the strategy through the national evaluation toolkit. We will review it with the people who took part 12 months after it begins.\n',
    },
    {
      name: 'evaluation with a date but without participants',
      text: '# Involvement strategy\n\nWe will evaluate the strategy in March 2027.\n',
      findings: [{ at: 'We will evaluate the strategy in March 2027.', message: NO_PEOPLE }],
      fixTitles: ['Add the people who took part'],
      output:
        '# Involvement strategy\n\nWe will evaluate the strategy in March 2027. We will ask the people who took part what worked and what should change.\n',
    },
    {
      name: 'evaluation with participants but no date',
      kind: 'engagement-plan',
      text: '# Hub engagement plan\n\nWe will evaluate the engagement with residents.\n',
      findings: [{ at: 'We will evaluate the engagement with residents.', message: NO_WHEN }],
      fixTitles: ['Add when you will review it'],
      output: '# Hub engagement plan\n\nWe will evaluate the engagement with residents. We will review it 12 months after it begins.\n',
    },
    {
      name: 'a bare "Evaluation" heading gets a sentence of its own',
      text: '# Involvement strategy\n\n## Evaluation\n\nTo be confirmed.\n',
      findings: [{ at: 'Evaluation', message: NO_WHEN_OR_PEOPLE }],
      output: '# Involvement strategy\n\n## Evaluation\n\nWe will review this work with the people who took part 12 months after it begins.\n\nTo be confirmed.\n',
    },
    {
      name: 'only one finding: the most complete evaluation is the one flagged',
      text: '# Involvement strategy\n\nWe will monitor progress.\n\nWe will evaluate the strategy with residents.\n',
      findings: [{ at: 'We will evaluate the strategy with residents.', message: NO_WHEN }],
      output: '# Involvement strategy\n\nWe will monitor progress.\n\nWe will evaluate the strategy with residents. We will review it 12 months after it begins.\n',
    },
    {
      name: 'a promise inside bold text',
      text: '# Involvement strategy\n\n**We will evaluate the strategy.** Thank you.\n',
      findings: [{ at: 'We will evaluate the strategy.', message: NO_WHEN_OR_PEOPLE }],
      output: '# Involvement strategy\n\n**We will evaluate the strategy.** We will review it with the people who took part 12 months after it begins. Thank you.\n',
    },
  ],
});
