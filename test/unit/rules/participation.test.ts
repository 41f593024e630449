import assert from 'node:assert/strict';
import { buildDocument } from '../../../server/src/engine';
import { estimateParticipation, firstClaim, PARTICIPATION_LEVELS, type ParticipationLevel } from '../../../server/src/rules/participation';

interface Case {
  name: string;
  text: string;
  level: ParticipationLevel | null;
  claimed: ParticipationLevel | null;
  /** The quotation `because` must contain. */
  quote?: string;
}

const cases: Case[] = [
  // nothing, or only telling people
  { name: 'a policy with no engagement at all', text: '# Bins policy\n\nBins are collected every week.\n', level: null, claimed: null },
  {
    name: 'a newsletter and a web page only inform',
    text: '# Parking changes\n\nWe will write to every household in May. The new rules will be published on our website.\n',
    level: 'inform',
    claimed: null,
    quote: 'We will write to',
  },
  // consult
  {
    name: 'a survey and drop-ins are consultation',
    text: '# Library hours\n\n## How to take part\n\nAnswer our survey online or come to a drop-in at any library.\n',
    level: 'consult',
    claimed: null,
    quote: 'survey',
  },
  {
    name: 'numbered questions for people to answer are consultation',
    text: '# Parks\n\n1. What matters most to you about the park?\n2. Tell us about your last visit.\n',
    level: 'consult',
    claimed: null,
    quote: 'What matters most to you about the park',
  },
  {
    name: 'a session with an existing forum is outreach, not an ongoing group',
    text: '# Bins consultation\n\nAnswer our survey, or come to a session we will run with the disability forum.\n',
    level: 'consult',
    claimed: null,
    quote: 'survey',
  },
  { name: '"help shape" invites views, no more', text: '# Parks\n\nHelp shape the future of our parks.\n', level: 'consult', claimed: null, quote: 'Help shape' },
  {
    name: 'views that shaped the plan are still consultation',
    text: "# Parks\n\nThe plan was shaped by residents' views. Tell us what you think.\n",
    level: 'consult',
    claimed: null,
  },
  // involve
  {
    name: 'a panel that meets every month is involvement',
    text: "# Transport plan\n\nA citizens' panel of 40 residents will meet every month while we write the plan.\n",
    level: 'involve',
    claimed: null,
    quote: 'panel',
  },
  {
    name: 'people involved at every stage, in a list',
    text: '# Transport plan\n\n## Our approach\n\n- Bus users will be involved at every stage.\n- We will publish the notes of every meeting.\n',
    level: 'involve',
    claimed: null,
    quote: 'involved at every stage',
  },
  // co-design
  {
    name: '"designed with carers" describes co-design',
    text: '# Respite service\n\nThe new service was designed with carers at four workshops.\n',
    level: 'co-design',
    claimed: null,
    quote: 'designed with carers',
  },
  {
    name: 'young people drawing up the layout is co-design',
    text: '# Youth space\n\nYoung people will design the layout of the new youth space.\n',
    level: 'co-design',
    claimed: null,
    quote: 'Young people will design the layout',
  },
  {
    name: 'working with people to design something is co-design',
    text: '# Youth space\n\nWe will work with young people to design the new youth space.\n',
    level: 'co-design',
    claimed: null,
  },
  {
    name: 'people developing their skills is not co-design',
    text: '# Youth space\n\nYoung people will develop their skills and confidence.\n',
    level: null,
    claimed: null,
  },
  // co-produce
  {
    name: 'a panel that decides how a fund is spent shares power',
    text: '# Community grants\n\nThe panel will decide how the £50,000 community fund is spent.\n',
    level: 'co-produce',
    claimed: null,
    quote: 'The panel will decide',
  },
  {
    name: 'seats on the board and a resident co-chair, in a table',
    text: '# Estate renewal\n\n| Group | Role |\n|---|---|\n| Programme board | Tenants hold four of the eight seats on the programme board |\n',
    level: 'co-produce',
    claimed: null,
  },
  {
    name: 'a group that controls a budget',
    text: '# Estate renewal\n\nThe tenants’ group controls a budget of £20,000.\n',
    level: 'co-produce',
    claimed: null,
    quote: 'controls a budget',
  },
  {
    name: 'peer researchers carrying out the interviews share the delivery',
    text: '# Mental health review\n\nPeer researchers will carry out the interviews.\n',
    level: 'co-produce',
    claimed: null,
  },
  {
    name: 'the organisation promising to follow the group’s recommendations',
    text: "# Hub plan\n\nCabinet has agreed to follow the design group's recommendations.\n",
    level: 'co-produce',
    claimed: null,
  },
  {
    name: 'en-US: a resident co-chairs the program board',
    text: '# Neighborhood center program\n\nResidents will hold half of the seats on the program board, which a resident co-chairs.\n',
    level: 'co-produce',
    claimed: null,
  },
  // near misses that share no power
  { name: 'choosing a session to attend is not a decision', text: '# Parks\n\nPeople can choose which session to attend.\n', level: null, claimed: null },
  { name: 'deciding whether to take part is not a decision', text: '# Parks\n\nYou can decide whether to take part.\n', level: null, claimed: null },
  { name: 'the council making the decision', text: '# Parks\n\nThe council will make the final decision in May.\n', level: null, claimed: null },
  {
    name: 'negated power',
    text: '# Parks\n\nParticipants will not make decisions. There will be no shared decision-making.\n',
    level: null,
    claimed: null,
  },
  { name: 'the council holding the budget', text: '# Parks\n\nThe council holds the budget for the project.\n', level: null, claimed: null },
  {
    name: 'a board co-chaired by two officials',
    text: '# Health plan\n\nThe board is co-chaired by the council leader and the chief executive of the trust.\n',
    level: null,
    claimed: null,
  },
  {
    name: 'shared decisions about one’s own care are not governance',
    text: '# Personalised care policy\n\nPatients make decisions about their own care, through shared decision-making about their treatment.\n',
    level: null,
    claimed: null,
  },
  { name: 'people deciding to move away is not a decision shared', text: '# Housing\n\nMany residents decided to move away.\n', level: null, claimed: null },
  { name: 'shared ownership homes are housing, not governance', text: '# Housing strategy\n\nWe will build 200 shared ownership homes.\n', level: null, claimed: null },
  // claims
  { name: 'a bare claim', text: '# Parks plan\n\nWe will co-produce the new park with residents.\n', level: null, claimed: 'co-produce' },
  { name: 'a claim in the title', text: '# Co-production strategy\n\nWe will publish a newsletter.\n', level: 'inform', claimed: 'co-produce' },
  { name: '"co-designed" claims co-design', text: '# Respite\n\nThe service was co-designed with carers.\n', level: null, claimed: 'co-design' },
  { name: '"co-create" claims co-design', text: '# Housing plan\n\nWe will co-create the plan with tenants.\n', level: null, claimed: 'co-design' },
  {
    name: 'the highest claim wins',
    text: '# Hub plan\n\nWe will co-design the options. Then we will co-produce the service. Take our survey.\n',
    level: 'consult',
    claimed: 'co-produce',
  },
  { name: '"not only … but" still claims', text: '# Parks plan\n\nWe will not only consult but co-produce the plan.\n', level: null, claimed: 'co-produce' },
  {
    name: 'a claim with its evidence',
    text: '# Parks plan\n\nWe will co-produce the park. Residents will hold half of the seats on the project board.\n',
    level: 'co-produce',
    claimed: 'co-produce',
  },
  // not claims
  {
    name: 'a negated claim',
    text: '# Parks plan\n\nThis is not co-production: it is a consultation. Have your say in our survey.\n',
    level: 'consult',
    claimed: null,
  },
  {
    name: 'a glossary entry: neither a claim nor a commitment',
    text: '# Parks plan\n\n## Glossary\n\n- Co-production: a way of working where people share power and make decisions together.\n',
    level: null,
    claimed: null,
  },
  {
    name: 'a definition outside a glossary',
    text: '# Parks plan\n\nCo-production means residents and officers make decisions together.\n',
    level: null,
    claimed: null,
  },
  {
    name: 'a sentence walking through the ladder',
    text: '# Parks plan\n\nThe ladder of participation runs from informing, through consultation and co-design, to co-production.\n',
    level: null,
    claimed: null,
  },
  { name: 'a network named after the word', text: '# Parks plan\n\nWe follow the Co-production Network for Wales principles.\n', level: null, claimed: null },
  { name: 'a question about the word', text: '# Parks\n\nWhat does co-production mean to you?\n', level: null, claimed: null },
  {
    name: 'a draft titled as a survey asks people questions',
    text: '# Residents survey 2026\n\nThank you for taking part.\n',
    level: 'consult',
    claimed: null,
    quote: 'Residents survey 2026',
  },
];

