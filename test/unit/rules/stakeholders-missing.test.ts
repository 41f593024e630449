import rule from '../../../server/src/rules/stakeholders-missing';
import { describeRule } from '../../helpers/rule-tester';

const MESSAGE =
  "No section says who this affects or how each group will be involved, so the people most affected may never be asked. Add a 'Who we will involve' section that lists each group and how you will reach it.";

const SECTION = `## Who we will involve

| Group | How they are affected | How we will reach them | Support or adjustments | Partner |
|---|---|---|---|---|
| Unpaid carers | How the change affects them | Drop-in sessions at the carers' centre | Replacement care paid for | Local carers' organisation |

We especially want to hear from people we hear from least often, including [name the groups].`;

describeRule(rule, {
  kind: 'consultation',
  ok: [
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
  ],
});
