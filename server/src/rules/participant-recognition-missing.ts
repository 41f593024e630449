import { blockFact, defineDocumentRule, eolOf, insertSectionEdit, sectionAt, type BlockModel, type DocumentModel, type Fix, type SentenceRef } from '../engine';
import { insertSectionFix, snippetText } from './snippet-sections';
import { SOURCES } from './sources';

/** Roles that are people by their very name: panels of residents, experts by experience… */
const ROLE = new RegExp(
  [
    String.raw`\bco-?production (?:groups?|panels?|boards?|forums?|teams?)\b`,
    String.raw`\blived[- ]experience (?:members?|roles?|representatives?|partners?|advisers?|advisors?|panels?|groups?|boards?|forums?|networks?|leads?|consultants?)\b`,
    String.raw`\bexperts? by experience\b`,
    String.raw`\bpeer (?:researchers?|supporters?|mentors?|leaders?|reviewers?|evaluators?)\b`,
    String.raw`\bcommunity (?:champions?|researchers?|connectors?|reporters?|panels?|reference groups?)\b`,
    String.raw`\bcitizens['’]? (?:panels?|assembly|assemblies|jury|juries)\b`,
    String.raw`\b(?:residents['’]?|people['’]s|service users?['’]?|user|patient|patients['’]|carers['’]?|carer|parent carers?|parents['’]?|youth|young people['’]s|tenants['’]?|tenant|involvement|participation|co-design|design) (?:panels?|groups?|forums?|boards?|councils?|reference groups?|advisory groups?|steering groups?|networks?)\b`,
    String.raw`\byouth (?:council|parliament|assembly)\b`,
    String.raw`\byoung inspectors\b`,
  ].join('|'),
  'i',
);

