import rule from '../../../server/src/rules/stakeholders-missing';
import { describeRule } from '../../helpers/rule-tester';

const MESSAGE =
  "No section says who this affects or how each group will be involved, so the people most affected may never be asked. Add a 'Who we will involve' section that lists each group and how you will reach it.";

const NAMES_NO_GROUPS =
  'This section does not name any group, so nobody can check who will be asked. List each group the decision affects, such as residents, carers, staff or local organisations, and how you will reach it.';

const SECTION = `## Who we will involve

| Group | How they are affected | How we will reach them | Support or adjustments | Partner |
|---|---|---|---|---|
| Unpaid carers | How the change affects them | Drop-in sessions at the carers' centre | Replacement care paid for | Local carers' organisation |

We especially want to hear from people we hear from least often, including young carers, disabled people and people who do not use the internet.`;

/** The stakeholder map without its heading: what the fix puts under an empty section's heading. */
const TABLE = SECTION.replace('## Who we will involve\n\n', '');

describeRule(rule, {
  kind: 'consultation',
  ok: [
    {
      name: 'your own groups: a section naming only them names groups',
      text: '# Depot consultation\n\n## Who we will involve\n\nWe will ask the allotment holders and the Hilltoppers.\n',
      settings: { vocabulary: { groups: ['Allotment holders', 'hilltoppers'] } },
    },
    {
      name: 'your own groups: a line break inside the name and curly quotes still match',
      text: '# Depot consultation\n\n## Stakeholders\n\nWe will write to the Dog\u2019s Trust\nwalkers each month.\n',
      settings: { vocabulary: { groups: ["dog's trust walkers"] } },
    },
    { name: 'heading "Who we will involve"', text: '# Bus routes consultation\n\n## Who we will involve\n\nBus users and drivers.\n' },
    { name: 'heading "Stakeholders"', text: '# Parks strategy\n\n## Stakeholders\n\nFriends of parks groups.\n' },
    { name: 'heading "Who is this consultation for?"', text: '# Parking consultation\n\n### Who is this consultation for?\n\nResidents of the zone.\n' },
    { name: 'heading "People and communities"', text: '# Health strategy\n\n## People and communities\n\nPatients and carers.\n' },
    {
      name: 'a stakeholder table without a matching heading',
      text: '# Library plan\n\n## Our approach\n\n| Group | How we will reach them |\n|---|---|\n| Parents | Nursery drop-ins |\n',
    },
    {
      name: 'a lead-in sentence followed by a list of groups',
      text: '# Library plan\n\nWe will talk to the following groups:\n\n- parents of young children\n- older readers\n',
    },
    {
      name: 'a stakeholder section listing organisations by name',
      text: '# Library plan\n\n## Who we will involve\n\n- Riverside Disability Forum\n- Depot Lane Allotments\n',
    },
    { name: 'a section naming "people who live near"', text: '# Depot consultation\n\n## Who is affected\n\nPeople who live near the depot.\n' },
    { name: 'groups named in sub-section headings', text: '# Market consultation\n\n## Audience\n\n### Businesses\n\nOn the high street.\n' },
    { name: 'a named organisation', text: '# Day centre consultation\n\n## Stakeholders\n\nWe will work closely with Age UK Riverside.\n' },
    { name: 'en-US spellings', text: '# Depot consultation\n\n## Who we will involve\n\nNeighbors of the site and local organizations.\n' },
    {
      name: 'a stakeholder table with rows',
      text: '# Depot consultation\n\n## Stakeholders\n\n| Who | Why |\n|---|---|\n| Depot Lane | Traffic |\n',
    },
    {
      name: 'a title that matches the heading pattern is not itself checked for groups',
      text: '# Stakeholder engagement plan\n\nWe will involve stakeholders.\n',
    },
    { name: 'a feedback report is not asked for stakeholders', kind: 'feedback-report', text: '# You said, we did\n\nThank you.\n' },
    { name: 'a survey is not asked for stakeholders', kind: 'survey', text: '# Residents survey\n\nQ1. How often do you visit?\n' },
  ],
  flagged: [
    {
      name: 'no stakeholder section: inserted before "How to take part"',
      text: '# Library opening hours consultation\n\n## Why we are asking\n\nWe must decide by May.\n\n## How to take part\n\nFill in the form.\n',
      findings: [{ at: '# Library opening hours consultation', message: MESSAGE }],
      fixTitles: ["Insert a 'Who we will involve' section"],
      output: `# Library opening hours consultation\n\n## Why we are asking\n\nWe must decide by May.\n\n${SECTION}\n\n## How to take part\n\nFill in the form.\n`,
    },
    {
      name: 'no stakeholder section and no later section: appended at the end',
      text: '# Parks policy\n\n## Background\n\nThe parks need work.\n\n\n',
      findings: [{ at: '# Parks policy', message: MESSAGE }],
      output: `# Parks policy\n\n## Background\n\nThe parks need work.\n\n${SECTION}\n\n\n`,
    },
    {
      name: 'sections at level 3 under the title get a level-3 section',
      text: '# Parks policy\n\n### Background\n\nText.\n\n### Contact\n\nEmail us.\n',
      findings: [{ at: '# Parks policy', message: MESSAGE }],
      output: `# Parks policy\n\n### Background\n\nText.\n\n${SECTION.replace('## Who', '### Who')}\n\n### Contact\n\nEmail us.\n`,
    },
    {
      name: 'CRLF line endings are kept',
      text: '# Parks policy\r\n\r\nText.\r\n',
      findings: [{ at: '# Parks policy', message: MESSAGE }],
      output: `# Parks policy\r\n\r\nText.\r\n\r\n${SECTION.replace(/\n/g, '\r\n')}\r\n`,
    },
    {
      name: 'a table of something else is not a stakeholder map',
      text: '# Parks policy\n\n| Date | Event |\n|---|---|\n| May | Launch |\n',
      findings: [{ at: '# Parks policy', message: MESSAGE }],
      output: `# Parks policy\n\n| Date | Event |\n|---|---|\n| May | Launch |\n\n${SECTION}\n`,
    },
    {
      name: 'no title: the finding sits on the first line of prose',
      kind: 'policy',
      text: 'A draft with no heading.\nSecond line.\n',
      findings: [{ at: 'A draft with no heading.', message: MESSAGE }],
      output: `A draft with no heading.\nSecond line.\n\n${SECTION}\n`,
    },
    {
      name: 'a stakeholder section that names no group: the stakeholder table is added under its heading',
      text: '# Depot consultation\n\n## Who we will involve\n\nWe will involve all relevant stakeholders.\n',
      findings: [{ at: '## Who we will involve', message: NAMES_NO_GROUPS }],
      fixTitles: ['Add a table of the groups you will involve'],
      output: `# Depot consultation\n\n## Who we will involve\n\n${TABLE}\n\nWe will involve all relevant stakeholders.\n`,
    },
    {
      name: '"local communities" and "interested parties" name no group',
      text: '# Depot consultation\n\n## Stakeholders\n\nWe will talk to local communities and interested parties.\n',
      findings: [{ at: '## Stakeholders', message: NAMES_NO_GROUPS }],
      output: `# Depot consultation\n\n## Stakeholders\n\n${TABLE}\n\nWe will talk to local communities and interested parties.\n`,
    },
    {
      name: '"everyone affected" and "members of the public" name no group',
      text: '# Depot consultation\n\n## Who will be affected\n\nEveryone affected, and members of the public.\n',
      findings: [{ at: '## Who will be affected', message: NAMES_NO_GROUPS }],
      output: `# Depot consultation\n\n## Who will be affected\n\n${TABLE}\n\nEveryone affected, and members of the public.\n`,
    },
    {
      name: 'an empty stakeholder section',
      text: '# Depot consultation\n\n## Who we will involve\n\n## How to take part\n\nFill in the form.\n',
      findings: [{ at: '## Who we will involve', message: NAMES_NO_GROUPS }],
      output: `# Depot consultation\n\n## Who we will involve\n\n${TABLE}\n\n## How to take part\n\nFill in the form.\n`,
    },
    {
      name: 'a stakeholder table with only placeholders',
      text: '# Depot consultation\n\n## Stakeholders\n\n| Group | How we will reach them |\n|---|---|\n| TBC | [method] |\n',
      findings: [{ at: '## Stakeholders', message: NAMES_NO_GROUPS }],
      output: `# Depot consultation\n\n## Stakeholders\n\n${TABLE}\n\n| Group | How we will reach them |\n|---|---|\n| TBC | [method] |\n`,
    },
    {
      name: 'without your own groups, a section naming only them names no group',
      text: '# Depot consultation\n\n## Who we will involve\n\nWe will ask the allotment holders.\n',
      findings: [{ at: '## Who we will involve', message: NAMES_NO_GROUPS }],
      output: `# Depot consultation\n\n## Who we will involve\n\n${TABLE}\n\nWe will ask the allotment holders.\n`,
    },
    {
      name: 'your own groups match whole words only ("allotment holdersx" is not the group)',
      text: '# Depot consultation\n\n## Who we will involve\n\nWe will ask the allotment holdersx and hilltoppersville.\n',
      settings: { vocabulary: { groups: ['allotment holders', 'hilltoppers'] } },
      findings: [{ at: '## Who we will involve', message: NAMES_NO_GROUPS }],
      output: `# Depot consultation\n\n## Who we will involve\n\n${TABLE}\n\nWe will ask the allotment holdersx and hilltoppersville.\n`,
    },
    {
      name: 'your own groups are literal text: "a.b" does not match "axb", brackets do not break anything',
      text: '# Depot consultation\n\n## Who we will involve\n\nWe will ask axb and the (club.\n',
      settings: { vocabulary: { groups: ['a.b', '(club+', '[', '.*'] } },
      findings: [{ at: '## Who we will involve', message: NAMES_NO_GROUPS }],
      output: `# Depot consultation\n\n## Who we will involve\n\n${TABLE}\n\nWe will ask axb and the (club.\n`,
    },
    {
      name: 'CRLF line endings are kept when the table is added',
      text: '# Depot consultation\r\n\r\n## Stakeholders\r\n\r\nAll stakeholders.\r\n',
      findings: [{ at: '## Stakeholders', message: NAMES_NO_GROUPS }],
      output: `# Depot consultation\r\n\r\n## Stakeholders\r\n\r\n${TABLE.replace(/\n/g, '\r\n')}\r\n\r\nAll stakeholders.\r\n`,
    },
  ],
});
