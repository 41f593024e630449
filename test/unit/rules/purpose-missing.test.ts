import rule from '../../../server/src/rules/purpose-missing';
import { describeRule } from '../../helpers/rule-tester';

const MISSING =
  "Nothing says what decision this informs or why people are being asked now, so readers cannot tell what their views could change. Add a 'Why we are asking' section near the top that names the decision, when it will be made and what is still open.";
const BACKGROUND_ONLY =
  'This background tells the story so far but not what is being decided or what is still open, so readers cannot tell what their views could change. Say what decision this informs, by when, and what people can still influence.';

const SECTION = `## Why we are asking

We need to decide how the library service will run from next April by March 2027. No final decision has been made.
Your views will help us decide which opening hours and services to keep.`;

describeRule(rule, {
  kind: 'consultation',
  ok: [
    { name: 'the metadata example', text: rule.example.ok },
    {
      name: 'heading "Why we are consulting"',
      text: '# Bus routes consultation\n\n## Why we are consulting\n\nThree evening routes carry few passengers.\n',
    },
    { name: 'heading "About this proposal"', text: '# Day centre proposal\n\n## About this proposal\n\nThe day centre lease ends in 2027.\n', kind: 'policy' },
    { name: 'heading "Purpose" in a policy', kind: 'policy', text: '# Allotments policy\n\n## Purpose\n\nThis policy sets out how plots are let.\n' },
    { name: 'heading "What we are consulting on"', text: '# Parking consultation\n\n### What we are consulting on\n\nNew permit zones.\n' },
    { name: 'heading "Aims and objectives" in a strategy', kind: 'strategy', text: '# Carers strategy\n\n## Aims and objectives\n\nMore carers get a break.\n' },
    { name: 'heading "The decision we need to make"', text: '# Leisure consultation\n\n## The decision we need to make\n\nWhich pool to refurbish first.\n' },
    {
      name: 'a decision stated in the intro, with no purpose heading',
      text: '# Bus routes consultation\n\nWe need to decide which evening routes to keep from September. Tell us how you use them.\n\n## How to respond\n\nOnline or by post.\n',
    },
    {
      name: 'a background section that also says what will be decided',
      text: '# Day services consultation\n\n## Background\n\nThe two day centres opened in 1985. Cabinet will decide in May whether to merge them.\n',
    },
    {
      name: 'views sought, in a list item',
      kind: 'engagement-plan',
      text: '# Parks engagement plan\n\n## Our approach\n\n- We would like your views on where new trees should go.\n- Sessions run in June.\n',
    },
    {
      name: 'what is being asked, in a table cell',
      kind: 'engagement-plan',
      text: '# Play areas engagement plan\n\n| Topic | What we are asking |\n|---|---|\n| Play areas | We want to hear your views on which play areas to rebuild first |\n',
    },
    {
      name: 'a survey whose answers will help decide',
      kind: 'survey',
      text: '# Green spaces survey\n\nYour answers will help us decide where to spend next year’s budget.\n\nQ1. How often, if at all, do you visit a park?\n',
    },
    {
      name: 'en-US spelling: "The purpose of this program is"',
      kind: 'service-design',
      text: '# Community center program design\n\nThe purpose of this new youth program is to choose how the center is organized for teenagers.\n',
    },
    { name: 'a curly apostrophe: "We’re asking about"', text: '# Bins consultation\n\nWe’re asking about changes to bin collection days.\n' },
    { name: 'a strategy that says what it aims to do', kind: 'strategy', text: '# Housing strategy\n\nThis strategy aims to set our priorities for new homes to 2030.\n' },
    { name: 'a feedback report is not asked for a purpose', kind: 'feedback-report', text: '# You said, we did\n\nThank you.\n' },
  ],
  flagged: [
    {
      name: 'the metadata example: the section goes before the first section',
      text: rule.example.flagged,
      findings: [{ at: '# Library opening hours consultation', message: MISSING }],
      fixTitles: ["Insert a 'Why we are asking' section"],
      output: `# Library opening hours consultation\n\n${SECTION}\n\n## How to take part\n\nFill in the questionnaire at any library by 30 June.\n`,
    },
    {
      name: 'a background that only tells the history: the section goes after it',
      text: '# Riverside hub consultation\n\n## Background\n\nThe library and the youth club have shared a site since 1990.\n\n## Questions\n\n1. Tell us about your last visit.\n',
      findings: [{ at: 'Background', message: BACKGROUND_ONLY }],
      fixTitles: ["Insert a 'Why we are asking' section"],
      output: `# Riverside hub consultation\n\n## Background\n\nThe library and the youth club have shared a site since 1990.\n\n${SECTION}\n\n## Questions\n\n1. Tell us about your last visit.\n`,
    },
    {
      name: 'a summary first: the section goes after the summary',
      kind: 'engagement-plan',
      text: '# Libraries engagement plan\n\n## Summary\n\nWe will hold six drop-ins.\n\n## Who we will involve\n\nReaders.\n',
      findings: [{ at: '# Libraries engagement plan', message: MISSING }],
      output: `# Libraries engagement plan\n\n## Summary\n\nWe will hold six drop-ins.\n\n${SECTION}\n\n## Who we will involve\n\nReaders.\n`,
    },
    {
      name: 'an intro paragraph only: the section is appended',
      text: '# Parks consultation\n\nPlease tell us what you think.\n',
      findings: [{ at: '# Parks consultation', message: MISSING }],
      output: `# Parks consultation\n\nPlease tell us what you think.\n\n${SECTION}\n`,
    },
    {
      name: 'asking for views with no subject is not a purpose',
      kind: 'survey',
      text: '# Residents survey\n\nWe want to hear from you. Share your views below.\n\nQ1. How long have you lived here?\n',
      findings: [{ at: '# Residents survey', message: MISSING }],
      output: `# Residents survey\n\nWe want to hear from you. Share your views below.\n\nQ1. How long have you lived here?\n\n${SECTION}\n`,
    },
    {
      name: 'the purpose of a steering group is not the purpose of the draft',
      kind: 'engagement-plan',
      text: '# Carers engagement plan\n\n## Purpose of the steering group\n\nThe group meets monthly.\n',
      findings: [{ at: '# Carers engagement plan', message: MISSING }],
      output: `# Carers engagement plan\n\n${SECTION}\n\n## Purpose of the steering group\n\nThe group meets monthly.\n`,
    },
    {
      name: 'sections at level 3 get a level-3 section',
      kind: 'policy',
      text: '# Parks policy\n\n### Who this covers\n\nAll parks.\n',
      findings: [{ at: '# Parks policy', message: MISSING }],
      output: `# Parks policy\n\n${SECTION.replace('## Why', '### Why')}\n\n### Who this covers\n\nAll parks.\n`,
    },
    {
      name: 'CRLF line endings are kept',
      kind: 'strategy',
      text: '# Parks strategy\r\n\r\n## Context\r\n\r\nThe parks are old.\r\n',
      findings: [{ at: 'Context', message: BACKGROUND_ONLY }],
      output: `# Parks strategy\r\n\r\n## Context\r\n\r\nThe parks are old.\r\n\r\n${SECTION.replace(/\n/g, '\r\n')}\r\n`,
    },
  ],
});
