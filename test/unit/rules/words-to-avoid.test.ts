import rule from '../../../server/src/rules/words-to-avoid';
import { describeRule } from '../../helpers/rule-tester';

const GOVUK = 'GOV.UK';
const LGA = "Local Government Association's";
const msg = (word: string, list: string, note: string, plain: string) => `'${word}' is on the ${list} list of words to avoid. ${note} Try ${plain}.`;

const collaborate = (w: string) => msg(w, GOVUK, 'It is a formal way of saying working with people.', "'work with' or 'work together'");
const streamline = (w: string) => msg(w, GOVUK, 'It is jargon for making something simpler.', "'simplify'");
const key = (w: string) => msg(w, GOVUK, 'Used to mean important, it is overused and vague.', "'main' or 'important'");
const impact = (w: string) => msg(w, GOVUK, 'As a verb it is jargon for affect.', "'affect'");
const facilitate = (w: string) => msg(w, GOVUK, 'It is a formal word that hides who does what.', "'help' or 'run'");
const stakeholders = (w: string) => msg(w, LGA, 'It is jargon: name the people and groups you mean.', "'people affected' or 'people and organisations with an interest'");
const goingForward = (w: string) => msg(w, LGA, 'It is a filler phrase.', "'in future' or 'from now on'");
const tackle = (w: string) => msg(w, GOVUK, 'It is a sporting metaphor that does not say what you will do.', "'deal with', 'reduce' or 'stop'");
const deliver = (w: string) =>
  msg(w, GOVUK, 'You can deliver post, pizzas and services, but not abstract things such as improvements or priorities.', "'make', 'do' or 'achieve'");
const foster = (w: string) => msg(w, GOVUK, 'Outside foster care it is a vague word for encouraging something.', "'encourage' or 'build'");
const own = (w: string, plain: string) => `'${w}' is on your own list of words to avoid (the vocabulary in your configuration file). Try ${plain}.`;
const OWN = { vocabulary: { plainWords: { synergise: 'work together', 'place-based approach': 'plan for each area', 'blue-sky': '' } } };

const thirdSector = (w: string) => msg(w, LGA, 'Most people do not know what it means.', "'charities and community groups' or 'voluntary and community groups'");