/** Groups that may be officers only: a role for participants when people are put in them. */
const GROUP = /\b(?:steering|working|advisory|reference|project|programme|program|partnership|stakeholder|engagement) (?:groups?|boards?|panels?|committees?|forums?)\b|\bpanels?\b|\bforums?\b|\bboards?\b/i;
const WHO = String.raw`(?:residents?|people|participants|citizens|members of the public|service users?|patients?|carers?|families|parents?|young people|pupils|students|tenants?|older people|disabled people|people with lived experience|experts? by experience|volunteers|local people)`;
const COUNT = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|some|local|up to \d+)`;
/** "a panel of twelve residents". */
const GROUP_OF_PEOPLE = new RegExp(
  String.raw`\b(?:panel|group|forum|board|committee)s? (?:of|made up of) (?:${COUNT} )?(?:[\w'’-]+ )?${WHO}\b`,
  'i',
);
/** People put into a group named elsewhere in the sentence. */
const PEOPLE_JOIN = new RegExp(
  [
    String.raw`\b${WHO} (?:will |who |can |to )?(?:join|joins|sit on|sits on|serve on|serves on|be members of|become members of|are members of|make up)\b`,
    String.raw`\b(?:resident|carer|patient|tenant|parent|service user|lived[- ]experience|community|public|user) (?:members?|representatives?)\b`,
    String.raw`\b(?:including|includes|include|will include|with) (?:${COUNT} )?(?:[\w'’-]+ )?${WHO}\b`,
    String.raw`\b(?:seats?|places?) (?:for|on the (?:[\w'’-]+ ){1,2}for) ${WHO}\b`,
    String.raw`\b(?:members|they|who|you) (?:will |would |can |could |may )?(?:join|sit on|serve on)\b`,
    String.raw`\bco-?chair(?:s|ed|ing)?\b`,
  ].join('|'),
  'i',
);

/** A group by its name ("Parent Carer Forum", "youth council"), as opposed to a role a person holds. */
const GROUP_NOUN = /(?:panels?|groups?|forums?|boards?|councils?|networks?|assembly|assemblies|jury|juries|parliament|teams?|committees?)$/i;
/**
 * Going to meet a group that already exists: "we will meet parents at the Parent Carer Forum",
 * "visit the carers' group", "hold a session with the youth council". Matched against the clause
 * before the group's name (the last such verb); the words in between are checked separately.
 */
const VISIT =
  /\b(?:meet|visit|visits|visiting|attend|attending|go(?:ing)? (?:along )?to|goes (?:along )?to|drop(?:ping)? in (?:on|at|to)|pop(?:ping)? in (?:on|at|to)|talk(?:ing)? (?:to|with)|speak(?:ing)? (?:to|with)|present(?:ing)? to|ask(?:ing)?|contact(?:ing)?|hear(?:ing)? from|(?:sessions?|meetings?|workshops?|conversations?|discussions?|visits?|talks?|presentations?|stalls?|drop-ins?|focus groups?) (?:with|at|for))\b/gi;
/** Words between the visit and the group's name that mean people join it or it is set up for them. */
const NOT_A_VISIT =
  /\b(?:join|joins|joining|sit|sits|sitting|serve|serves|serving|become|becomes|recruit\w*|set up|sets up|setting up|establish\w*|form|forms|forming|create\w*|appoint\w*|elect\w*|co-?chair\w*|membership|new|as|monthly|weekly|fortnightly|quarterly|regularly|every (?:\w+ )?(?:week|month|quarter|year))\b/i;

const LOOK_BACK = 200;

/** The group the match names is only visited or met, not one that people take a role in. */
function visited(text: string, match: RegExpExecArray | RegExpMatchArray): boolean {
  if (!GROUP_NOUN.test(match[0])) return false;
  // Only the words just before the name matter; a bounded look-back keeps long sentences linear.
  const clause = text.slice(Math.max(0, match.index! - LOOK_BACK), match.index).split(/\b(?:but|while|whereas|then)\b|[.!?]\s/i).pop() ?? '';
  const visit = Array.from(clause.matchAll(VISIT)).pop();
  if (!visit) return false;
  const between = clause.slice(visit.index! + visit[0].length);
  const before = clause.slice(0, visit.index).split(/\b(?:and|or)\b/i).pop() ?? '';
  return !/[,;:()]/.test(between) && between.trim().split(/\s+/).length <= 8 && !NOT_A_VISIT.test(between) && !NOT_A_VISIT.test(before);
}

/** The first words naming an ongoing role in a sentence, skipping groups that are only visited. */
function roleIn(text: string): RegExpMatchArray | undefined {
  const first = (pattern: RegExp) => Array.from(text.matchAll(pattern)).find((m) => !visited(text, m));
  return first(ALL_ROLES) ?? first(ALL_GROUPS_OF_PEOPLE) ?? (PEOPLE_JOIN.test(text) ? first(ALL_GROUPS) : undefined);
}
const ALL_ROLES = new RegExp(ROLE.source, 'gi');
const ALL_GROUPS_OF_PEOPLE = new RegExp(GROUP_OF_PEOPLE.source, 'gi');
const ALL_GROUPS = new RegExp(GROUP.source, 'gi');

/** Money for people's time, or their costs covered. */
const PAYMENT = new RegExp(
  [
    String.raw`\b(?:pay|pays|paying) (?:you|them|participants|members|people|panel members|group members|everyone|each|all|contributors|volunteers|residents|carers|young people|for (?:your|their|people['’]s) (?:time|involvement|contribution|expertise)|£|travel|expenses)`,
    String.raw`\b(?:are|will be|is|be|get|gets|being) (?:paid|reimbursed|compensated|remunerated)\b`,
    String.raw`\bpaid (?:at|for (?:their|your)|£|an?)\b`,
    String.raw`\b(?:involvement|participation|sessional|attendance) (?:payments?|fees?)\b`,
    String.raw`\bpayment (?:policy|rates?|for (?:your|their) time|of £)`,
    String.raw`\bpayments? (?:for|to) (?:participants|members|people|panel|group)`,
    String.raw`\bhonorari(?:a|um|ums)\b`,
    String.raw`\b(?:vouchers?|gift cards?|expenses|out[- ]of[- ]pocket)\b`,
    String.raw`\breimburs\w*`,
    String.raw`\btravel (?:costs?|expenses|fares?|tickets?)\b`,
    String.raw`\b(?:pay|pays|cover|covers|covered|meet|reimburse|reimbursed|refund|refunded|paid for)(?: for)? (?:(?:your|their|any|all|the) )?(?:travel|childcare|child care|replacement care|care)\b`,
    String.raw`\b(?:childcare|child care|replacement care|care|travel)(?: costs?)? (?:is |are |will be )?(?:paid|covered|reimbursed|met)\b`,
    String.raw`£\s?\d[\d,.]*\s?(?:an|per|a) (?:hour|meeting|session|day|half[- ]day)\b`,
    String.raw`\b(?:NIHR payment|payment guidance)\b`,
  ].join('|'),
  'i',
);

/** Thanks that cost little and pay nothing: welcome, but no substitute for covering costs. */
const NON_MONETARY = new RegExp(
  [
    String.raw`\brefreshments\b`,
    String.raw`\bfree (?:lunch|food|meals?|parking)\b`,
    String.raw`\blunch (?:is |will be )?provided\b`,
    String.raw`\bcertificates?\b`,
    String.raw`\bletters? of (?:thanks|recognition|appreciation|reference)\b`,
    String.raw`\bthank-you (?:events?|gifts?|cards?|lunch)\b`,
    String.raw`\brewards?\b`,
    String.raw`\bincentives?\b`,
    String.raw`\b(?:training|development|learning|volunteering) opportunities\b`,
    String.raw`\bpersonal (?:and professional )?development\b`,
    String.raw`\bprofessional development\b`,
    String.raw`\breferences? for (?:jobs|employers|job applications|future employers)\b`,
    String.raw`\bcelebration events?\b`,
    String.raw`\backnowledg(?:e|es|ed|ing|ement|ements)? (?:of |for |in )?(?:your|their|people['’]s|participants['’]?|members['’]?) (?:time|contributions?|input|work)\b`,
    String.raw`\b(?:recognis|recogniz)(?:e|es|ed|ing) (?:your|their|people['’]s|participants['’]?|members['’]?) (?:time|contributions?|input|expertise|work)\b`,
    String.raw`\brecognition (?:of|for) (?:your|their|people['’]s) (?:time|contributions?|input|expertise)\b`,
  ].join('|'),
  'gi',
);

/** A section about recognising people's time, where the missing half belongs. */
const RECOGNITION_HEADING = /\b(?:payments?|paying (?:you|participants)|expenses|recognition|rewards?|recognising|recognizing|thank(?:ing)? (?:you|people))\b/i;

/** Sections a "Recognising your time" section naturally comes before. */
const COMES_BEFORE = [/\b(?:how we will know|evaluation|review|contact|get in touch|further information|more information|appendi(?:x|ces)|glossary|references)\b/i];

interface BlockFacts {
  /** The first sentence describing an ongoing role, and the words that name it. */
  role?: { sentence: number; quote: string };
  payment: boolean;
  /** The first sentence offering only thanks, and what it offers in its own words. */
  thanks?: { sentence: number; what: string };
}

function readBlock(block: BlockModel): BlockFacts {
  const facts: BlockFacts = { payment: false };
  block.sentences.forEach((sentence, index) => {
    if (block.units[sentence.unit].kind === 'heading') return;
    const text = sentence.text;
    if (!facts.role) {
      const m = roleIn(text);
      if (m) facts.role = { sentence: index, quote: m.index === 0 ? lowerFirst(m[0]) : m[0] };
    }
    if (!facts.payment && PAYMENT.test(text)) facts.payment = true;
    if (!facts.thanks) {
      const matches = Array.from(text.matchAll(NON_MONETARY));
      if (matches.length) facts.thanks = { sentence: index, what: offered(text, matches) };
    }
  });
  return facts;
}

export default defineDocumentRule({
  id: 'participant-recognition-missing',
  summary: 'The draft gives people ongoing roles but says nothing about paying them, covering their expenses or otherwise recognising their time.',
  why:
    'People who sit on panels and groups give hours of their time and expertise, and many pay to do it: bus fares, childcare, care for someone they look after. If nobody says what they will get back, the people who can least afford it drop out, and the group ends up hearing from those with time and money to spare.',
  howToFix:
    "Add a 'Recognising your time' section before anyone starts: the payment rate and what it covers, the expenses you will reimburse (travel, care, childcare) and how quickly, that people can choose not to be paid, and that you will explain any effect on benefits.",
  principles: [
    { name: 'Agree payment, expenses and recognition before involvement starts, so nobody is left out of pocket', ...SOURCES.nihrPayment },
    { name: 'Reciprocity: everyone gets something back for taking part', ...SOURCES.nihr },
    { name: 'Reciprocity: people get something back for putting something in', ...SOURCES.scie },
    { name: 'Mutuality and reciprocity', ...SOURCES.nef },
  ],
  defaultSeverity: 'warning',
  appliesTo: ['engagement-plan', 'strategy', 'service-design', 'policy'],
  fixKind: 'insert-section',
  messages: {
    missing:
      "People are asked to take on ongoing roles, such as '{role}', but nothing says how their time will be paid for or their expenses covered. Set out payment, expenses and any other recognition before they start, so nobody is out of pocket.",
    thanksOnly:
      "People's time is recognised here only with {what}, not with payment or expenses. At the very least cover travel, care and childcare costs so nobody is out of pocket, and say whether you will pay for people's time.",
  },
  messageSeverity: { thanksOnly: 'hint' },
  example: {
    flagged:
      '# Library service redesign\n\n## How people will be involved\n\nA panel of twelve residents who use the library will meet every month to shape the new service.\n',
    ok:
      '# Library service redesign\n\n## How people will be involved\n\nA panel of twelve residents who use the library will meet every month to shape the new service.\n\n## Recognising your time\n\nPanel members are paid £25 an hour, and we reimburse travel and childcare costs within ten working days.\n',
  },
  check(doc, context) {
    let role: SentenceRef & { quote: string } | undefined;
    let thanks: (SentenceRef & { what: string }) | undefined;
    for (const block of doc.blocks) {
      const facts = blockFact(block, 'participant-recognition', readBlock);
      if (facts.payment) return;
      if (!role && facts.role) role = { ...ref(block, facts.role.sentence), quote: facts.role.quote };
      if (!thanks && facts.thanks) thanks = { ...ref(block, facts.thanks.sentence), what: facts.thanks.what };
    }
    if (!role) return;
    if (thanks) {
      context.report({
        messageId: 'thanksOnly',
        data: { what: thanks.what },
        start: thanks.sentence.start,
        end: thanks.sentence.end,
        fixes: [completeRecognition(doc, thanks)],
      });
      return;
    }
    context.report({
      messageId: 'missing',
      data: { role: role.quote },
      ...doc.anchor,
      fixes: [
        insertSectionFix(doc, "Insert a 'Recognising your time' section", 'Recognising your time', COMES_BEFORE),
      ],
    });
  },
});

function ref(block: BlockModel, index: number): SentenceRef {
  const sentence = block.sentences[index];
  return { block, sentence, unit: block.units[sentence.unit] };
}

/** What a sentence offers: its own words when short ("refreshments and a certificate"), else a list. */
function offered(text: string, matches: RegExpMatchArray[]): string {
  const first = matches[0];
  const last = matches[matches.length - 1];
  const span = text.slice(first.index!, last.index! + last[0].length);
  if (span.split(' ').length <= 8) return first.index === 0 ? lowerFirst(span) : span;
  const items = [...new Set(matches.map((m) => m[0].toLowerCase()))];
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "Refreshments" at the start of a sentence reads as "refreshments" inside a message; "NHS" stays. */
function lowerFirst(text: string): string {
  return text.length > 1 && /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

/**
 * Under a heading about recognition, the snippet's sentences go at the end of that section;
 * anywhere else the whole section is inserted.
 */
function completeRecognition(doc: DocumentModel, thanks: SentenceRef): Fix {
  const snippet = snippetText('Recognising your time');
  const section = sectionAt(doc, thanks.sentence.start);
  if (!section || section.heading === doc.title || !RECOGNITION_HEADING.test(section.heading.text)) {
    return { title: "Insert a 'Recognising your time' section", edits: [insertSectionEdit(doc, snippet, COMES_BEFORE)], isPreferred: true };
  }
  const eol = eolOf(doc.text);
  const body = snippet.slice(snippet.indexOf('\n\n') + 2).replace(/\r?\n/g, eol);
  let end = section.end;
  while (end > section.start && ' \t\r\n'.includes(doc.text[end - 1])) end--;
  return { title: 'Add payment and expenses to this section', edits: [{ start: end, end, newText: `${eol}${eol}${body}` }], isPreferred: true };
}
