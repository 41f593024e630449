import rule from '../../../server/src/rules/partners-missing';
import { describeRule } from '../../helpers/rule-tester';

const MISSING =
  "No community or voluntary-sector partner is named, so the plan may miss the people those partners already reach. Name the organisations you will work with, such as Healthwatch, local charities or tenants' and residents' associations.";
const SECTION_EMPTY =
  'This section names no partner organisation, so nobody can tell who you will work with. Name them, such as Healthwatch, your council for voluntary service or local community groups, and say what each will do.';

const SENTENCE =
  'We will work with Healthwatch, the local council for voluntary service and community groups to plan the sessions and reach people who trust them.';
const SECTION = `## Who we are working with\n\n${SENTENCE}`;

describeRule(rule, {
  kind: 'engagement-plan',
  ok: [
    { name: 'the metadata example', text: rule.example.ok },
    {
      name: 'the voluntary and community sector in the body',
      text: '# Carers engagement plan\n\n## Our approach\n\nWe will plan each event with the voluntary and community sector.\n',
    },
    {
      name: 'Healthwatch and the VCSE, as NHS bodies put it',
      kind: 'strategy',
      text: '# Involvement strategy\n\nWe will work with Healthwatch and VCSE organisations as equal partners.\n',
    },
    {
      name: 'voluntary-sector partners, hyphenated',
      kind: 'service-design',
      text: '# Discharge service redesign\n\nThe project is run by the hospital, the council and voluntary-sector partners.\n',
    },
    {
      name: 'a named partner after "working with"',
      text: '# Youth services engagement plan\n\nWe are working closely with Riverside Youth Trust on the sessions.\n',
    },
    {
      name: 'a "Partner" column with content',
      text: '# Library engagement plan\n\n## Who we will involve\n\n| Group | How we will reach them | Partner |\n|---|---|---|\n| Older readers | Mobile library stops | Riverside Readers |\n',
    },
    {
      name: 'a partners section listing organisations by name',
      text: '# Library engagement plan\n\n## Our partners\n\n- Riverside Mencap\n- Depot Lane Allotments\n',
    },
    {
      name: 'parish and town councils, in a list',
      kind: 'policy',
      text: '# Rural transport policy\n\nWe will consult:\n\n- parish councils\n- the town council\n',
    },
    {
      name: "tenants' and residents' associations",
      kind: 'service-design',
      text: "# Repairs service redesign\n\nWe will test the new booking process with tenants' and residents' associations.\n",
    },
    {
      name: 'en-US spellings: nonprofit and community organizations',
      kind: 'strategy',
      text: '# Food access strategy\n\nWe will fund community organizations and nonprofit food banks to run the pilots.\n',
    },
    {
      name: 'charities and faith groups',
      kind: 'strategy',
      text: '# Loneliness strategy\n\nLocal charities and faith groups already run lunch clubs, and we will build on them.\n',
    },
    { name: 'a consultation is not asked for partners', kind: 'consultation', text: '# Parking consultation\n\nHave your say.\n' },
  ],
  flagged: [
    {
      name: 'the metadata example',
      text: rule.example.flagged,
      findings: [{ at: '# Community hub engagement plan', message: MISSING }],
      fixTitles: ["Insert a 'Who we are working with' section"],
      output: `${rule.example.flagged}\n${SECTION}\n`,
    },
    {
      name: 'no partner at all: a section is inserted before "How you can take part"',
      text: '# Library engagement plan\n\n## Why we are asking\n\nWe must decide by May.\n\n## How you can take part\n\nCome to a drop-in.\n',
      findings: [{ at: '# Library engagement plan', message: MISSING }],
      output: `# Library engagement plan\n\n## Why we are asking\n\nWe must decide by May.\n\n${SECTION}\n\n## How you can take part\n\nCome to a drop-in.\n`,
    },
    {
      name: '"voluntary" about taking part is not the voluntary sector',
      text: '# Library engagement plan\n\nTaking part is voluntary and you can stop at any time.\n',
      findings: [{ at: '# Library engagement plan', message: MISSING }],
      output: `# Library engagement plan\n\nTaking part is voluntary and you can stop at any time.\n\n${SECTION}\n`,
    },
    {
      name: 'the council and unnamed "partners" are not community partners',
      kind: 'strategy',
      text: '# Involvement strategy\n\nWe will work with the Council and our partners.\n',
      findings: [{ at: '# Involvement strategy', message: MISSING }],
      output: `# Involvement strategy\n\nWe will work with the Council and our partners.\n\n${SECTION}\n`,
    },
    {
      name: 'a placeholder in the "Partner" column names nobody',
      text: '# Library engagement plan\n\n| Group | Partner |\n|---|---|\n| Carers | [VCSE org] |\n',
      findings: [{ at: '# Library engagement plan', message: MISSING }],
      output: `# Library engagement plan\n\n| Group | Partner |\n|---|---|\n| Carers | [VCSE org] |\n\n${SECTION}\n`,
    },
    {
      name: 'a partners section that names nobody: the partners are added under its heading',
      text: '# Library engagement plan\n\n## Our partners\n\nWe will work with relevant partners.\n\n## Contact us\n\nEmail us.\n',
      findings: [{ at: '## Our partners', message: SECTION_EMPTY }],
      fixTitles: ['Add the partners you will work with'],
      output: `# Library engagement plan\n\n## Our partners\n\n${SENTENCE}\n\nWe will work with relevant partners.\n\n## Contact us\n\nEmail us.\n`,
    },
    {
      name: 'an empty partners section with a closing hash run: the sentence goes after the whole line',
      text: '# Library engagement plan\n\n## Partnership working ##\n\n## Contact us\n\nEmail us.\n',
      findings: [{ at: '## Partnership working', message: SECTION_EMPTY }],
      output: `# Library engagement plan\n\n## Partnership working ##\n\n${SENTENCE}\n\n## Contact us\n\nEmail us.\n`,
    },
  ],
});
