import rule from '../../../server/src/rules/decision-process-missing';
import { snippetText } from '../../../server/src/rules/snippet-sections';
import { describeRule } from '../../helpers/rule-tester';

const MISSING =
  'Nothing says how responses will be used, who will make the decision or when, so people cannot tell whether their views will count. Add a section that says how you will consider every response, who decides and when.';
const NO_ANALYSIS =
  'This says who decides and when, but not how responses will be read and used, so people cannot tell whether their views will count. Say how you will consider every response and what you will report to the decision-maker.';
const NO_DECISION_MAKER =
  'This does not say who makes the decision, so people cannot tell who to hold to account. Name the decision-maker, such as the Cabinet, a committee or a named director.';
const NO_DECISION_DATE =
  "This does not say when the decision will be made, so people cannot follow it. Give a date or month, such as 'at the Cabinet meeting in April 2027'.";
const NO_DECISION_MAKER_OR_DATE =
  'This says how responses will be used, but not who makes the decision or when, so people cannot follow what happens to their views. Name the decision-maker and give the date or month of the decision.';
const NO_ANALYSIS_OR_DATE =
  'This names who decides, but not how responses will be used or when the decision will be made. Say how you will consider every response, and give the date or month of the decision.';
const NO_ANALYSIS_OR_DECISION_MAKER =
  'This gives a time for the decision, but not how responses will be used or who decides. Say how you will consider every response, and name the decision-maker.';

const SECTION = snippetText('What happens next: the decision');

describeRule(rule, {
  kind: 'consultation',
  ok: [
    { name: 'the metadata example', text: rule.example.ok },
    {
      name: 'passive analysis, a committee and a date',
      text: '# Parking consultation\n\n## What happens next\n\nEvery response will be read and analysed by officers. The Transport Committee will decide at its meeting on 14 April 2027.\n',
    },
    {
      name: 'views helping a decision, a named director and a season',
      kind: 'survey',
      text: '# Bins survey\n\nYour answers will help shape the new collection rounds. The Director of Environment will decide which rounds to adopt in spring 2027.\n',
    },
    {
      name: 'a table of next steps',
      text: '# Parking consultation\n\n## What happens next\n\n| Step | When |\n|---|---|\n| Responses analysed by the parking team | March 2027 |\n| Cabinet decision | April 2027 |\n',
    },
    {
      name: 'a list of next steps, the date in the sentence after the decision',
      text: '# Parking consultation\n\nAfter the consultation closes:\n\n- We will take all your views into account.\n- Full council will make the final decision. This is expected in June 2027.\n',
    },
    {
      name: 'reporting to a board with a timescale',
      kind: 'engagement-plan',
      text: '# Community services engagement plan\n\nThe results will be reported to the Integrated Care Board, which will decide within eight weeks of the engagement closing.\n',
    },
    {
      name: 'US spelling',
      kind: 'policy',
      text: '# Parks policy\n\nWe will analyze all comments, and the Board of Trustees will vote on the final policy in September 2027.\n',
    },
    {
      name: 'a consultation charter that makes every plan say who decides and when',
      kind: 'policy',
      text: '# Consultation charter\n\n1. We will consider every response carefully.\n2. Each consultation plan will set out the timetable and who will make the final decision.\n',
    },
    { name: 'not asked of service designs', kind: 'service-design', text: '# Service design\n\nWe will build it.\n' },
  ],
  flagged: [
    {
      name: 'nothing about the decision: a section is added before "Contact us"',
      text: '# Parking consultation\n\n## Why we are asking\n\nParking is hard to find.\n\n## Contact us\n\nEmail parking@example.gov.uk.\n',
      findings: [{ at: '# Parking consultation', message: MISSING }],
      fixTitles: ["Insert a 'How we will decide' section"],
      output: `# Parking consultation\n\n## Why we are asking\n\nParking is hard to find.\n\n${SECTION}\n\n## Contact us\n\nEmail parking@example.gov.uk.\n`,
    },
    {
      name: 'the metadata example: responses read, but no decision-maker or date',
      text: rule.example.flagged,
      findings: [{ at: '## What happens next', message: NO_DECISION_MAKER_OR_DATE }],
    },
    {
      name: 'analysis and a decision-maker but no date',
      text: '# Parking consultation\n\n## Next steps\n\nOfficers will analyse the responses and report them to the Cabinet, which will make the final decision.\n',
      findings: [{ at: '## Next steps', message: NO_DECISION_DATE }],
    },
    {
      name: 'analysis and a date but no decision-maker: "we" decide',
      kind: 'survey',
      text: '# Bins survey\n\nAll responses will be carefully considered. We will make a decision in spring 2027.\n',
      findings: [{ at: 'All responses will be carefully considered.', message: NO_DECISION_MAKER }],
    },
    {
      name: 'a decision-maker and a date but nothing on the responses',
      text: '# Parking consultation\n\n## What happens next\n\nThe Cabinet will decide in April 2027.\n',
      findings: [{ at: '## What happens next', message: NO_ANALYSIS }],
    },
    {
      name: 'only a decision-maker',
      kind: 'policy',
      text: '# Parks policy\n\nThe final policy will be approved by full council.\n',
      findings: [{ at: 'The final policy will be approved by full council.', message: NO_ANALYSIS_OR_DATE }],
    },
    {
      name: 'only a time for the decision',
      kind: 'engagement-plan',
      text: '# Parks engagement plan\n\nA decision is expected in the autumn.\n',
      findings: [{ at: 'A decision is expected in the autumn.', message: NO_ANALYSIS_OR_DECISION_MAKER }],
    },
    {
      name: 'the closing date is not the decision date',
      text: '# Parking consultation\n\nThe consultation closes on 9 March 2027. Officers will analyse the responses.\n',
      findings: [{ at: 'Officers will analyse the responses.', message: NO_DECISION_MAKER_OR_DATE }],
    },
    {
      name: 'a closing date straight after the decision is not its date',
      kind: 'survey',
      text: '# Bins survey\n\nYour answers will help us decide how often to collect. The survey closes on 30 September 2027.\n',
      findings: [{ at: 'Your answers will help us decide how often to collect.', message: NO_DECISION_MAKER_OR_DATE }],
    },
    {
      name: 'a consultation must name the decision-maker, not only promise to',
      text: '# Parking consultation\n\nWe will consider every response carefully. We will tell you the timetable and who will make the final decision.\n',
      findings: [{ at: 'We will consider every response carefully.', message: NO_DECISION_MAKER_OR_DATE }],
    },
    {
      name: 'a question about the decision is not a description of it',
      text: '# Parking consultation\n\nDo you think the Cabinet should decide in April 2027?\n',
      findings: [{ at: '# Parking consultation', message: MISSING }],
      output: `# Parking consultation\n\nDo you think the Cabinet should decide in April 2027?\n\n${SECTION}\n`,
    },
    {
      name: 'a "comments box" is not a promise to use the comments',
      kind: 'survey',
      text: '# Bins survey\n\nYou can use the comments box for anything else.\n',
      findings: [{ at: '# Bins survey', message: MISSING }],
      output: `# Bins survey\n\nYou can use the comments box for anything else.\n\n${SECTION}\n`,
    },
  ],
});
