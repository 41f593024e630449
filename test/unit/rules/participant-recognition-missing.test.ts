import rule from '../../../server/src/rules/participant-recognition-missing';
import { describeRule } from '../../helpers/rule-tester';

const missing = (role: string) =>
  `People are asked to take on ongoing roles, such as '${role}', but nothing says how their time will be paid for or their expenses covered. Set out payment, expenses and any other recognition before they start, so nobody is out of pocket.`;
const thanksOnly = (what: string) =>
  `People's time is recognised here only with ${what}, not with payment or expenses. At the very least cover travel, care and childcare costs so nobody is out of pocket, and say whether you will pay for people's time.`;

const SECTION = `## Recognising your time

We will pay £25 an hour for meetings and preparation, in line with the NIHR payment guidance.
We will pay travel, care and childcare costs within ten working days. You can choose not to be paid, and we will explain any effect on benefits before you start.`;
const BODY = SECTION.slice(SECTION.indexOf('\n\n') + 2);

describeRule(rule, {
  kind: 'engagement-plan',
  ok: [
    { name: 'the metadata example', text: rule.example.ok },
    {
      name: 'an hourly rate in a list',
      text: '# Tenant panel plan\n\nA tenants’ panel will meet every quarter.\n\n## What you get\n\n- £20 per meeting\n- Lunch\n',
    },
    {
      name: 'expenses only, in the body text',
      kind: 'strategy',
      text: '# Carers strategy\n\nA carers’ forum meets every month. Members can claim expenses for travel.\n',
    },
    {
      name: 'care costs covered, in a table cell',
      kind: 'service-design',
      text: '# Day services redesign\n\n| Group | Support |\n|---|---|\n| Parent carer forum | Replacement care paid for, taxis booked |\n',
    },
    {
      name: 'vouchers count as payment',
      text: '# Youth plan\n\nYoung people on the youth council receive a £15 voucher for each session.\n',
    },
    {
      name: 'honoraria for experts by experience',
      kind: 'policy',
      text: '# Involvement policy\n\nExperts by experience are offered an honorarium for each review.\n',
    },
    {
      name: 'en-US spelling: members are reimbursed',
      text: '# Neighborhood program plan\n\nA community advisory group of twelve residents will meet monthly. Members are reimbursed for childcare.\n',
    },
    {
      name: 'one-off activities are not ongoing roles',
      text: '# Library hours plan\n\nWe will run an online survey, two drop-ins and a focus group.\n',
    },
    {
      name: 'a board of officers is not a role for the public',
      text: '# Library hours plan\n\nThe programme board will approve the plan after hearing what residents told us.\n',
    },
    {
      name: 'meeting parents at an existing forum and a session with a carers’ group are visits, not roles',
      kind: 'policy',
      text: "# Home to school transport policy\n\n## Who we will involve\n\nWe will meet parents at the Ashdown Parent Carer Forum and hold a session with the young carers' group at the carers' centre.\n",
    },
    {
      name: 'visiting a carers’ group',
      text: "# Respite care plan\n\nWe will visit the carers' group in Thornbury to hear what matters to them.\n",
    },
    {
      name: 'officers attending the youth council once',
      kind: 'strategy',
      text: '# Play strategy\n\nOfficers will attend the youth council in March to present the options.\n',
    },
    {
      name: 'talking to two existing networks',
      kind: 'service-design',
      text: "# Adult social care front door redesign\n\nWe will talk to the Deaf Community Forum and the older people's network about the new phone line.\n",
    },
    {
      name: 'a drop-in session with a tenants’ forum',
      text: "# Estate renewal plan\n\nWe will run a drop-in session with the tenants' forum at Oak House.\n",
    },
    {
      name: 'asking the patient participation group at each practice',
      kind: 'service-design',
      text: '# Same-day appointments redesign\n\nWe will ask the patient participation group at each GP practice what works for them.\n',
    },
    {
      name: 'a 1 MB sentence naming visited groups over and over is checked in linear time',
      text: `# Youth plan\n\n${'We visit the youth panel and '.repeat(36_000)}the schools.\n`,
    },
    {
      name: 'consultations are not checked',
      kind: 'consultation',
      text: '# Parks consultation\n\nA citizens’ panel will meet every month.\n',
    },
  ],
  flagged: [
    {
      name: 'the metadata example: a panel with nothing about payment',
      text: rule.example.flagged,
      findings: [{ at: '# Library service redesign', message: missing('panel of twelve residents') }],
      fixTitles: ["Insert a 'Recognising your time' section"],
      output: `# Library service redesign\n\n## How people will be involved\n\nA panel of twelve residents who use the library will meet every month to shape the new service.\n\n${SECTION}\n`,
    },
    {
      name: 'a section is inserted before the evaluation and contact sections',
      kind: 'strategy',
      text: '# Carers strategy\n\nPeople with lived experience will sit on the steering group.\n\n## How we will know it worked\n\nWe will review it in 2027.\n\n## Contact\n\nEmail us.\n',
      findings: [{ at: '# Carers strategy', message: missing('steering group') }],
      output: `# Carers strategy\n\nPeople with lived experience will sit on the steering group.\n\n${SECTION}\n\n## How we will know it worked\n\nWe will review it in 2027.\n\n## Contact\n\nEmail us.\n`,
    },
    {
      name: 'experts by experience, named in a list',
      kind: 'service-design',
      text: '# Mental health service redesign\n\n## Who is involved\n\n- Experts by experience\n- Clinicians and managers\n',
      findings: [{ at: '# Mental health service redesign', message: missing('experts by experience') }],
      output: `# Mental health service redesign\n\n## Who is involved\n\n- Experts by experience\n- Clinicians and managers\n\n${SECTION}\n`,
    },
    {
      name: '"pay attention" and care costs as a topic are not payment',
      kind: 'policy',
      text: '# Charging policy\n\nA peer researcher group will help review the policy. We will pay attention to what they say. Care costs will rise next year.\n',
      findings: [{ at: '# Charging policy', message: missing('peer researcher') }],
      output: `# Charging policy\n\nA peer researcher group will help review the policy. We will pay attention to what they say. Care costs will rise next year.\n\n${SECTION}\n`,
    },
    {
      name: 'visiting a forum does not hide its members sitting on a board for months',
      kind: 'policy',
      text: '# Home to school transport policy\n\nWe will meet the Parent Carer Forum, and two of its members will sit on the project board for 18 months.\n',
      findings: [{ at: '# Home to school transport policy', message: missing('project board') }],
      output: `# Home to school transport policy\n\nWe will meet the Parent Carer Forum, and two of its members will sit on the project board for 18 months.\n\n${SECTION}\n`,
    },
    {
      name: 'a working group co-chaired by a parent carer',
      kind: 'service-design',
      text: '# Short breaks redesign\n\nThe short breaks working group will be co-chaired by a parent carer.\n',
      findings: [{ at: '# Short breaks redesign', message: missing('working group') }],
      output: `# Short breaks redesign\n\nThe short breaks working group will be co-chaired by a parent carer.\n\n${SECTION}\n`,
    },
    {
      name: 'a visit to recruit members for a new panel: the new panel is a role',
      text: "# Respite care plan\n\nWe will visit the carers' group to recruit members for a new carers' panel.\n",
      findings: [{ at: '# Respite care plan', message: missing("carers' panel") }],
      output: `# Respite care plan\n\nWe will visit the carers' group to recruit members for a new carers' panel.\n\n${SECTION}\n`,
    },
    {
      name: 'residents meeting as a citizens’ panel',
      kind: 'strategy',
      text: "# Climate strategy\n\nTwenty residents will meet as a citizens' panel every month.\n",
      findings: [{ at: '# Climate strategy', message: missing("citizens' panel") }],
      output: `# Climate strategy\n\nTwenty residents will meet as a citizens' panel every month.\n\n${SECTION}\n`,
    },
    {
      name: 'monthly sessions with a lived experience panel',
      kind: 'service-design',
      text: '# Homelessness service redesign\n\nWe will hold monthly sessions with the lived experience panel.\n',
      findings: [{ at: '# Homelessness service redesign', message: missing('lived experience panel') }],
      output: `# Homelessness service redesign\n\nWe will hold monthly sessions with the lived experience panel.\n\n${SECTION}\n`,
    },
    {
      name: 'thanks only, under a recognition heading: the payment goes in that section',
      text: '# Tenant panel plan\n\nA tenants’ panel will meet every quarter.\n\n## Recognising your time\n\nWe offer refreshments and a certificate of thanks.\n\n## Contact\n\nEmail us.\n',
      findings: [{ at: 'We offer refreshments and a certificate of thanks.', message: thanksOnly('refreshments and a certificate') }],
      fixTitles: ['Add payment and expenses to this section'],
      output: `# Tenant panel plan\n\nA tenants’ panel will meet every quarter.\n\n## Recognising your time\n\nWe offer refreshments and a certificate of thanks.\n\n${BODY}\n\n## Contact\n\nEmail us.\n`,
    },
    {
      name: 'thanks only, elsewhere: a section is inserted',
      kind: 'strategy',
      text: '# Health partnership strategy\n\nCommunity champions with lived experience will help drive change. Champions get rewards and personal and professional development.\n',
      findings: [
        {
          at: 'Champions get rewards and personal and professional development.',
          message: thanksOnly('rewards and personal and professional development'),
        },
      ],
      fixTitles: ["Insert a 'Recognising your time' section"],
      output: `# Health partnership strategy\n\nCommunity champions with lived experience will help drive change. Champions get rewards and personal and professional development.\n\n${SECTION}\n`,
    },
    {
      name: 'thanks spread through a long sentence are listed',
      text: '# Youth plan\n\nThe youth council meets monthly. Refreshments are always provided at meetings, and at the end of the year every member is given a certificate.\n',
      findings: [
        {
          at: 'Refreshments are always provided at meetings, and at the end of the year every member is given a certificate.',
          message: thanksOnly('refreshments and certificate'),
        },
      ],
      output: `# Youth plan\n\nThe youth council meets monthly. Refreshments are always provided at meetings, and at the end of the year every member is given a certificate.\n\n${SECTION}\n`,
    },
    {
      name: 'CRLF line endings are kept when adding to a section',
      text: '# Panel plan\r\n\r\nA residents’ panel meets monthly.\r\n\r\n## Recognition\r\n\r\nMembers get free lunch.\r\n',
      findings: [{ at: 'Members get free lunch.', message: thanksOnly('free lunch') }],
      output: `# Panel plan\r\n\r\nA residents’ panel meets monthly.\r\n\r\n## Recognition\r\n\r\nMembers get free lunch.\r\n\r\n${BODY.replace(/\n/g, '\r\n')}\r\n`,
    },
  ],
});
