import rule from '../../../server/src/rules/accessibility-missing';
import { describeRule } from '../../helpers/rule-tester';

const MISSING =
  "Nothing says which accessible formats or adjustments are on offer, so disabled people and people who read little English may not take part. Add a 'Formats and support' section naming the formats (Easy Read, large print, audio, BSL, other languages) and how to ask for them.";
const GENERIC =
  'This promises accessibility but names no format or adjustment, so people cannot tell whether it will work for them. Name the formats (Easy Read, large print, audio, BSL, other languages) and adjustments (step-free venues, hearing loops, interpreters) you offer.';
const ON_REQUEST =
  'Formats are offered on request, but the draft gives no one to ask, so nobody can request them. Say who to contact and how: a team, a phone number and an email address.';
const hedged = (hedge: string) =>
  `Formats and adjustments are only promised '${hedge}', so people cannot count on them. Say which ones you will provide, and how people can ask for others.`;

const SECTION = `## Formats and support

This document is available in Easy Read, large print and audio, in British Sign Language and in Polish and Urdu.
Our drop-in venues have step-free access and a hearing loop.
To ask for another format or any other adjustment, contact the engagement team on 01234 567890 or engage@example.gov.uk.`;

const ASK = 'To ask for another format or any other adjustment, contact the engagement team on 01234 567890 or engage@example.gov.uk.';

describeRule(rule, {
  kind: 'consultation',
  ok: [
    { name: 'the metadata example', text: rule.example.ok },
    {
      name: 'formats in a list after a lead-in',
      text: '# Care charges consultation\n\nWe can send you this document as:\n\n- Easy Read\n- large print\n- an audio recording\n\nCall 01234 567890 to ask.\n',
    },
    {
      name: 'interpreters named only in a stakeholder table',
      kind: 'engagement-plan',
      text: '# Advice centre engagement plan\n\n| Group | How we will reach them | Support |\n|---|---|---|\n| People who use the advice centre | Drop-ins | Interpreters for Polish and Somali |\n',
    },
    {
      name: 'a filled-in "Support or adjustments" column',
      kind: 'engagement-plan',
      text: '# Carers engagement plan\n\n| Group | Support or adjustments |\n|---|---|\n| Unpaid carers | Replacement care paid for |\n',
    },
    {
      name: 'en-US wording: braille and Spanish',
      kind: 'policy',
      text: '# Parks program policy\n\nThis policy is available in braille and in Spanish.\n',
    },
    {
      name: 'adjustments at events',
      kind: 'engagement-plan',
      text: '# Bus routes engagement plan\n\n## Events\n\nEvery event is in a step-free venue with a hearing loop, and a BSL interpreter comes to each one.\n',
    },
    {
      name: '"on request" with a contact section elsewhere',
      text: '# Parks consultation\n\nLarge print copies are available on request.\n\n## Contact us\n\nparks@example.gov.uk\n',
    },
    {
      name: '"on request" from a team named in the same sentence',
      text: '# Parks consultation\n\nEasy Read copies are available on request from the customer services team.\n',
    },
    {
      name: 'a hedge on one format and a firm promise on another',
      text: '# Parks consultation\n\nWe will publish an Easy Read version. Where possible, we will also translate it into other languages.\n',
    },
    { name: 'feedback reports are not checked', kind: 'feedback-report', text: '# You said, we did\n\nThank you.\n' },
  ],
  flagged: [
    {
      name: 'the metadata example: an error in a consultation',
      text: rule.example.flagged,
      findings: [{ at: '# Library hours consultation', message: MISSING }],
      fixTitles: ["Insert a 'Formats and support' section"],
      output: `${rule.example.flagged}\n${SECTION}\n`,
    },
    {
      name: 'a section is inserted before "What happens next"',
      kind: 'survey',
      text: '# Leisure survey\n\n## Questions\n\nQ1. How often do you swim?\n\n## What happens next\n\nWe will report back.\n',
      findings: [{ at: '# Leisure survey', message: MISSING }],
      output: `# Leisure survey\n\n${SECTION}\n\n## Questions\n\nQ1. How often do you swim?\n\n## What happens next\n\nWe will report back.\n`,
    },
    {
      name: '"accessible to all" with nothing named',
      kind: 'strategy',
      text: '# Engagement strategy\n\n## Our principles\n\nWe will make our engagement accessible to all.\n',
      findings: [{ at: 'We will make our engagement accessible to all.', message: GENERIC }],
      output: `# Engagement strategy\n\n## Our principles\n\nWe will make our engagement accessible to all.\n\n${SECTION}\n`,
    },
    {
      name: 'a generic heading',
      kind: 'service-design',
      text: '# Day services redesign\n\n## Inclusion and accessibility\n\nWe want everyone to take part.\n',
      findings: [{ at: 'Inclusion and accessibility', message: GENERIC }],
      output: `# Day services redesign\n\n## Inclusion and accessibility\n\nWe want everyone to take part.\n\n${SECTION}\n`,
    },
    {
      name: '"on request" with no one to ask: a hint, and the fix says who',
      text: '# Parks consultation\n\nThis document is available in large print and Easy Read on request.\n',
      findings: [{ at: 'This document is available in large print and Easy Read on request.', message: ON_REQUEST }],
      fixTitles: ['Add who to contact for formats'],
      output: `# Parks consultation\n\nThis document is available in large print and Easy Read on request. ${ASK}\n`,
    },
    {
      name: '"on request" in a heading: the contact goes below it',
      kind: 'policy',
      text: '# Parking policy\n\n## Easy Read version on request\n\nWe can make one for you.\n',
      findings: [{ at: 'Easy Read version on request', message: ON_REQUEST }],
      output: `# Parking policy\n\n## Easy Read version on request\n\n${ASK}\n\nWe can make one for you.\n`,
    },
    {
      name: 'formats offered only "where possible"',
      text: '# Parks consultation\n\nWhere possible, we will offer large print and other languages.\n',
      findings: [{ at: 'Where possible, we will offer large print and other languages.', message: hedged('where possible') }],
    },
    {
      name: 'a hedge under an "Accessible formats" heading',
      kind: 'policy',
      text: '# Parking policy\n\n## Accessible formats\n\nWe will try to provide audio versions.\n',
      findings: [{ at: 'We will try to provide audio versions.', message: hedged('try to provide') }],
    },
    {
      name: '"interpreting the results" is not an interpreter',
      kind: 'strategy',
      text: '# Parks strategy\n\nWe will be interpreting the results with residents.\n',
      findings: [{ at: '# Parks strategy', message: MISSING }],
      output: `# Parks strategy\n\nWe will be interpreting the results with residents.\n\n${SECTION}\n`,
    },
    {
      name: 'near-misses: audio-visual kit, translating plans into action, inclusive growth, a first language',
      kind: 'strategy',
      text: '# Economy strategy\n\nThe hall has audio-visual equipment. We will translate the strategy into action and aim for inclusive growth, working with people whose first language is not English.\n',
      findings: [{ at: '# Economy strategy', message: MISSING }],
      output: `# Economy strategy\n\nThe hall has audio-visual equipment. We will translate the strategy into action and aim for inclusive growth, working with people whose first language is not English.\n\n${SECTION}\n`,
    },
    {
      name: 'paper copies and a phone line are channels, not formats',
      kind: 'survey',
      text: '# Leisure survey\n\nPaper copies are at the library, or call 01234 567890.\n',
      findings: [{ at: '# Leisure survey', message: MISSING }],
      output: `# Leisure survey\n\nPaper copies are at the library, or call 01234 567890.\n\n${SECTION}\n`,
    },
  ],
});
