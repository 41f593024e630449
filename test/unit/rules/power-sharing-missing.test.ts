import assert from 'node:assert/strict';
import rule from '../../../server/src/rules/power-sharing-missing';
import { applyEdits } from '../../../server/src/engine';
import { describeRule, findingsOf } from '../../helpers/rule-tester';

const coproduction = (found: string) =>
  `This calls the work co-production, but the draft gives participants no share in decisions, no seat in governance and no budget; ${found}. Describe the decisions people will share, or call it engagement.`;
const codesign = (found: string) =>
  `This calls the work co-design, but nothing shows participants designing or shaping the options with you; ${found}. Describe what people will design and decide, or call it engagement.`;

const SECTION = `## How we will share decisions

- People with lived experience will hold half of the places on the steering group, which they co-chair.
- The group will decide the priorities and the final design, and controls a budget of £20,000.
- Where we cannot follow the group's decision, we will explain why in writing within four weeks.`;

const FIXES = ["Insert a 'How we will share decisions' section", 'Call it engagement'];

describeRule(rule, {
  kind: 'engagement-plan',
  ok: [
    { name: 'the metadata example', text: rule.example.ok },
    {
      name: 'co-production with seats and a budget described in a table',
      text:
        '# Estate renewal: co-production plan\n\n## Governance\n\n| Group | Who sits on it | What it decides |\n|---|---|---|\n| Programme board | Tenants hold four of the eight seats on the programme board | The order of works and the £200,000 environmental budget |\n',
    },
    {
      name: 'co-production with the decision in a list item',
      kind: 'strategy',
      text: '# Community grants strategy\n\nWe will co-produce the grants programme with residents.\n\n## How it works\n\n- A panel of residents meets four times a year.\n- The panel will decide which projects get funded.\n',
    },
    {
      name: 'co-design claimed, and people draw up the options',
      text: '# Respite service redesign\n\nWe will co-design the new service with carers. Carers will draw up the options at three design workshops in the spring.\n',
    },
    {
      name: 'en-US spellings: a resident co-chairs the program board',
      text: '# Neighborhood center program\n\nThe center will be co-produced with the neighborhood organization. Residents will hold half of the seats on the program board, which a resident co-chairs.\n',
    },
    {
      name: 'the draft says plainly that it is not co-production',
      kind: 'consultation',
      text: '# Library hours consultation\n\nThis is not co-production: it is a consultation. Have your say in our survey by 30 June.\n',
    },
    {
      name: 'the word only appears in a glossary',
      text: '# Parks engagement plan\n\nWe will run a survey in May.\n\n## Glossary\n\n- **Co-production**: a way of working in which people who use services and staff share power and make decisions together.\n',
    },
    {
      name: 'the ladder explained, the draft at "consult"',
      text: '# Parks engagement plan\n\nThe ladder of participation runs from informing, through consultation and co-design, to co-production. This plan is a consultation: we will run a survey.\n',
    },
    {
      name: 'a network named after the word',
      text: '# Parks engagement plan\n\nWe follow the principles of the Co-production Network for Wales. We will run a survey.\n',
    },
    {
      name: 'a question about the word in a survey',
      kind: 'survey',
      text: '# Residents survey\n\n1. What does co-production mean to you?\n2. How, if at all, would you like to be involved?\n',
    },
    {
      name: 'co-design claimed and co-production described',
      text: '# Youth centre plan\n\nWe will co-design the centre with young people. The youth panel will decide how the £30,000 budget is spent.\n',
    },
    {
      name: 'feedback reports are not checked',
      kind: 'feedback-report',
      text: '# You said, we did\n\nThank you for helping us co-produce the plan.\n',
    },
  ],
  flagged: [
    {
      name: 'the metadata example: a claim and a survey',
      text: rule.example.flagged,
      findings: [{ at: 'We will co-produce the new youth centre with young people.', message: coproduction('as written, it is consultation') }],
      fixTitles: FIXES,
      output: `# New youth centre: engagement plan\n\nWe will co-produce the new youth centre with young people.\n\n${SECTION}\n\n## How to take part\n\nFill in our online survey by 30 June.\n`,
    },
    {
      name: 'a claim in the title of a draft that only informs',
      kind: 'strategy',
      text: '# Co-production strategy for adult social care\n\nWe will publish a newsletter every quarter.\n',
      findings: [{ at: 'Co-production strategy for adult social care', message: coproduction('as written, people are only told about it') }],
      fixTitles: FIXES,
      output: `# Co-production strategy for adult social care\n\nWe will publish a newsletter every quarter.\n\n${SECTION}\n`,
    },
    {
      name: 'co-design claimed, consultation described',
      text: '# New play area\n\nWe will co-design the new play area with children. Children can answer our survey at school.\n',
      findings: [{ at: 'We will co-design the new play area with children.', message: codesign('as written, it is consultation') }],
      fixTitles: FIXES,
      output: `# New play area\n\nWe will co-design the new play area with children. Children can answer our survey at school.\n\n${SECTION}\n`,
    },
    {
      name: 'a forum that meets every month is involvement, not co-production',
      kind: 'strategy',
      text: '# Carers strategy\n\nThis strategy was co-produced with carers. A carers’ forum will meet every month.\n',
      findings: [{ at: 'This strategy was co-produced with carers.', message: coproduction('as written, it is involvement') }],
      output: `# Carers strategy\n\nThis strategy was co-produced with carers. A carers’ forum will meet every month.\n\n${SECTION}\n`,
    },
    {
      name: 'co-design described is not co-production',
      text: '# Hub plan\n\n## How much influence you will have\n\nThis is co-production. Residents will design the layout options with the architects.\n\n## Contact us\n\nEmail hub@example.gov.uk.\n',
      findings: [{ at: 'This is co-production.', message: coproduction('as written, it is co-design') }],
      output: `# Hub plan\n\n## How much influence you will have\n\nThis is co-production. Residents will design the layout options with the architects.\n\n${SECTION}\n\n## Contact us\n\nEmail hub@example.gov.uk.\n`,
    },
    {
      name: 'a claim with nothing else: nothing says how people take part',
      kind: 'policy',
      text: '# Housing allocations policy\n\nWe are committed to co-production with tenants.\n',
      findings: [{ at: 'We are committed to co-production with tenants.', message: coproduction('nothing says how people will take part') }],
      output: `# Housing allocations policy\n\nWe are committed to co-production with tenants.\n\n${SECTION}\n`,
    },
    {
      name: 'power kept by the council does not count',
      kind: 'consultation',
      text: '# Day services consultation\n\nWe will co-produce the new service with families. The final decision rests with the Cabinet, and there will be no shared decision-making. Have your say by 1 May.\n',
      findings: [{ at: 'We will co-produce the new service with families.', message: coproduction('as written, it is consultation') }],
      output: `# Day services consultation\n\nWe will co-produce the new service with families. The final decision rests with the Cabinet, and there will be no shared decision-making. Have your say by 1 May.\n\n${SECTION}\n`,
    },
    {
      name: 'a hedged claim still claims',
      kind: 'strategy',
      text: '# Health and wellbeing strategy\n\nWherever possible, we will work through co-design or co-production with citizens. People with lived experience will help drive change.\n',
      findings: [{ at: 'Wherever possible, we will work through co-design or co-production with citizens.', message: coproduction('nothing says how people will take part') }],
      fixTitles: FIXES,
      output: `# Health and wellbeing strategy\n\nWherever possible, we will work through co-design or co-production with citizens. People with lived experience will help drive change.\n\n${SECTION}\n`,
    },
    {
      name: 'the first of several claims is flagged, once',
      text: '# Hub plan\n\nWe want residents to co-produce the hub with us.\n\nCo-production is at the heart of this plan.\n',
      findings: [{ at: 'We want residents to co-produce the hub with us.', message: coproduction('nothing says how people will take part') }],
      output: `# Hub plan\n\nWe want residents to co-produce the hub with us.\n\nCo-production is at the heart of this plan.\n\n${SECTION}\n`,
    },
    {
      name: 'a survey draft claiming co-design',
      kind: 'survey',
      text: '# Park survey\n\nHelp us co-design the new park.\n\n1. What matters most to you about the park?\n',
      findings: [{ at: 'Help us co-design the new park.', message: codesign('as written, it is consultation') }],
      output: `# Park survey\n\nHelp us co-design the new park.\n\n1. What matters most to you about the park?\n\n${SECTION}\n`,
    },
  ],
});

