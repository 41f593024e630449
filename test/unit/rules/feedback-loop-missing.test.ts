import rule from '../../../server/src/rules/feedback-loop-missing';
import { snippetText } from '../../../server/src/rules/snippet-sections';
import { describeRule } from '../../helpers/rule-tester';

const MISSING =
  "Nothing promises to tell people what was heard and what was done with it, so they cannot see whether taking part made a difference. Add a 'You said, we did' section that says when and how people will hear back.";
const NO_WHEN =
  "This promise to report back does not say when, so people cannot hold you to it. Give a timescale, such as 'within 12 weeks of the closing date'.";
const NO_HOW =
  'This promise to report back does not say how people will hear, so those who took part may never see it. Name the channel, such as email, letter, your website or a public meeting.';
const NO_WHEN_OR_HOW =
  "This promise to report back says neither when nor how people will hear, so it is hard to keep and hard to check. Give a timescale (such as 'within 12 weeks of the closing date') and a channel (such as email or your website).";

const NO_UNCHANGED =
  "This promise to report back does not say you will explain what could not change, and why, so people whose ideas were not taken up may think they were ignored. Add a line such as 'Where we cannot make a change that people asked for, we will explain why.'";
const REPORT_NO_UNCHANGED =
  'This report says what was done, but not what was not changed and why, so people whose suggestions were not taken up cannot see they were heard. Add what you could not change, with the reasons.';
const EXPLAIN = 'Where we cannot make a change that people asked for, we will explain why.';

const SECTION = snippetText('Feedback loop (you said, we did)');

