import rule from '../../../server/src/rules/lived-experience-missing';
import { describeRule } from '../../helpers/rule-tester';

const MISSING =
  'Nothing gives people with lived experience a role or counts what they know as evidence, so the work rests on professional views alone. Say who with lived experience will take part, in what role, and how their knowledge will count.';
const ONLY_ASKED =
  'This asks people about their experience, but nothing gives people with lived experience a role in the work or says their knowledge counts as evidence. Add roles for them, such as places on the project group or peer researchers.';

const SECTION = `## Lived experience

People with lived experience of the service will sit on the project group, help design the questions and help analyse what we hear.
What they tell us counts as evidence alongside the data.`;

const FIX_TITLE = "Insert a 'Lived experience' section";

describeRule(rule, {
  kind: 'strategy',
  ok: [
    { name: 'the metadata example', text: rule.example.ok },
    { name: 'experts by experience in a role', text: '# Mental health strategy\n\nTwo experts by experience will co-chair the programme board.\n' },
    {
      name: 'people who use the service in a role',
      kind: 'service-design',
      text: '# Day centre redesign\n\n## How we will design it\n\nPeople who use the day centre will help design the new timetable.\n',
    },
    { name: 'peer researchers', text: '# Housing strategy\n\nWe will train and pay six peer researchers to run the interviews.\n' },
    { name: 'community champions, in a list', kind: 'engagement-plan', text: '# Health engagement plan\n\nWe will:\n\n- recruit community champions\n- hold drop-ins\n' },
    {
      name: 'people with experience of the issue, as evidence',
      text: '# Homelessness strategy\n\nInsight from people with experience of homelessness will shape the priorities.\n',
    },
    {
      name: 'a design group of residents',
      kind: 'engagement-plan',
      text: '# Community hub engagement plan\n\nA design group of twelve residents will choose between the layout options.\n',
    },
    {
      name: 'in a table of roles',
      kind: 'service-design',
      text: '# Repairs service redesign\n\n| Role | Who |\n|---|---|\n| Project group | Tenant representatives and officers |\n',
    },
    {
      name: 'en-US: lived experience recognized as evidence',
      kind: 'policy',
      text: '# Shelter policy\n\nWhat residents tell us is recognized as evidence alongside the statistics.\n',
    },
    {
      name: 'in an engagement plan, asking people about their experience is itself a place for it',
      kind: 'engagement-plan',
      text: '# Library engagement plan\n\nWe will ask residents about their experience of the library.\n',
    },
    { name: 'a consultation is not asked for this', kind: 'consultation', text: '# Parking consultation\n\nHave your say.\n' },
  ],
  flagged: [
    {
      name: 'the metadata example',
      text: rule.example.flagged,
      findings: [{ at: '# Day services strategy', message: MISSING }],
      fixTitles: [FIX_TITLE],
      output: `${rule.example.flagged}\n${SECTION}\n`,
    },
    {
      name: 'nothing at all: a section is inserted before "How we will know it worked"',
      text: '# Carers strategy\n\n## Our priorities\n\nBetter respite care.\n\n## How we will know it worked\n\nWe will review it in 2027.\n',
      findings: [{ at: '# Carers strategy', message: MISSING }],
      output: `# Carers strategy\n\n## Our priorities\n\nBetter respite care.\n\n${SECTION}\n\n## How we will know it worked\n\nWe will review it in 2027.\n`,
    },
    {
      name: 'in a strategy, a survey about people\'s experience is not enough',
      text: '# Carers strategy\n\nWe will survey carers about their experience of respite care.\n',
      findings: [{ at: 'We will survey carers about their experience of respite care.', message: ONLY_ASKED }],
      fixTitles: [FIX_TITLE],
      output: `# Carers strategy\n\nWe will survey carers about their experience of respite care.\n\n${SECTION}\n`,
    },
    {
      name: 'in a service design, an open question about experience is not enough',
      kind: 'service-design',
      text: '# Day centre redesign\n\n## Questions\n\n1. Tell us about your experience of the day centre.\n',
      findings: [{ at: 'Tell us about your experience of the day centre.', message: ONLY_ASKED }],
      output: `# Day centre redesign\n\n${SECTION}\n\n## Questions\n\n1. Tell us about your experience of the day centre.\n`,
    },
    {
      name: "the organisation's own experience is not lived experience",
      text: '# Carers strategy\n\nWe have long experience of running respite services.\n',
      findings: [{ at: '# Carers strategy', message: MISSING }],
      output: `# Carers strategy\n\nWe have long experience of running respite services.\n\n${SECTION}\n`,
    },
    {
      name: 'wanting residents to co-produce is not a role',
      kind: 'engagement-plan',
      text: '# Community hub engagement plan\n\nWe want residents to co-produce the hub with us.\n',
      findings: [{ at: '# Community hub engagement plan', message: MISSING }],
      output: `# Community hub engagement plan\n\nWe want residents to co-produce the hub with us.\n\n${SECTION}\n`,
    },
    {
      name: 'people who use the service being asked for views is not a role',
      kind: 'policy',
      text: '# Charging policy\n\nPeople who use the service will be asked for their views.\n',
      findings: [{ at: '# Charging policy', message: MISSING }],
      output: `# Charging policy\n\nPeople who use the service will be asked for their views.\n\n${SECTION}\n`,
    },
  ],
});
