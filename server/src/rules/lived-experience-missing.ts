import { blockFact, defineDocumentRule, type BlockModel, type DocumentKind } from '../engine';
import { insertSectionFix } from './snippet-sections';
import { SOURCES } from './sources';

/** People with lived experience named as such, or in roles that carry it. */
export const LIVED_EXPERIENCE = new RegExp(
  [
    String.raw`\blived (and living )?experiences?\b|\bliving experience\b`,
    String.raw`\bexperts? (by|through|from) (lived )?experience\b|\bexperts? in their own lives\b`,
    String.raw`\bpeople (with|who have|who've|who had) (lived |direct |personal |first-?hand |recent |current )?experience (of|in|as)\b`,
    String.raw`\b(peer|community) (researchers?|research|reviewers?|evaluators?|mentors?|supporters?|leaders?|educators?|champions?|connectors?|ambassadors?|inspectors?)\b`,
    String.raw`\b(patient|carer|parent|service user|tenant|resident|young)s?['’]? (representatives?|reps|partners|leaders|advisers?|advisors?|inspectors?|ambassadors?|commissioners?|researchers?)\b`,
    String.raw`\b(user|peer|survivor|carer|disabled people['’]s|community)[- ]led\b|\bexperience[- ]based (co-?)?design\b`,
  ].join('|'),
  'i',
);

const AFFECTED = String.raw`(people (who|that) (use|used|have used|rely on|live in|attend|care for)( \w+){0,3}?|service users|patients|carers|residents|tenants|parents|families|young people|older people|disabled people)`;
const ROLE_VERB = String.raw`(sit|sits|hold|holds|make up|chair|co-chair|lead|co-lead|co-design|co-produce|design|decide|shape|write|co-write|run|co-deliver|deliver|interview|recruit|evaluate|sign off|help (to )?(design|analy[sz]e|shape|write|run|decide|choose|interview|recruit|evaluate|plan|train|lead|deliver|develop|set|review))`;

/** Affected people in a role: "people who use the service will sit on the board", "a design group of twelve residents". */
export const LIVED_EXPERIENCE_ROLES: readonly RegExp[] = [
  String.raw`\b${AFFECTED} (will |would |can )?${ROLE_VERB}\b`,
  String.raw`\b(design|steering|advisory|project|reference|working|co-production|co-design|expert|lived experience) (group|panel|board|team)s? (of|made up of|led by|including|with) (\w+ ){0,3}?(residents|tenants|patients|carers|parents|families|young people|people|service users|citizens)\b`,
  String.raw`\b(seats?|places?) (for|on the \w+ for) (\w+ ){0,2}?(residents|tenants|patients|carers|parents|families|young people|people who|service users)\b`,
].map((source) => new RegExp(source, 'i'));

/** What people know from experience treated as evidence, not only asked for. */
export const EXPERIENCE_AS_EVIDENCE =
  /\b(counts?|counted|treated|used|valued|recogni[sz]ed|weighted|weighed) (\w+ ){0,2}?as (\w+ ){0,2}?evidence\b|\b(experiences?|stories|insights?|knowledge|expertise) (\w+ ){0,4}?(alongside|as well as|as much as|equal to|with the same weight as) (the |our )?(data|statistics|research|evidence|professional|clinical|academic)\b/i;

/** Asking people about their experience (a survey or consultation): evidence gathering only. */
export const ASKS_ABOUT_EXPERIENCE =
  /\b(their|your|people['’]s|residents['’]|patients['’]|users['’]|carers['’]|families['’]) (own )?experiences?\b|\b(patient|user|customer|service user|resident|carer) experience\b|\bexperience (survey|questionnaire)s?\b|\bwhat (is|was|has been) (it like|your experience)\b/i;

/** Kinds where asking people about their experience is a place for it in the evidence. */
const ASKING_COUNTS: readonly DocumentKind[] = ['policy', 'engagement-plan'];

