import rule from '../../../server/src/rules/hard-to-reach';
import { describeRule } from '../../helpers/rule-tester';

const label = (p: string) =>
  `'${p}' puts the problem on people rather than on how we reach them. Say 'seldom heard' or 'people we do not often hear from', and name the groups you mean.`;

describeRule(rule, {
  kind: 'engagement-plan',
  ok: [
    {
      name: 'metadata ok example',
      text: '## Who we will involve\n\nWe will make extra effort to hear from seldom-heard groups, including young carers and Gypsy and Traveller families, by meeting them at their own groups.\n',
    },
    { name: 'a place that is hard to reach', text: 'The venue is hard to reach by bus, so we will pay for taxis.\n' },
    { name: 'reaching a shelf', text: 'Leaflets on the top shelf are hard to reach for wheelchair users, so we will move them.\n' },
    { name: 'a target that is hard to reach', text: 'The 60% response target will be difficult to reach in six weeks.\n' },
    { name: 'the preferred wording', text: 'We will work with groups we do not often hear from, such as care leavers.\n' },
  ],
  flagged: [
    {
      name: 'metadata flagged example: before a noun becomes "seldom-heard"',
      text: '## Who we will involve\n\nWe will make extra effort to hear from hard-to-reach groups.\n',
      findings: [{ at: 'hard-to-reach', message: label('hard-to-reach') }],
      fixTitles: ["Replace with 'seldom-heard'"],
      output: '## Who we will involve\n\nWe will make extra effort to hear from seldom-heard groups.\n',
    },
    {
      name: 'said of people becomes "seldom heard"',
      text: 'Some communities are often hard to reach through online surveys.\n',
      findings: [{ at: 'hard to reach', message: label('hard to reach') }],
      fixTitles: ["Replace with 'seldom heard'"],
      output: 'Some communities are often seldom heard through online surveys.\n',
    },
    {
      name: 'at the start of a list item, keeping the capital',
      text: '- Hard to reach communities in rural areas\n',
      findings: [{ at: 'Hard to reach', message: label('Hard to reach') }],
      output: '- Seldom-heard communities in rural areas\n',
    },
    {
      name: '"harder-to-reach sections of the community": no one-word swap',
      text: 'We will aim to hear from harder-to-reach sections of the community.\n',
      findings: [{ at: 'harder-to-reach', message: label('harder-to-reach') }],
    },
    {
      name: '"the hard to reach" as a noun, in a table cell',
      text: '| Audience | Method |\n|---|---|\n| The hard to reach | Outreach |\n',
      findings: [{ at: 'hard to reach', message: label('hard to reach') }],
      output: '| Audience | Method |\n|---|---|\n| The seldom heard | Outreach |\n',
    },
    {
      name: '"difficult to reach" before a noun',
      text: 'We will pay partners to involve difficult to reach young people.\n',
      findings: [{ at: 'difficult to reach', message: label('difficult to reach') }],
      output: 'We will pay partners to involve seldom-heard young people.\n',
    },
  ],
});