describe('participation estimate', () => {
  it('names the five rungs in order', () => {
    assert.deepEqual([...PARTICIPATION_LEVELS], ['inform', 'consult', 'involve', 'co-design', 'co-produce']);
  });

  for (const c of cases) {
    it(c.name, () => {
      const estimate = estimateParticipation(buildDocument(c.text));
      assert.deepEqual({ level: estimate.level, claimed: estimate.claimed }, { level: c.level, claimed: c.claimed }, estimate.because);
      if (c.quote) assert.ok(estimate.because.includes(`('${c.quote}`), estimate.because);
    });
  }

  it('says in one sentence what the level rests on', () => {
    const estimate = estimateParticipation(buildDocument('# Grants\n\nThe panel will decide how the fund is spent.\n'));
    assert.equal(estimate.because, "Participants make or share decisions ('The panel will decide').");
    assert.equal(estimateParticipation(buildDocument('# Bins\n\nBins go out weekly.\n')).because, 'Nothing in the draft says how people will take part.');
  });

  it('finds the first sentence that makes a claim, and its words', () => {
    const text = '# Hub plan\n\n## Glossary\n\nCo-design: people design with us.\n\n## Plan\n\nWe will listen. We will co-design and co-produce the hub.\n';
    const doc = buildDocument(text);
    const claim = firstClaim(doc, 'co-design')!;
    assert.equal(text.slice(claim.sentence.start, claim.sentence.end), 'We will co-design and co-produce the hub.');
    assert.deepEqual(
      claim.words.map((w) => [claim.sentence.text.slice(w.from, w.to), w.level]),
      [
        ['co-design', 'co-design'],
        ['co-produce', 'co-produce'],
      ],
    );
  });
});
