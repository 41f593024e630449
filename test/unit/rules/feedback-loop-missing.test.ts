import rule from '../../../server/src/rules/feedback-loop-missing';
import { describeRule } from '../../helpers/rule-tester';

const MISSING =
  "Nothing promises to tell people what was heard and what was done with it, so they cannot see whether taking part made a difference. Add a 'You said, we did' section that says when and how people will hear back.";
const NO_WHEN =
  "This promise to report back does not say when, so people cannot hold you to it. Give a timescale, such as 'within 12 weeks of the closing date'.";
const NO_HOW =
  'This promise to report back does not say how people will hear, so those who took part may never see it. Name the channel, such as email, letter, your website or a public meeting.';
const NO_WHEN_OR_HOW =
  "This promise to report back says neither when nor how people will hear, so it is hard to keep and hard to check. Give a timescale (such as 'within 12 weeks of the closing date') and a channel (such as email or your website).";

const SECTION = `## What happens next: you said, we did

We will read every response. Within 12 weeks of the closing date we will publish a "You said, we did" summary on our website and email it to everyone who asked to hear back.

| You said | We did | When |
|---|---|---|
| What people told us | What we changed, or why we could not | Date |

Where we could not make a change that people asked for, we will explain why.`;

describeRule(rule, {
  kind: 'consultation',
  ok: [
    {
      name: 'promise with a duration and a channel in the same section',
      text: '# Parks consultation\n\n## What happens next\n\nWe will report back on what you told us.\nWithin 12 weeks of the closing date we will publish a summary on our website.\n',
    },
    {
      name: '"You said, we did" heading with a date and channel below it',
      text: '# Parks consultation\n\n## You said, we did\n\nThe summary will be on the council website in June 2026.\n',
    },
    {
      name: 'promise in the body under the title, date and channel in the next sentence',
      text: '# Parks consultation\n\nWe will publish a summary of responses. It will go on our website by 30 September.\n',
    },
    {
      name: 'regular feedback to a panel',
      kind: 'engagement-plan',
      text: '# Tenant panel engagement plan\n\n## Feedback\n\nWe will tell panel members what changed as a result of their advice at every meeting.\n',
    },
    {
      name: 'let participants know, with a date and a letter',
      text: '# Waste consultation\n\n## After the consultation\n\nWe will let everyone who took part know the decision by letter in March 2027.\n',
    },
    { name: 'feedback reports are the feedback itself', kind: 'feedback-report', text: '# You said, we did: parks\n\nThank you.\n' },
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
    },
    {
      name: 'promise with a channel but no timescale',
      text: '# Parks consultation\n\n## What happens next\n\nWe will publish a summary of responses on our website.\n',
      findings: [{ at: 'We will publish a summary of responses on our website.', message: NO_WHEN }],
      fixTitles: ['Add when people will hear back'],
      output:
        '# Parks consultation\n\n## What happens next\n\nWe will publish a summary of responses on our website. We will do this within 12 weeks of the closing date.\n',
    },
    {
      name: 'promise with a timescale but no channel, in the body under the title',
      text: '# Parks consultation\n\nWe will publish a summary of responses by June 2026.\n',
      findings: [{ at: 'We will publish a summary of responses by June 2026.', message: NO_HOW }],
      fixTitles: ['Add how people will hear back'],
      output:
        '# Parks consultation\n\nWe will publish a summary of responses by June 2026. We will share it on our website and by email to everyone who asked to hear back.\n',
    },
    {
      name: 'a bare "You said, we did" heading gets a sentence of its own',
      text: '# Parks consultation\n\n## You said, we did\n\nThank you for taking part.\n',
      findings: [{ at: 'You said, we did', message: NO_WHEN_OR_HOW }],
      output:
        '# Parks consultation\n\n## You said, we did\n\nWe will publish what you told us and what we did about it within 12 weeks of the closing date, on our website and by email to everyone who asked to hear back.\n\nThank you for taking part.\n',
    },
    {
      name: 'a promise inside bold text is found at its source position',
      text: '# Parks consultation\n\n## Next steps\n\n**We will feed back to residents.** Thanks.\n',
      findings: [{ at: 'We will feed back to residents.', message: NO_WHEN_OR_HOW }],
      output:
        '# Parks consultation\n\n## Next steps\n\n**We will feed back to residents.** We will do this within 12 weeks of the closing date, on our website and by email to everyone who asked to hear back. Thanks.\n',
    },
  ],
});