/** Sections a lived-experience section naturally comes before. */
const COMES_BEFORE = [
  /\b(how (you|to) (can )?(take part|get involved|respond|have your say)|ways to|methods?|timeline|timetable|key dates|questions?|survey|what happens next|next steps|feedback|you said|recognising|payment|evaluation|how we will know|contact|get in touch)\b/i,
];

export default defineDocumentRule({
  id: 'lived-experience-missing',
  summary: 'The draft gives people with lived experience no role, and does not count what they know as evidence.',
  why:
    'People who use a service, or live with the issue, know things professionals do not. Co-production treats that knowledge as an asset: it gives people with lived experience real roles in the work and counts what they say as evidence, not only as comments on a finished plan.',
  howToFix:
    "Add a 'Lived experience' section saying who with lived experience will take part and in what role (for example paid members of the project group, peer researchers, community champions), and that what they tell you counts as evidence alongside the data.",
  principles: [
    { name: 'Respecting and valuing the knowledge of all', ...SOURCES.nihr },
    { name: 'Recognising people as assets', ...SOURCES.nef },
    { name: "Co-production needs people's actions as well as their ideas", ...SOURCES.tlap },
    { name: 'Everyone is an expert in their own life', ...SOURCES.copronetWales },
    { name: 'Who? People with lived experience, frontline staff, decision makers, family and carers', ...SOURCES.iriss },
  ],
  defaultSeverity: 'information',
  appliesTo: ['policy', 'strategy', 'engagement-plan', 'service-design'],
  fixKind: 'insert-section',
  messages: {
    missing:
      'Nothing gives people with lived experience a role or counts what they know as evidence, so the work rests on professional views alone. Say who with lived experience will take part, in what role, and how their knowledge will count.',
    onlyAsked:
      'This asks people about their experience, but nothing gives people with lived experience a role in the work or says their knowledge counts as evidence. Add roles for them, such as places on the project group or peer researchers.',
  },
  example: {
    flagged: '# Day services strategy\n\n## How we will develop the strategy\n\nOfficers will review the data and write the strategy.\n',
    ok:
      '# Day services strategy\n\n## How we will develop the strategy\n\nPeople with lived experience of day services will hold half the places on the project group and help analyse what we hear. What they tell us counts as evidence alongside the data.\n',
  },
  check(doc, context) {
    const facts = doc.blocks.map(livedExperienceFacts);
    const askingCounts = ASKING_COUNTS.includes(context.kind);
    if (facts.some((f) => f.present || (askingCounts && f.asks.length > 0))) return;
    const fix = insertSectionFix(doc, "Insert a 'Lived experience' section", 'Lived experience', COMES_BEFORE);
    const b = facts.findIndex((f) => f.asks.length > 0);
    if (b >= 0) {
      const sentence = doc.blocks[b].sentences[facts[b].asks[0]];
      context.report({ messageId: 'onlyAsked', start: sentence.start, end: sentence.end, fixes: [fix] });
      return;
    }
    context.report({ messageId: 'missing', ...doc.anchor, fixes: [fix] });
  },
});

interface LivedExperienceFacts {
  /** Lived experience named, in a role, or counted as evidence. */
  present: boolean;
  /** Sentences (by index) asking people about their experience. */
  asks: number[];
}

function livedExperienceFacts(block: BlockModel): LivedExperienceFacts {
  return blockFact(block, 'lived-experience-missing:facts', (parsed) => {
    const facts: LivedExperienceFacts = { present: false, asks: [] };
    parsed.sentences.forEach((sentence, i) => {
      const text = sentence.text;
      if (LIVED_EXPERIENCE.test(text) || LIVED_EXPERIENCE_ROLES.some((re) => re.test(text)) || EXPERIENCE_AS_EVIDENCE.test(text)) facts.present = true;
      else if (ASKS_ABOUT_EXPERIENCE.test(text)) facts.asks.push(i);
    });
    return facts;
  });
}
