import rule from '../../../server/src/rules/seldom-heard-groups-missing';
import { describeRule } from '../../helpers/rule-tester';

const MISSING =
  'Nothing names the groups you hear from least, so the people most affected by inequality may be left out again. Name those groups (for example young carers or people who do not use the internet) and say how you will reach each one.';
const NOT_NAMED =
  'This speaks of people you rarely hear from only in general words, so nobody can check that they will be reached. Name the groups (for example young carers, Deaf BSL users or Gypsy, Roma and Traveller families) and say how you will reach each one.';
const NOT_REACHED =
  'This names groups but nothing nearby says how you will reach them, so they may still not be heard. Say how, for example through partners they trust, sessions where they already meet, or translated and Easy Read materials.';

const SECTION = `## People we do not often hear from

| Group | Why we may not hear from them | How we will reach them |
|---|---|---|
| Young carers | Little free time after school and caring | Sessions run with the young carers' service |
| Disabled people | Venues and formats that do not work for them | Easy Read copies and a disability forum session |`;

const FIX_TITLE = "Insert a 'People we do not often hear from' section";

describeRule(rule, {
  kind: 'consultation',
  ok: [
    {
      name: 'your own group named in the section, with how it will be reached',
      text: '# Parks consultation\n\n## People we do not often hear from\n\nWe rarely hear from the Friends of Hilltop Park. We will run sessions with them at the park caf\u00e9.\n',
      settings: { vocabulary: { groups: ['Friends of Hilltop Park'] } },
    },
    {
      name: 'your own group in a table row with a "How we will reach them" column',
      text: '# Parks consultation\n\n| Group | How we will reach them |\n|---|---|\n| FRIENDS OF HILLTOP PARK | Their monthly litter pick |\n',
      settings: { vocabulary: { groups: ['friends of hilltop park'] } },
    },
    { name: 'the metadata example', text: rule.example.ok },
    {
      name: 'a stakeholder table with a "How we will reach them" column counts for both halves',
      text: '# Leisure centre consultation\n\n## Who we will involve\n\n| Group | How they are affected | How we will reach them |\n|---|---|---|\n| Teenagers who use the pool | Swimming club times may change | Sessions at the two secondary schools |\n| Swim club members | Lane hire may cost more | Letters through the club |\n',
    },
    {
      name: 'a list of groups, each with how it will be reached',
      text: '# Leisure centre consultation\n\n## Who we will involve\n\nWe will make sure we hear from:\n\n- Deaf BSL users, through the Deaf club that meets at the centre\n- Polish families, with leaflets translated into Polish\n',
    },
    {
      name: 'groups named in a section, how they are reached in its sub-section',
      text: '# Site allocation consultation\n\n## Inclusion\n\nThe proposal affects Gypsy, Roma and Traveller families living on the two council sites.\n\n### How we will reach them\n\nOur liaison officer will visit each site with the families\' advocacy group.\n',
    },
    {
      name: 'directly under the title: how they are reached in the next sentence',
      text: '# Library hours consultation\n\nWe want to hear from older residents who never go online. We will leave paper questionnaires at every library.\n',
    },
    {
      name: 'en-US spellings: low-income families, older adults, community centers, organizations',
      kind: 'service-design',
      text: '# Meals service redesign\n\n## Who we will involve\n\nWe will meet low-income families and older adults at neighborhood community centers and through local faith organizations.\n',
    },
    {
      name: 'paid community roles in the same sentence as the group',
      kind: 'strategy',
      text: '# Health inequalities strategy\n\nWe will recruit paid community researchers from the Somali community to lead the interviews.\n',
    },
    {
      name: "the stakeholder map that stakeholders-missing's fix inserts",
      text: "# Library consultation\n\n## Who we will involve\n\n| Group | How they are affected | How we will reach them | Support or adjustments | Partner |\n|---|---|---|---|---|\n| Unpaid carers | How the change affects them | Drop-in sessions at the carers' centre | Replacement care paid for | Local carers' organisation |\n\nWe especially want to hear from people we hear from least often, including [name the groups].\n",
    },
    { name: 'a survey is not asked for this', kind: 'survey', text: '# Residents survey\n\nQ1. How often do you visit the library?\n' },
    { name: 'a feedback report is not asked for this', kind: 'feedback-report', text: '# You said, we did\n\nThank you for taking part.\n' },
  ],
  flagged: [
    {
      name: 'the metadata example: only general words',
      text: rule.example.flagged,
      findings: [{ at: 'We want to hear from everyone, including people who are seldom heard.', message: NOT_NAMED }],
      fixTitles: [FIX_TITLE],
      output: `${rule.example.flagged}\n${SECTION}\n`,
    },
    {
      name: 'nothing at all: a section is inserted before "How to take part"',
      text: '# Parking zone consultation\n\n## Why we are asking\n\nWe must decide by May.\n\n## How to take part\n\nFill in the form.\n',
      findings: [{ at: '# Parking zone consultation', message: MISSING }],
      fixTitles: [FIX_TITLE],
      output: `# Parking zone consultation\n\n## Why we are asking\n\nWe must decide by May.\n\n${SECTION}\n\n## How to take part\n\nFill in the form.\n`,
    },
    {
      name: 'groups named, but nothing says how they will be reached',
      text: '# Parking zone consultation\n\n## Who we will involve\n\nWe will involve young people and disabled drivers.\n\n## How to take part\n\nFill in the survey online.\n',
      findings: [{ at: 'We will involve young people and disabled drivers.', message: NOT_REACHED }],
      output: `# Parking zone consultation\n\n## Who we will involve\n\nWe will involve young people and disabled drivers.\n\n${SECTION}\n\n## How to take part\n\nFill in the survey online.\n`,
    },
    {
      name: 'how people will be reached is in another section, not with the groups',
      text: '# Parking zone consultation\n\n## Who we will involve\n\nCarers and people with learning disabilities.\n\n## Methods\n\nDrop-in sessions at the town hall.\n',
      findings: [{ at: 'Carers and people with learning disabilities.', message: NOT_REACHED }],
      output: `# Parking zone consultation\n\n## Who we will involve\n\nCarers and people with learning disabilities.\n\n${SECTION}\n\n## Methods\n\nDrop-in sessions at the town hall.\n`,
    },
    {
      name: 'a table of groups with how they are affected but not how they will be reached',
      text: '# Bus routes consultation\n\n## Who is affected\n\n| Group | How they are affected |\n|---|---|\n| Disabled people | Fewer step-free buses |\n',
      findings: [{ at: 'Disabled people', message: NOT_REACHED }],
      output: `# Bus routes consultation\n\n## Who is affected\n\n| Group | How they are affected |\n|---|---|\n| Disabled people | Fewer step-free buses |\n\n${SECTION}\n`,
    },
    {
      name: '"hard to reach" and "under-represented" name nobody',
      kind: 'engagement-plan',
      text: '# Town centre engagement plan\n\nWe will make an extra effort with hard to reach and under-represented groups.\n',
      findings: [{ at: 'We will make an extra effort with hard to reach and under-represented groups.', message: NOT_NAMED }],
      output: `# Town centre engagement plan\n\nWe will make an extra effort with hard to reach and under-represented groups.\n\n${SECTION}\n`,
    },
    {
      name: '"no matter who they are" names nobody',
      kind: 'strategy',
      text: '# Involvement strategy\n\nEveryone can have their say, no matter who they are or where they live.\n',
      findings: [{ at: 'Everyone can have their say, no matter who they are or where they live.', message: NOT_NAMED }],
      output: `# Involvement strategy\n\nEveryone can have their say, no matter who they are or where they live.\n\n${SECTION}\n`,
    },
    {
      name: '"visit our website" is not a way of reaching a group',
      text: '# Parks consultation\n\nPlease visit our website to take part. Young people are welcome.\n',
      findings: [{ at: 'Young people are welcome.', message: NOT_REACHED }],
      output: `# Parks consultation\n\nPlease visit our website to take part. Young people are welcome.\n\n${SECTION}\n`,
    },
    {
      name: '"going to consult" is not going to people',
      text: '# Parks consultation\n\nWe are going to consult older people on the changes.\n',
      findings: [{ at: 'We are going to consult older people on the changes.', message: NOT_REACHED }],
      output: `# Parks consultation\n\nWe are going to consult older people on the changes.\n\n${SECTION}\n`,
    },
    {
      name: 'template placeholders name no group and no way of reaching it',
      text: '# Parks consultation\n\n| Group | How we will reach them |\n|---|---|\n| [e.g. unpaid carers] | [e.g. via carers\' centre drop-ins] |\n',
      findings: [{ at: '# Parks consultation', message: MISSING }],
      output: `# Parks consultation\n\n| Group | How we will reach them |\n|---|---|\n| [e.g. unpaid carers] | [e.g. via carers' centre drop-ins] |\n\n${SECTION}\n`,
    },
    {
      name: 'directly under the title, the way of reaching people is too far from the group',
      kind: 'policy',
      text: '# Parks policy\n\nWe will involve refugees. We will also put up posters. There will be a website. Staff will be briefed. We will hold sessions with the youth council.\n',
      findings: [{ at: 'We will involve refugees.', message: NOT_REACHED }],
      output: `# Parks policy\n\nWe will involve refugees. We will also put up posters. There will be a website. Staff will be briefed. We will hold sessions with the youth council.\n\n${SECTION}\n`,
    },
    {
      name: 'without your own groups, naming only them names no group',
      text: '# Parks consultation\n\n## People we do not often hear from\n\nWe rarely hear from the Friends of Hilltop Park. We will run sessions with them at the park caf\u00e9.\n',
      findings: [{ at: 'People we do not often hear from', message: NOT_NAMED }],
      output: `# Parks consultation\n\n## People we do not often hear from\n\nWe rarely hear from the Friends of Hilltop Park. We will run sessions with them at the park caf\u00e9.\n\n${SECTION}\n`,
    },
    {
      name: 'your own group named, but nothing says how it will be reached',
      text: '# Parks consultation\n\n## People we do not often hear from\n\nWe want to hear from the Friends of Hilltop Park.\n',
      settings: { vocabulary: { groups: ['Friends of Hilltop Park'] } },
      findings: [{ at: 'We want to hear from the Friends of Hilltop Park.', message: NOT_REACHED }],
      output: `# Parks consultation\n\n## People we do not often hear from\n\nWe want to hear from the Friends of Hilltop Park.\n\n${SECTION}\n`,
    },
    {
      name: 'CRLF line endings are kept',
      text: '# Parks consultation\r\n\r\nText.\r\n',
      findings: [{ at: '# Parks consultation', message: MISSING }],
      output: `# Parks consultation\r\n\r\nText.\r\n\r\n${SECTION.replace(/\n/g, '\r\n')}\r\n`,
    },
  ],
});
