import rule from '../../../server/src/rules/participation-level-undeclared';
import { describeRule } from '../../helpers/rule-tester';

const MISSING =
  'Nothing says how much influence people will have or what is already fixed, so they cannot judge what taking part can change. Say which level this is (inform, consult, involve, co-design or co-produce), what people can influence and what cannot change.';
const NO_FIXED =
  'This says how much influence people will have, but nothing says what is already decided or not negotiable, so people may spend effort on things that cannot change. Say what is fixed, and why.';
const NO_LEVEL =
  'This says what is fixed, but nothing says how much influence people have over the rest. Say which level this is (for example consult, involve or co-design) and what people can still change.';

const SECTION = `## How much influence you will have

This is a consultation: we will ask for your views before we decide.

- You can influence: which services stay and when they open.
- Already decided, and why: the budget is set for this year by full council.
- Who makes the final decision: the Cabinet, in March 2027.`;

const FIXED_SENTENCE = 'Already decided, and why: the budget is set for this year by full council.';
const LEVEL_SENTENCE = 'This is a consultation: we will ask for your views before we decide.';

describeRule(rule, {
  kind: 'consultation',
  ok: [
    { name: 'the metadata example', text: rule.example.ok },
    {
      name: 'an influence heading, a level and what is fixed',
      kind: 'engagement-plan',
      text: '# Hub engagement plan\n\n## How much influence you will have\n\nThis is a co-design process. The site and the budget are fixed.\n',
    },
    {
      name: 'the level in front matter, what is fixed in the body',
      text: '---\ntype: consultation\nparticipation_level: consult\n---\n\n# Libraries consultation\n\nThe number of libraries cannot be changed.\n',
    },
    {
      name: 'a table of what you can influence and what is already decided',
      text: '# Parks consultation\n\n| You can influence | Already decided |\n|---|---|\n| Where the benches go | The budget |\n',
    },
    {
      name: 'a list of what can change and what is not negotiable',
      kind: 'policy',
      text: '# Grants policy\n\nWhat this means for you:\n\n- You can change how the small grants are shared out.\n- The total grants budget is not negotiable.\n',
    },
    {
      name: 'a "What you can and cannot influence" section',
      kind: 'strategy',
      text: '# Carers strategy\n\n## What you can and cannot influence\n\nSee the table below.\n',
    },
    {
      name: 'a panel that makes the decision, within a fixed site',
      kind: 'service-design',
      text: '# Youth service design\n\nThe youth panel will make the final decision on the programme. The building is outside the scope of this work.\n',
    },
    {
      name: 'en-US spelling: a co-design program with what is out of scope',
      kind: 'service-design',
      text: '# Community center program design\n\nThis is a co-design program: residents will help shape the center. Staffing levels are out of scope.\n',
    },
    {
      name: 'what is open and what is fixed in one sentence',
      text: '# Libraries consultation\n\nThe budget has already been agreed, so we are asking only about how the hours are shared.\n',
    },
    {
      name: 'an information-only briefing with fixed dates',
      kind: 'policy',
      text: '# Bin collection changes\n\nThis briefing is for information only. The new collection dates cannot be changed.\n',
    },
    { name: 'a survey is not asked for a level', kind: 'survey', text: '# Residents survey\n\nQ1. How long have you lived here?\n' },
    { name: 'a feedback report is not asked for a level', kind: 'feedback-report', text: '# You said, we did\n\nThank you.\n' },
  ],
  flagged: [
    {
      name: 'the metadata example: the section goes after the purpose section',
      text: rule.example.flagged,
      findings: [{ at: '# Library opening hours consultation', message: MISSING }],
      fixTitles: ["Insert a 'How much influence you will have' section"],
      output: `${rule.example.flagged}\n${SECTION}\n`,
    },
    {
      name: 'nothing said, with later sections: the section goes before them',
      kind: 'engagement-plan',
      text: '# Parks engagement plan\n\n## Background\n\nThe parks are old.\n\n## Who we will involve\n\nPark users.\n',
      findings: [{ at: '# Parks engagement plan', message: MISSING }],
      output: `# Parks engagement plan\n\n## Background\n\nThe parks are old.\n\n${SECTION}\n\n## Who we will involve\n\nPark users.\n`,
    },
    {
      name: 'a level but nothing fixed: the missing half follows the sentence',
      kind: 'engagement-plan',
      text: '# Hub engagement plan\n\nThis is a co-design process with local residents. Sessions start in June.\n',
      findings: [{ at: 'This is a co-design process with local residents.', message: NO_FIXED }],
      fixTitles: ['Add what is already decided'],
      output: `# Hub engagement plan\n\nThis is a co-design process with local residents. ${FIXED_SENTENCE} Sessions start in June.\n`,
    },
    {
      name: 'an influence heading but nothing fixed: a paragraph under the heading',
      kind: 'strategy',
      text: '# Carers strategy\n\n## How much influence you will have\n\nYou will help shape the priorities.\n',
      findings: [{ at: 'How much influence you will have', message: NO_FIXED }],
      output: `# Carers strategy\n\n## How much influence you will have\n\n${FIXED_SENTENCE}\n\nYou will help shape the priorities.\n`,
    },
    {
      name: 'something fixed but no level',
      text: '# Libraries consultation\n\nThe budget has already been agreed.\n',
      findings: [{ at: 'The budget has already been agreed.', message: NO_LEVEL }],
      fixTitles: ['Add how much influence people will have'],
      output: `# Libraries consultation\n\nThe budget has already been agreed. ${LEVEL_SENTENCE}\n`,
    },
    {
      name: 'a "What is already decided" heading but no level',
      kind: 'policy',
      text: '# Parking policy\n\n## What is already decided\n\nThe zone boundaries.\n',
      findings: [{ at: 'What is already decided', message: NO_LEVEL }],
      output: `# Parking policy\n\n## What is already decided\n\n${LEVEL_SENTENCE}\n\nThe zone boundaries.\n`,
    },
    {
      name: 'a level in front matter only: the section is inserted',
      text: '---\ntype: consultation\nparticipation_level: consult\n---\n\n# Libraries consultation\n\n## How to respond\n\nOnline or by post.\n',
      findings: [{ at: '# Libraries consultation', message: NO_FIXED }],
      output: `---\ntype: consultation\nparticipation_level: consult\n---\n\n# Libraries consultation\n\n${SECTION}\n\n## How to respond\n\nOnline or by post.\n`,
    },
    {
      name: '"This is a consultation document" declares no level',
      text: '# Libraries consultation\n\nThis is a consultation document about library hours.\n',
      findings: [{ at: '# Libraries consultation', message: MISSING }],
      output: `# Libraries consultation\n\nThis is a consultation document about library hours.\n\n${SECTION}\n`,
    },
    {
      name: 'a claim to co-produce is not a declared level',
      kind: 'engagement-plan',
      text: '# Hub engagement plan\n\n## Have your say\n\nWe want residents to co-produce the hub with us.\n',
      findings: [{ at: '# Hub engagement plan', message: MISSING }],
      output: `# Hub engagement plan\n\n${SECTION}\n\n## Have your say\n\nWe want residents to co-produce the hub with us.\n`,
    },
    {
      name: 'an information finding for a strategy',
      kind: 'strategy',
      text: '# Housing strategy\n\nOur priorities to 2030.\n',
      findings: [{ at: '# Housing strategy', message: MISSING }],
      output: `# Housing strategy\n\nOur priorities to 2030.\n\n${SECTION}\n`,
    },
  ],
});