/** The text after the "Call it engagement" fix on the draft's one finding, or undefined if it is not offered. */
function callItEngagement(text: string): string | undefined {
  const findings = findingsOf(rule, text, 'engagement-plan');
  assert.equal(findings.length, 1, 'one finding');
  const fix = findings[0].fixes.find((f) => f.title === 'Call it engagement');
  return fix && applyEdits(text, fix.edits);
}

describe('power-sharing-missing: "Call it engagement"', () => {
  const rewrites: Array<[string, string, string]> = [
    ['a noun, keeping the capital', '# Co-production strategy\n\nWe will publish a newsletter.\n', '# Engagement strategy\n\nWe will publish a newsletter.\n'],
    ['"a" before the noun becomes "an"', '# Hub plan\n\nWe will take a co-production approach.\n', '# Hub plan\n\nWe will take an engagement approach.\n'],
    ['"A" at the start of a sentence', '# Hub plan\n\nA co-production group will guide the work.\n', '# Hub plan\n\nAn engagement group will guide the work.\n'],
    ['capitals stay capitals', '# Hub plan\n\nOUR CO-PRODUCTION PROMISE\n\nWe will listen.\n', '# Hub plan\n\nOUR ENGAGEMENT PROMISE\n\nWe will listen.\n'],
    ['inside bold, the markup is kept', '# Hub plan\n\nWe are committed to **co-production** with residents.\n', '# Hub plan\n\nWe are committed to **engagement** with residents.\n'],
    ['inside a link, the link is kept', '# Hub plan\n\nWe will use [co-production](https://example.org/guide) to plan the hub.\n', '# Hub plan\n\nWe will use [engagement](https://example.org/guide) to plan the hub.\n'],
    ['two claim words joined by "and" become one', '# Hub plan\n\nThe hub will be planned through co-production and co-design with residents.\n', '# Hub plan\n\nThe hub will be planned through engagement with residents.\n'],
    ['"co-produce … with" people becomes "involve" them', '# Hub plan\n\nWe will co-produce with residents and partners.\n', '# Hub plan\n\nWe will involve residents and partners.\n'],
    ['"co-produce with us" becomes "work with us"', '# Hub plan\n\nWe want residents to co-produce with us.\n', '# Hub plan\n\nWe want residents to work with us.\n'],
    ['a verb with an object becomes "develop"', '# Hub plan\n\nWe will co-design the hub with residents.\n', '# Hub plan\n\nWe will develop the hub with residents.\n'],
    ['"co-designing" becomes "developing"', '# Hub plan\n\nWe are co-designing the hub with residents.\n', '# Hub plan\n\nWe are developing the hub with residents.\n'],
    ['"co-produces" becomes "develops"', '# Hub plan\n\nThe council co-produces services with carers.\n', '# Hub plan\n\nThe council develops services with carers.\n'],
    ['"co-produced with" becomes "developed with"', '# Carers strategy\n\nThis strategy was co-produced with carers.\n', '# Carers strategy\n\nThis strategy was developed with carers.\n'],
    ['"will be co-produced." becomes "shaped by people’s views"', '# Hub plan\n\nThe plan will be co-produced.\n', '# Hub plan\n\nThe plan will be shaped by people’s views.\n'],
    ['people who "co-designed" something "helped shape" it', '# Hub plan\n\nYoung people co-designed the new youth space.\n', '# Hub plan\n\nYoung people helped shape the new youth space.\n'],
    ['a noun in a table cell', '# Hub plan\n\n| Stage | Approach |\n|---|---|\n| Design | Co-production with tenants |\n', '# Hub plan\n\n| Stage | Approach |\n|---|---|\n| Design | Engagement with tenants |\n'],
    ['"co-design sessions" are "engagement sessions"', '# Hub plan\n\nCo-design sessions will run in May.\n', '# Hub plan\n\nEngagement sessions will run in May.\n'],
  ];
  for (const [name, text, expected] of rewrites) {
    it(name, () => assert.equal(callItEngagement(text), expected));
  }

  it('is not offered where the words cannot be swapped safely', () => {
    assert.equal(callItEngagement('# Hub plan\n\nThis is a co-designed service.\n'), undefined);
    assert.equal(callItEngagement('# Hub plan\n\nResidents will be co-designers of the service.\n'), undefined);
  });

  it('after the rewrite the claim is gone', () => {
    const fixed = callItEngagement('# Hub plan\n\nWe will take a co-production approach. Take our survey.\n')!;
    assert.deepEqual(findingsOf(rule, fixed, 'engagement-plan'), []);
  });
});