describeRule(rule, {
  kind: 'engagement-plan',
  ok: [
    { name: 'your own words: part of a longer word is not the word', text: 'The synergised plan and resynergise are not flagged.\n', settings: OWN },
    { name: 'your own words: in quotation marks, talked about', text: 'Avoid words such as "synergise" in letters to residents.\n', settings: OWN },
    { name: 'your own words are literal text, not patterns', text: 'We will ask axb and (club members.\n', settings: { vocabulary: { plainWords: { 'a.b': 'x', '(club+': 'y', '[': 'z' } } } },
    { name: 'a user entry for a built-in word keeps its sense check ("key worker")', text: 'Your key worker can help you.\n', settings: { vocabulary: { plainWords: { key: 'main' } } } },
    { name: 'metadata ok example', text: '## How we will work\n\nWe will work with local groups to make the booking process simpler.\n' },
    { name: '"focus group" is a method', text: 'We will run two focus groups with carers in March.\n' },
    { name: '"impact" as a noun', text: 'We will assess the impact on disabled residents before we decide.\n' },
    { name: '"the impact of" as a noun after an adjective', text: 'Tell us about the likely impact of the new charges on your family.\n' },
    { name: 'delivering leaflets is real delivery', text: 'Volunteers will deliver a leaflet to every home on the estate.\n' },
    { name: 'services are delivered', text: 'The council delivers home care services across the county.\n' },
    { name: '"key" as a noun', text: 'Collect the key to the community room from reception.\n' },
    { name: '"key worker" and "the key to"', text: 'Your key worker can help you fill in the form. Trust is the key to good involvement.\n' },
    { name: 'foster care is literal', text: 'We want to hear from foster carers and young people in foster care about fostering services.\n' },
    { name: 'an agenda for a meeting', text: 'We will send the agenda for each panel meeting a week before.\n' },
    { name: 'plans going forward to Cabinet (literal)', text: 'The proposals going forward to Cabinet in June will include your views.\n' },
    { name: 'software is deployed', text: 'The new booking page was deployed to the live site on Monday.\n' },
    { name: 'a session that progresses', text: 'As the session progresses, the facilitator will take notes.\n' },
    { name: 'promoting the consultation is advertising', text: 'We will promote the consultation in libraries and on local radio.\n' },
    { name: 'a word talked about, not used', text: 'Avoid words such as "stakeholder" and "leverage" in letters to residents.\n' },
    { name: 'a facilitator is a role', text: 'An independent facilitator will chair each session.\n' },
    { name: 'inline code is not prose', text: 'Set the `stakeholders` field in the form settings.\n' },
    { name: 'en-US spellings still fine when plain', text: 'Our program will work with neighborhood centers to organize the sessions.\n' },
  ],
  flagged: [
    {
      name: 'metadata flagged example: two words, both swapped',
      text: '## How we will work\n\nWe will collaborate with local groups to streamline the booking process.\n',
      findings: [
        { at: 'collaborate', message: collaborate('collaborate') },
        { at: 'streamline', message: streamline('streamline') },
      ],
      fixTitles: ["Replace with 'work'"],
      output: '## How we will work\n\nWe will work with local groups to simplify the booking process.\n',
    },
    {
      name: '"key" before a noun, in a heading, keeps the capital',
      text: '## Key priorities\n\nWe will publish the plan in May.\n',
      findings: [{ at: 'Key', message: key('Key') }],
      fixTitles: ["Replace with 'main'"],
      output: '## Main priorities\n\nWe will publish the plan in May.\n',
    },
    {
      name: '"impact on" as a verb: "on" goes too',
      text: 'The closure will impact on older people who do not drive.\n',
      findings: [{ at: 'impact on', message: impact('impact on') }],
      output: 'The closure will affect older people who do not drive.\n',
    },
    {
      name: '"impacted" as a participle, in a list item',
      text: '- families impacted by the changes\n',
      findings: [{ at: 'impacted', message: impact('impacted') }],
      output: '- families affected by the changes\n',
    },
    {
      name: '"facilitate a workshop" becomes "run a workshop"',
      text: 'Peer researchers will facilitate a workshop in each town.\n',
      findings: [{ at: 'facilitate', message: facilitate('facilitate') }],
      output: 'Peer researchers will run a workshop in each town.\n',
    },
    {
      name: '"facilitate access": no one-for-one swap',
      text: 'Transport will facilitate access to the sessions.\n',
      findings: [{ at: 'facilitate', message: facilitate('facilitate') }],
    },
    {
      name: '"stakeholders" in a table cell: no swap',
      text: '| Who | How |\n|---|---|\n| Stakeholders | Email |\n',
      findings: [{ at: 'Stakeholders', message: stakeholders('Stakeholders') }],
    },
    {
      name: '"Going forward," at the start of a sentence',
      text: 'Going forward, we will meet the panel every quarter.\n',
      findings: [{ at: 'Going forward', message: goingForward('Going forward') }],
      output: 'In future, we will meet the panel every quarter.\n',
    },
    {
      name: '"tackling" becomes "dealing with"',
      text: 'The plan sets out how we are tackling loneliness.\n',
      findings: [{ at: 'tackling', message: tackle('tackling') }],
      output: 'The plan sets out how we are dealing with loneliness.\n',
    },
    {
      name: '"deliver improvements" (abstract): no swap',
      text: 'Your views will help us deliver real improvements to the service.\n',
      findings: [{ at: 'deliver', message: deliver('deliver') }],
    },
    {
      name: '"foster a sense of" is the abstract sense',
      text: 'We want to foster a sense of shared ownership.\n',
      findings: [{ at: 'foster', message: foster('foster') }],
      output: 'We want to encourage a sense of shared ownership.\n',
    },
    {
      name: '"third sector" with en-US spelling around it',
      text: 'We will partner with third sector organizations in the neighborhood.\n',
      findings: [{ at: 'third sector', message: thirdSector('third sector') }],
    },
    {
      name: 'your own word, with the plain alternative you gave and a swap keeping the capital',
      text: 'Synergise with partners. We will synergise budgets.\n',
      settings: OWN,
      findings: [
        { at: 'Synergise', message: own('Synergise', "'work together'") },
        { at: 'synergise', message: own('synergise', "'work together'") },
      ],
      fixTitles: ["Replace with 'work together'"],
      output: 'Work together with partners. We will work together budgets.\n',
    },
    {
      name: 'your own phrase across a line break and a hyphen taken literally',
      text: 'We will use a place-based\napproach. A place based approach is different.\n',
      settings: OWN,
      findings: [{ at: 'place-based\napproach', message: own('place-based approach', "'plan for each area'") }],
      output: 'We will use a plan for each area. A place based approach is different.\n',
    },
    {
      name: 'your own word in capitals, with no alternative: flagged, no fix',
      text: 'Some BLUE-SKY thinking.\n',
      settings: OWN,
      findings: [{ at: 'BLUE-SKY', message: own('BLUE-SKY', 'a plainer word') }],
    },
    {
      name: 'a user entry for a built-in form overrides its alternative, in the message and the fix (that form only)',
      text: 'We will consult stakeholders and each stakeholder.\n',
      settings: { vocabulary: { plainWords: { Stakeholders: 'people and groups we work with' } } },
      findings: [
        { at: 'stakeholders', message: stakeholders('stakeholders').replace(/Try .*$/, "Try 'people and groups we work with'.") },
        { at: 'stakeholder', occurrence: 2, message: stakeholders('stakeholder') },
      ],
      fixTitles: ["Replace with 'people and groups we work with'"],
      output: 'We will consult people and groups we work with and each stakeholder.\n',
      afterFix: [{ at: 'stakeholder', message: stakeholders('stakeholder') }],
    },
    {
      name: 'your own phrase wins where it overlaps a built-in one',
      text: 'Going forward together, we will meet monthly.\n',
      settings: { vocabulary: { plainWords: { 'going forward together': 'together' } } },
      findings: [{ at: 'Going forward together', message: own('Going forward together', "'together'") }],
      output: 'Together, we will meet monthly.\n',
    },
    {
      name: 'bold around the word: the swap stays inside the markup',
      text: 'We will **streamline** the form.\n',
      findings: [{ at: 'streamline', message: streamline('streamline') }],
      output: 'We will **simplify** the form.\n',
    },
  ],
});
