import rule from '../../../server/src/rules/decision-already-made';
import { describeRule } from '../../helpers/rule-tester';

const DECIDED =
  'This says the decision is already made, yet the draft asks for views, so people may feel their answers cannot change anything. If it is still open, say no final decision has been made; if part is settled, say what is fixed and what people can still influence.';

const SECTION = `## How much influence you will have

This is a consultation: we will ask for your views before we decide.

- You can influence: which services stay and when they open.
- Already decided, and why: the budget is set for this year by full council.
- Who makes the final decision: the Cabinet, in March 2027.`;

const QUESTIONS = '## Questions\n\n1. What would make the biggest difference to you?\n';

describeRule(rule, {
  kind: 'consultation',
  ok: [
    { name: 'the metadata example: what is fixed, with what is open in the same sentence', text: rule.example.ok },
    {
      name: 'the good phrase "No final decision has been made"',
      text: `# Day centre consultation\n\nNo final decision has been made about the day centre.\n\n${QUESTIONS}`,
    },
    {
      name: 'a scope note in the next sentence',
      text: `# Hub consultation\n\nThe site has already been agreed. You can still influence the layout and the opening hours.\n\n${QUESTIONS}`,
    },
    {
      name: 'a "What you can and cannot influence" section that says what is open',
      text: `# Hub consultation\n\n## What you can and cannot influence\n\n- The move to the depot site has already been decided by Cabinet.\n- You can influence the layout and the opening hours.\n\n${QUESTIONS}`,
    },
    {
      name: 'a "What is already decided" section elsewhere that says what is still open',
      text: `# Hub consultation\n\nThe move will go ahead from June 2027.\n\n## What is already decided\n\nThe site and the budget. The mix of services is still open.\n\n${QUESTIONS}`,
    },
    {
      name: 'settled, but nobody is asked for views',
      kind: 'policy',
      text: '# Parking charges policy\n\nThe new charges have been approved by Cabinet and take effect in April.\n',
    },
    {
      name: 'a heading question is not a request for views',
      kind: 'policy',
      text: '# Waste policy\n\n## What has changed?\n\nThe new collection days have already been agreed.\n',
    },
    {
      name: 'a change that goes ahead only if agreed',
      text: '# Charging consultation\n\nIf approved, the changes will take effect from April 2027. What do you think of the proposed changes?\n',
    },
    {
      name: 'steps of the consultation itself',
      text: '# Libraries consultation\n\nThe dates of the drop-in sessions have been agreed with each library. Tell us which session suits you.\n',
    },
    {
      name: 'a draft approved for public consultation',
      text: '# Leisure strategy consultation\n\nThis draft has been approved for public consultation by Cabinet. Have your say by 30 June.\n',
    },
    {
      name: 'a promise about after the decision',
      text: '# Parks consultation\n\nOnce a decision has been made, we will write to everyone who took part. Tell us what you think.\n',
    },
    {
      name: 'no changes until responses are read',
      text: '# Parks consultation\n\nNo changes will be made until we have read every response. Tell us what you think.\n',
    },
    {
      name: 'a charter that refuses to consult on settled decisions',
      kind: 'policy',
      text: '# Consultation charter\n\nWe will not consult on decisions that have already been made. Have your say on this charter.\n',
    },
    {
      name: 'a board agreeing to follow the group is not the decision made',
      kind: 'engagement-plan',
      text: '# Hub engagement plan\n\nCabinet has agreed to follow the design group’s recommendations. Tell us what matters most to you.\n',
    },
    {
      name: 'a decision to consult is not the decision itself',
      text: '# Bus routes consultation\n\nWe have decided to consult on three options. Tell us which you prefer.\n',
    },
    {
      name: 'a rhetorical question is not a request for views',
      kind: 'policy',
      text: '# Allotments policy\n\nWhy are we doing this? The new rent has been agreed by the allotments board.\n',
    },
    {
      name: 'agreed with the people taking part',
      kind: 'engagement-plan',
      text: '# Tenants engagement plan\n\nThe priorities have been agreed with the tenants’ panel. Tell us what you think of them.\n',
    },
    {
      name: 'already decided to consult',
      text: `# Bus routes consultation\n\nThe council has already decided to consult on three options.\n\n${QUESTIONS}`,
    },
    {
      name: 'the consultation itself approved',
      text: `# Leisure consultation\n\nThis consultation has been approved by the Cabinet Member for leisure.\n\n${QUESTIONS}`,
    },
    {
      name: '"nothing will go ahead"',
      text: `# Parks consultation\n\nNothing will go ahead from April without hearing from you first.\n\n${QUESTIONS}`,
    },
    {
      name: 'a scope note on the order of the changes',
      text: `# Day services consultation\n\nThe new service will be introduced in stages from 2027, and we want your views on the order.\n\n${QUESTIONS}`,
    },
    { name: 'a feedback report may say what was decided', kind: 'feedback-report', text: '# You said, we did\n\nThe new hours have been agreed. Tell us what you think.\n' },
  ],
  flagged: [
    {
      name: 'the metadata example: the section is appended',
      text: rule.example.flagged,
      findings: [{ at: 'The new opening hours have already been agreed.', message: DECIDED }],
      fixTitles: ["Insert a 'How much influence you will have' section"],
      output: `${rule.example.flagged}\n${SECTION}\n`,
    },
    {
      name: '"the decision has been made", with a purpose section: the section goes after it',
      text: `# Day centre consultation\n\n## Why we are asking\n\nThe decision has been made to close the centre on Fridays.\n\n${QUESTIONS}`,
      findings: [{ at: 'The decision has been made to close the centre on Fridays.', message: DECIDED }],
      output: `# Day centre consultation\n\n## Why we are asking\n\nThe decision has been made to close the centre on Fridays.\n\n${SECTION}\n\n${QUESTIONS}`,
    },
    {
      name: '"will go ahead from" in a survey',
      kind: 'survey',
      text: '# Bins survey\n\nThe new collection rounds will go ahead from 1 May.\n\nQ1. How satisfied or dissatisfied are you with your collection day?\n',
      findings: [{ at: 'The new collection rounds will go ahead from 1 May.', message: DECIDED }],
      output: `# Bins survey\n\nThe new collection rounds will go ahead from 1 May.\n\nQ1. How satisfied or dissatisfied are you with your collection day?\n\n${SECTION}\n`,
    },
    {
      name: '"this is final" and "no changes will be made": one section for both',
      text: '# Parking consultation\n\n## The plan\n\nThis is final. No changes will be made to the zone boundaries.\n\n## Have your say\n\nTell us what you think.\n',
      findings: [
        { at: 'This is final.', message: DECIDED },
        { at: 'No changes will be made to the zone boundaries.', message: DECIDED },
      ],
      output: `# Parking consultation\n\n${SECTION}\n\n## The plan\n\nThis is final. No changes will be made to the zone boundaries.\n\n## Have your say\n\nTell us what you think.\n`,
    },
    {
      name: '"we have decided to" in an engagement plan, inside a list item',
      kind: 'engagement-plan',
      text: '# Day services engagement plan\n\n- We have decided to merge the two day centres.\n- We want your views on the new timetable.\n',
      findings: [{ at: 'We have decided to merge the two day centres.', message: DECIDED }],
      output: `# Day services engagement plan\n\n- We have decided to merge the two day centres.\n- We want your views on the new timetable.\n\n${SECTION}\n`,
    },
    {
      name: 'a "What is already decided" section that does not say what is open',
      text: `# Hub consultation\n\n## What is already decided\n\nThe closure has already been agreed by Cabinet.\n\n${QUESTIONS}`,
      findings: [{ at: 'The closure has already been agreed by Cabinet.', message: DECIDED }],
      output: `# Hub consultation\n\n${SECTION}\n\n## What is already decided\n\nThe closure has already been agreed by Cabinet.\n\n${QUESTIONS}`,
    },
    {
      name: 'bold wording in a policy that asks for comments',
      kind: 'policy',
      text: '# Grants policy\n\n**Councillors have already approved the new criteria.** We welcome your comments on the draft.\n',
      findings: [{ at: 'Councillors have already approved the new criteria.', message: DECIDED }],
      output: `# Grants policy\n\n**Councillors have already approved the new criteria.** We welcome your comments on the draft.\n\n${SECTION}\n`,
    },
    {
      name: 'a negation further back does not excuse a later clause',
      text: '# Pools consultation\n\nWe have not changed the prices, but the closure of the small pool has been agreed. Tell us what you think.\n',
      findings: [{ at: 'We have not changed the prices, but the closure of the small pool has been agreed.', message: DECIDED }],
      output: `# Pools consultation\n\nWe have not changed the prices, but the closure of the small pool has been agreed. Tell us what you think.\n\n${SECTION}\n`,
    },
    {
      name: '"the decision to … has already been made"',
      text: `# Day centre consultation\n\nThe decision to close the Friday sessions has already been made.\n\n${QUESTIONS}`,
      findings: [{ at: 'The decision to close the Friday sessions has already been made.', message: DECIDED }],
      output: `# Day centre consultation\n\nThe decision to close the Friday sessions has already been made.\n\n${SECTION}\n\n${QUESTIONS}`,
    },
    {
      name: 'a service change to sessions is not a step of the consultation',
      text: `# Day centre consultation\n\nThe closure of the Friday sessions has been agreed.\n\n${QUESTIONS}`,
      findings: [{ at: 'The closure of the Friday sessions has been agreed.', message: DECIDED }],
      output: `# Day centre consultation\n\nThe closure of the Friday sessions has been agreed.\n\n${SECTION}\n\n${QUESTIONS}`,
    },
    {
      name: 'en-US spelling: "has been finalized"',
      text: '# Community center consultation\n\nThe new program has been finalized. Share your thoughts below.\n',
      findings: [{ at: 'The new program has been finalized.', message: DECIDED }],
      output: `# Community center consultation\n\nThe new program has been finalized. Share your thoughts below.\n\n${SECTION}\n`,
    },
  ],
});