describeRule(rule, {
  kind: 'consultation',
  ok: [
    {
      name: 'promise with a duration and a channel in the same section',
      text: `# Parks consultation\n\n## What happens next\n\nWe will report back on what you told us.\nWithin 12 weeks of the closing date we will publish a summary on our website.\n${EXPLAIN}\n`,
    },
    {
      name: '"You said, we did" heading with a date and channel below it',
      text: '# Parks consultation\n\n## You said, we did\n\nThe summary will be on the council website in June 2026. If we cannot do what you asked, we will tell you why.\n',
    },
    {
      name: 'promise in the body under the title, date and channel in the next sentence',
      text: '# Parks consultation\n\nWe will publish a summary of responses. It will go on our website by 30 September, with what we did not change and why.\n',
    },
    {
      name: 'regular feedback to a panel',
      kind: 'engagement-plan',
      text: '# Tenant panel engagement plan\n\n## Feedback\n\nWe will tell panel members what changed as a result of their advice at every meeting, and why some of it could not be taken forward.\n',
    },
    {
      name: 'let participants know, with a date and a letter',
      text: '# Waste consultation\n\n## After the consultation\n\nWe will let everyone who took part know the decision by letter in March 2027, including where changes could not be made and the reasons.\n',
    },
    {
      name: 'what has changed, or why it has not',
      kind: 'strategy',
      text: '# Involvement strategy\n\n## Saying what changed\n\nWithin eight weeks we will email people to tell them what has changed, or why it hasn\'t.\n',
    },
    {
      name: 'feed back how views shaped the decision, including when changes cannot be made',
      kind: 'policy',
      text: '# Involvement policy\n\nWe will feed back how your views shaped each decision, including when changes cannot be made, in our quarterly newsletter.\n',
    },
    {
      name: 'open about the reasons if changes cannot be made, in a table of what we did',
      text: '# Bus routes consultation\n\n## You said, we did\n\nWe will publish this table on our website in May 2027.\n\n| You said | We did | What we could not change, and why |\n|---|---|---|\n| | | |\n',
    },
    {
      name: 'a reason given in the promise itself',
      text: '# Parks consultation\n\n## What happens next\n\nBy June 2027 we will publish a summary on our website that sets out our reasons for any suggestion we did not take forward.\n',
    },
    { name: 'feedback reports are the feedback itself', kind: 'feedback-report', text: '# You said, we did: parks\n\nThank you.\n' },
    {
      name: 'a feedback report that says what was dropped',
      kind: 'feedback-report',
      text: '# Home to school travel: we asked, you said, we did\n\n## We did\n\nWe have extended travel training to 11-year-olds. Councillors decided not to bring in shared pick-up points.\n',
    },
    {
      name: 'a feedback report that says what was not changed and why',
      kind: 'feedback-report',
      text: '# Library hours: what you told us\n\n## What we changed\n\n- We have moved Saturday opening to 9am.\n- We have not changed Sunday hours, because the budget for staff is fixed.\n',
    },
  ],
  flagged: [
    {
      name: 'no promise at all: a section is inserted before "Contact us"',
      text: '# Parks consultation\n\n## Why we are asking\n\nThe parks need work.\n\n## Contact us\n\nEmail parks@example.gov.uk.\n',
      findings: [{ at: '# Parks consultation', message: MISSING }],
      fixTitles: ["Insert a 'What happens next: you said, we did' section"],
      output: `# Parks consultation\n\n## Why we are asking\n\nThe parks need work.\n\n${SECTION}\n\n## Contact us\n\nEmail parks@example.gov.uk.\n`,
    },
    {
      name: '"give us your feedback" is not a promise to report back',
      text: '# Parks consultation\n\nPlease give us your feedback by email.\n',
      findings: [{ at: '# Parks consultation', message: MISSING }],
      output: `# Parks consultation\n\nPlease give us your feedback by email.\n\n${SECTION}\n`,
    },
    {
      name: 'promise with neither when nor how',
      text: '# Parks consultation\n\n## What happens next\n\nWe will report back on what you told us.\n',
      findings: [{ at: 'We will report back on what you told us.', message: NO_WHEN_OR_HOW }],
      fixTitles: ['Add when and how people will hear back'],
      output:
        '# Parks consultation\n\n## What happens next\n\nWe will report back on what you told us. We will do this within 12 weeks of the closing date, on our website and by email to everyone who asked to hear back.\n',
      afterFix: [{ at: 'We will report back on what you told us.', message: NO_UNCHANGED }],
    },
    {
      name: 'promise with a channel but no timescale',
      text: '# Parks consultation\n\n## What happens next\n\nWe will publish a summary of responses on our website.\n',
      findings: [{ at: 'We will publish a summary of responses on our website.', message: NO_WHEN }],
      fixTitles: ['Add when people will hear back'],
      output:
        '# Parks consultation\n\n## What happens next\n\nWe will publish a summary of responses on our website. We will do this within 12 weeks of the closing date.\n',
      afterFix: [{ at: 'We will publish a summary of responses on our website.', message: NO_UNCHANGED }],
    },
    {
      name: 'promise with a timescale but no channel, in the body under the title',
      text: '# Parks consultation\n\nWe will publish a summary of responses by June 2026.\n',
      findings: [{ at: 'We will publish a summary of responses by June 2026.', message: NO_HOW }],
      fixTitles: ['Add how people will hear back'],
      output:
        '# Parks consultation\n\nWe will publish a summary of responses by June 2026. We will share it on our website and by email to everyone who asked to hear back.\n',
      afterFix: [{ at: 'We will publish a summary of responses by June 2026.', message: NO_UNCHANGED }],
    },
    {
      name: 'a bare "You said, we did" heading gets a sentence of its own',
      text: '# Parks consultation\n\n## You said, we did\n\nThank you for taking part.\n',
      findings: [{ at: 'You said, we did', message: NO_WHEN_OR_HOW }],
      output:
        '# Parks consultation\n\n## You said, we did\n\nWe will publish what you told us and what we did about it within 12 weeks of the closing date, on our website and by email to everyone who asked to hear back.\n\nThank you for taking part.\n',
      afterFix: [{ at: 'You said, we did', message: NO_UNCHANGED }],
    },
    {
      name: 'a promise inside bold text is found at its source position',
      text: '# Parks consultation\n\n## Next steps\n\n**We will feed back to residents.** Thanks.\n',
      findings: [{ at: 'We will feed back to residents.', message: NO_WHEN_OR_HOW }],
      output:
        '# Parks consultation\n\n## Next steps\n\n**We will feed back to residents.** We will do this within 12 weeks of the closing date, on our website and by email to everyone who asked to hear back. Thanks.\n',
      afterFix: [{ at: 'We will feed back to residents.', message: NO_UNCHANGED }],
    },
    {
      name: 'a complete promise that does not say it will explain what could not change',
      text: '# Parks consultation\n\n## What happens next\n\nWe will report back on what you told us. Within 12 weeks of the closing date we will publish a summary on our website.\n',
      findings: [{ at: 'We will report back on what you told us.', message: NO_UNCHANGED }],
      fixTitles: ['Add a promise to explain what could not change'],
      output: `# Parks consultation\n\n## What happens next\n\nWe will report back on what you told us. ${EXPLAIN} Within 12 weeks of the closing date we will publish a summary on our website.\n`,
    },
    {
      name: 'the metadata example, complete but silent on what could not change',
      text: '# Park improvements consultation\n\n## What happens next\n\nWe will report back on what you told us. Within 12 weeks of the closing date we will publish a summary on our website and email it to everyone who asked to hear back.\n',
      findings: [{ at: 'We will report back on what you told us.', message: NO_UNCHANGED }],
      output: `# Park improvements consultation\n\n## What happens next\n\nWe will report back on what you told us. ${EXPLAIN} Within 12 weeks of the closing date we will publish a summary on our website and email it to everyone who asked to hear back.\n`,
    },
    {
      name: 'a complete "You said, we did" section: the promise goes under its heading',
      kind: 'engagement-plan',
      text: '# Parks engagement plan\n\n## You said, we did\n\nThe summary will be on the council website in June 2026.\n',
      findings: [{ at: 'You said, we did', message: NO_UNCHANGED }],
      output: `# Parks engagement plan\n\n## You said, we did\n\n${EXPLAIN}\n\nThe summary will be on the council website in June 2026.\n`,
    },
    {
      name: 'saying what will not be done with personal data is not explaining what could not change',
      text: '# Parks consultation\n\n## What happens next\n\nWe will email a summary of responses to everyone who took part by 30 June 2027.\n\n## Your data\n\nWe will not use your details for any other reason, because the law does not allow it.\n',
      findings: [{ at: 'We will email a summary of responses to everyone who took part by 30 June 2027.', message: NO_UNCHANGED }],
      output: `# Parks consultation\n\n## What happens next\n\nWe will email a summary of responses to everyone who took part by 30 June 2027. ${EXPLAIN}\n\n## Your data\n\nWe will not use your details for any other reason, because the law does not allow it.\n`,
    },
    {
      name: 'a feedback report that lists only what was done',
      kind: 'feedback-report',
      text: '# Library hours: you said, we did\n\n## We did\n\nWe have moved Saturday opening to 9am and added a late night on Thursdays.\n',
      findings: [{ at: '# Library hours: you said, we did', message: REPORT_NO_UNCHANGED }],
    },
  ],
});
