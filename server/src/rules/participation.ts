// Where a draft sits on the ladder of participation, judged by what it commits people to do
// (answer a survey, sit on a panel, design the options, share the decisions), not by the words
// it uses about itself. The words are reported separately as the level the draft claims, so a
// rule can compare the two. Every sentence is read once per block text (blockFact).
//
// The rungs follow the TLAP ladder of co-production, Arnstein's ladder, the IAP2 spectrum and
// NIHR's first principle of co-production (sharing of power).

import { blockFact, sectionAt, type BlockModel, type DocumentModel, type OffsetRange, type SentenceRef } from '../engine';

export const PARTICIPATION_LEVELS = ['inform', 'consult', 'involve', 'co-design', 'co-produce'] as const;
export type ParticipationLevel = (typeof PARTICIPATION_LEVELS)[number];

export interface ParticipationEstimate {
  /** The highest rung whose commitments the draft describes, or null when it describes none. */
  level: ParticipationLevel | null;
  /** One plain sentence naming the evidence, with a short quotation. */
  because: string;
  /** The highest rung the draft's wording claims ("co-production", "co-designed"…), or null. */
  claimed: ParticipationLevel | null;
}

/** A word that claims a rung, with its place in the sentence's text. */
export interface ClaimWord {
  from: number;
  to: number;
  level: ParticipationLevel;
}

/** A sentence that claims a rung ("We will co-produce the plan"), and the words that do it. */
export interface ParticipationClaim extends SentenceRef {
  words: ClaimWord[];
}

const INFORM = 0;
const CONSULT = 1;
const INVOLVE = 2;
const CO_DESIGN = 3;
const CO_PRODUCE = 4;

// ---- who takes part ------------------------------------------------------------------------

/** People taking part, as the subject or object of a commitment. */
const PEOPLE = String.raw`(?:residents|local people|people|participants|citizens|members of the public|the public|(?:local )?communit(?:y|ies)(?: members)?|service users|people who use (?:the |our |this |these )?services?|patients|(?:unpaid )?carers|families|parents(?: and carers)?|young people|children and young people|children|pupils|students|tenants|older people|disabled people|users|experts? by experience|people with lived experience|(?:panel|group|forum|assembly|jury|network) members|members of the (?:panel|group|forum|assembly|jury|network)|peer researchers|community champions|volunteers|the (?:[\w'’-]+ )?(?:panel|group|forum|assembly|jury|network))`;

/** One person taking part ("chaired by a resident"). */
const PERSON = String.raw`(?:(?:a|an|one of (?:the |our |its )?) )?(?:resident|person with lived experience|carer|parent|young person|patient|tenant|member of the (?:public|panel|group|forum)|citizen|volunteer|expert by experience|service user|community member|${PEOPLE})`;

/** A subject: people, perhaps qualified ("people with lived experience of the service") or joined by staff. */
const SUBJECT = String.raw`\b${PEOPLE}(?: (?:of|on|from|in|at) (?:the |a |an |our |this |their )?[\w'’-]+(?: [\w'’-]+)?)?(?: and (?:officers|staff|the council|us|we|councillors|professionals|clinicians|commissioners|practitioners))?`;

/** Words between a subject and its verb: "will", "will also", "are going to"… */
const AUX = String.raw`(?:(?:will|would|shall|also|together|jointly|then|now|all|are going to|will be able to|get to|are to|have the power to|have the right to) ){0,2}`;

/** People or a group named anywhere in a sentence, for signals that need someone to hold them. */
const PEOPLE_ANYWHERE =
  /\b(?:residents?|people|person|participants?|citizens?|members of the public|the public|communit(?:y|ies)|service users?|patients?|carers?|families|parents?|young (?:people|person)|children|pupils|students|tenants?|older people|disabled people|users|experts? by experience|lived[- ]experience|peer researchers?|community champions?|volunteers?|(?:panel|group|forum) members?)\b/i;
const GROUP_OR_PEOPLE = new RegExp(String.raw`${PEOPLE_ANYWHERE.source}|\b(?:group|panel|forum|assembly|jury|network|they)\b`, 'i');
/** The organisation holding the money itself ("The council holds the budget"). */
const ORGANISATION_HOLDS = /\b(?:council|we|officers|cabinet|the trust|the authority|the icb|commissioners|the board) (?:will )?(?:controls?|holds?|manages?|keeps?)\b/i;

/** Decisions about one person's own care: shared decision-making in the clinical sense, not governance. */
const OWN_CARE = /\b(?:about|over|in|on) (?:their|your|his|her|my) (?:own )?(?:care|treatment|support|health|medication|medicines|lives|life|care plans?|support plans?)\b/i;

/** Where governance happens: seats here are seats at the table, not a place on a panel. */
const GOVERNANCE = String.raw`(?:board|committee|steering group|steering committee|project group|programme group|program group|governance group|management group|commissioning (?:group|panel|board)|executive|leadership team|partnership)`;

// ---- co-produce: shared decisions, seats, budget, delivery ----------------------------------

const DECIDE = String.raw`(?:(?:decide|decides|decided)\b(?! (?:whether|if|how (?:to|they|you|we)|to (?:take part|join|respond|attend|leave|come|stop|move|use|go|visit|stay|live)|not to|when to|where to|what to (?:share|say|tell)|for themselves))|(?:vote|votes|voted) (?:on|for which|to (?:choose|decide|select|approve|fund|agree))\b|(?:make|makes|made) (?:the |all |key |final |joint |real |shared )?decisions?|(?:sign|signs|signed) off|(?:approve|approves|approved)\b(?! of)|(?:choose|chooses|chose) (?:between|from|which (?!(?:session|event|workshop|date|time|format|venue|way|day|meeting)s?\b))|(?:select|selects|selected) (?:which|the winning|between)|(?:allocate|allocates|allocated)\b|(?:set|sets) (?:the )?(?:priorities|budget|agenda)|(?:agree|agrees|agreed) (?:on )?(?:the|which) (?:final )?(?:priorities|plan|design|budget|options?|decision|recommendations|spending)|(?:have|has) (?:the final|an equal|a formal|the deciding) (?:say|vote)|(?:have|has|hold|holds) (?:a |the )?(?:vote|veto))`;

const DESIGN_VERB = String.raw`(?:help (?:to )?(?:design|redesign|develop|draw up|draft|write|create|plan)|(?:design|designs|designed|redesign|redesigns|redesigned|develop|develops|developed|shape|shapes|shaped|draw up|draws up|drew up|draft|drafts|drafted|write|writes|wrote|create|creates|created|plan|plans|planned|come up with|came up with|build|builds|built|prototype|prototypes|prototyped))`;

const DESIGN_OBJECT = String.raw`(?:options?|proposals?|ideas|plans?|services?|designs?|layouts?|questions|survey|questionnaire|priorities|criteria|solutions|specifications?|materials|resources|leaflets?|strategy|policy|pathways?|model|programme|program|project|vision|recommendations|prototypes?|space|spaces|centre|center|building|garden|park|hub|website|app|offer|area|room|menu|timetable|content|campaign|brief|charter|standards|toolkit|guidance|training|approach|process|way we work|service model)`;

interface Signal {
  level: number;
  /** The evidence in a few plain words, completed with a quotation to make `because`. */
  what: string;
  re: RegExp;
  /** Something else the sentence must mention. */
  needs?: RegExp;
  /** Something that makes the match mean something else. */
  unless?: RegExp;
}

const re = (parts: string[]) => new RegExp(parts.join('|'), 'i');

const SIGNALS: Signal[] = [
  // co-produce
  {
    level: CO_PRODUCE,
    what: 'Participants make or share decisions',
    re: new RegExp(String.raw`${SUBJECT} ${AUX}${DECIDE}`, 'i'),
    unless: OWN_CARE,
  },
  {
    level: CO_PRODUCE,
    what: 'Decisions are made jointly with participants',
    re: re([
      String.raw`\b(?:joint|shared|equal) (?:decision[- ]making|decisions?|governance|leadership|say|vote|votes|voting rights)\b`,
      String.raw`\bjoint ownership\b`,
      String.raw`\bdecisions? (?:are|will be|is|get|will get) (?:made|taken) (?:jointly|together|collectively|by consensus|by (?:the )?${PEOPLE})`,
      String.raw`\b(?:final )?decisions? (?:rests?|will rest|lies|will lie) with ${PEOPLE}`,
      String.raw`\b(?:decide|decides|make decisions|make the decisions|agree|choose) (?:[\w'’-]+ ){0,2}?(?:together|jointly) with\b`,
      String.raw`\b(?:decide|decisions?|make decisions) (?:together|jointly)\b`,
      String.raw`\bco-?decid(?:e|es|ed|ing)\b`,
      String.raw`\byou (?:will |get to )?(?:vote (?:on|for)|decide (?:which|how the|how much|where the money|what the money))\b`,
      String.raw`\b(?:together|jointly),? (?:we|they) will (?:decide|make (?:the )?decisions|choose|agree)\b`,
    ]),
    unless: OWN_CARE,
  },
  {
    level: CO_PRODUCE,
    what: "Participants' recommendations will be followed",
    re: /\b(?:follow|implement|accept|act on|adopt|be bound by) (?:all |all of |each of )?(?:its|their|the (?:[\w'’-]+ )?(?:group|panel|forum|assembly|jury|network)['’]s) (?:recommendations|decisions?|choices?|proposals)\b/i,
  },
  {
    level: CO_PRODUCE,
    what: 'Participants hold seats in governance',
    re: new RegExp(
      String.raw`${SUBJECT} ${AUX}(?:sit|sits|serve|serves|have (?:[\w'’-]+ ){0,3}?(?:seats?|places?|votes?)|has (?:[\w'’-]+ ){0,3}?(?:seats?|places?|votes?)|hold (?:[\w'’-]+ ){0,3}?(?:seats|places)|holds (?:[\w'’-]+ ){0,3}?(?:seats|places)|be (?:full |voting |equal )?members|are (?:full |voting |equal )?members) (?:on|of) (?:the |our |its |each |every )?(?:[\w'’-]+ ){0,2}?${GOVERNANCE}\b`,
      'i',
    ),
  },
  {
    level: CO_PRODUCE,
    what: 'Participants hold seats in governance',
    re: new RegExp(String.raw`\b(?:seats?|places?|voting rights|votes?) (?:for [\w'’ -]{1,40}? )?on (?:the |our |its )?(?:[\w'’-]+ ){0,2}?${GOVERNANCE}\b`, 'i'),
    needs: PEOPLE_ANYWHERE,
  },
  {
    level: CO_PRODUCE,
    what: 'Participants chair or co-chair the group',
    re: /\bco-?chair(?:s|ed|ing)?\b/i,
    needs: PEOPLE_ANYWHERE,
  },
  {
    level: CO_PRODUCE,
    what: 'Participants chair or co-chair the group',
    re: new RegExp(String.raw`\bchaired by ${PERSON}|${SUBJECT} ${AUX}(?:chair|chairs|chaired) (?:the|each|every|our|its)\b`, 'i'),
  },
  {
    level: CO_PRODUCE,
    what: 'Participants control a budget',
    re: re([String.raw`\bparticipatory budget\w*`, String.raw`\bdelegated (?:budgets?|powers?|authority|decision[- ]making|funding|funds?)\b`]),
  },
  {
    level: CO_PRODUCE,
    what: 'Participants control a budget',
    re: re([
      String.raw`\b(?:controls?|controlled|holds?|held|manages?|managed|allocates?|allocated|spends?|owns?|has|have|decides? how to spend|decided how to spend) (?:a|the|its|their) (?:own )?(?:ring-fenced |delegated |community |small |annual )?(?:budget|fund|grants? pot|pot of money)\b`,
      String.raw`\bdecide how (?:the|its|their) (?:[\w'’-]+ )?(?:budget|money|funding|fund) (?:is|will be) spent\b`,
    ]),
    needs: GROUP_OR_PEOPLE,
    unless: ORGANISATION_HOLDS,
  },
  {
    level: CO_PRODUCE,
    what: 'Participants control a budget',
    re: new RegExp(String.raw`\b(?:budget|fund|pot) of £[\d,.]+(?:[km]| million| thousand)? (?:that |which )?(?:is |will be )?(?:controlled|held|managed|allocated|spent|decided) by ${PEOPLE}`, 'i'),
  },
  {
    level: CO_PRODUCE,
    what: 'Participants deliver the work with you',
    re: /\bco-?(?:deliver|delivers|delivered|delivering|delivery|facilitate|facilitates|facilitated|facilitating|run|runs|lead|leads|led)\b/i,
    needs: PEOPLE_ANYWHERE,
  },
  {
    level: CO_PRODUCE,
    what: 'Participants deliver the work with you',
    re: re([
      String.raw`\b(?:peer|user|citizen|resident|patient|carer|youth|people)[- ]led\b`,
      String.raw`\bled by ${PEOPLE}`,
      String.raw`${SUBJECT} ${AUX}(?:deliver|delivers|delivered|run|runs|ran|lead|leads|led|facilitate|facilitates|facilitated|train|trains|trained|carry out|carries out|carried out|conduct|conducts|conducted) (?:the |some |all |our |each |these |their own |peer |community )?(?:[\w'’-]+ )?(?:sessions?|workshops?|training|service|services|groups?|activities|project|research|interviews?|visits|inspections?|evaluation|meetings)\b`,
      String.raw`\b(?:deliver|delivers|delivered|run|runs|provide|provides|provided) (?:[\w'’-]+ ){0,3}?(?:together|jointly) with ${PEOPLE}`,
    ]),
  },
  // co-design
  {
    level: CO_DESIGN,
    what: 'People design or shape it with you',
    re: new RegExp(
      String.raw`(?<![\w-])(?:(?:designed|redesigned|shaped|written|drafted|drawn up|created|planned|co-written) (?:together |jointly )?(?:by|with|alongside|in partnership with|together with)|developed (?:by|jointly with|together with|in partnership with)) ${PEOPLE}(?!['’]| views| feedback| comments| responses| input)`,
      'i',
    ),
  },
  {
    level: CO_DESIGN,
    what: 'Participants design or shape the options',
    re: new RegExp(String.raw`${SUBJECT} ${AUX}${DESIGN_VERB} (?:[\w'’-]+ ){0,2}?${DESIGN_OBJECT}\b`, 'i'),
  },
  {
    level: CO_DESIGN,
    what: 'You work with people to design it',
    re: new RegExp(
      String.raw`\b(?:work|works|worked|working) (?:closely |together )?(?:with|alongside) ${PEOPLE} to (?:design|redesign|develop|shape|create|write|draw up|draft|plan|build|come up with)\b`,
      'i',
    ),
  },
  {
    level: CO_DESIGN,
    what: 'People take part in design workshops',
    re: /(?<![\w-])design (?:workshops?|sessions?|sprints?|labs?|groups?|teams?|panels?|days?|events?)\b/i,
    needs: PEOPLE_ANYWHERE,
  },
  {
    level: CO_DESIGN,
    what: 'People design it together with you',
    re: /\b(?:jointly|together),? (?:we|they|you) (?:will |can )?(?:design|redesign|develop|shape|create|write|draw up)\b|\b(?:jointly|together) (?:design|redesign|develop|shape|create|write|draw up)\b/i,
  },
  // involve
  {
    level: INVOLVE,
    what: 'People are involved through an ongoing group',
    re: re([
      String.raw`(?<!solar |interview |judging |display |control |information |expert )\bpanels?\b`,
      // A bare "forum" is often an existing organisation used for outreach ("a session with the
      // disability forum"), not a group this work sets up; named kinds of forum are below.
      String.raw`\bcitizens['’]? (?:assembly|assemblies|jury|juries)\b`,
      String.raw`\b(?:steering|working|advisory|reference|project|design|involvement|participation|co-production|coproduction|co-design|user|patient|carers['’]?|parents['’]?|youth|tenants['’]?|residents['’]?|lived[- ]experience) (?:groups?|boards?|panels?|councils?|forums?)\b`,
      String.raw`\b(?:involvement|participation|lived[- ]experience|carers['’]?|patient|user) networks?\b`,
      String.raw`\byouth (?:council|parliament|assembly)\b`,
      String.raw`\bexperts? by experience\b`,
      String.raw`\bpeer (?:researchers?|supporters?|mentors?|leaders?|reviewers?)\b`,
      String.raw`\bcommunity (?:champions?|researchers?|connectors?|reporters?)\b`,
      String.raw`\blived[- ]experience (?:members?|roles?|representatives?|partners?|advisers?|advisors?)\b`,
    ]),
  },
  {
    level: INVOLVE,
    what: 'People are involved on an ongoing basis',
    re: re([
      String.raw`\b(?:regular|monthly|quarterly|fortnightly|weekly|termly|ongoing|continuing|continuous) (?:meetings?|sessions?|workshops?|conversations?|dialogue|involvement|engagement|contact|check-ins?)\b`,
      String.raw`\bmeets? (?:regularly|monthly|quarterly|fortnightly|weekly|every (?:week|month|quarter|two weeks|two months|three months|six weeks|few weeks))\b`,
      String.raw`\binvolved (?:throughout|at (?:every|each|all) stages?|from (?:the )?(?:start|beginning|outset)|in (?:every|each|all) stages?)\b`,
      String.raw`\bworkshops?\b`,
      String.raw`\b(?:work|works|worked|working) (?:closely |together )?(?:with|alongside) ${PEOPLE}`,
    ]),
  },
  // consult
  {
    level: CONSULT,
    what: 'People are asked for their views',
    re: re([
      String.raw`\b(?:surveys?|questionnaires?|have your say|focus groups?|drop-ins?|listening (?:events?|sessions?)|public meetings?|interviews?)\b`,
      String.raw`\b(?:consultation|engagement) (?:period|events?|sessions?|document|questions|runs|opens|closes|will (?:run|open|close))\b`,
      String.raw`\b(?:we are consulting|public consultation|what do you think)\b`,
      String.raw`\bconsult(?:s|ed|ing)? (?:with )?(?:you|${PEOPLE}|stakeholders|partners)\b`,
      String.raw`\b(?:tell|give|send|share with) us (?:your|what you|how you|about)\b`,
      String.raw`\bwe (?:want|would like|['’]d like) to (?:hear|know|understand) (?:your|what|how|from|about)\b`,
      String.raw`\b(?:ask|asking|asked|seek|seeking|invite|inviting|gather|gathering|collect|collecting|welcome|listen to|listening to) (?:for )?(?:(?:your|their|people['’]s|residents['’]|the public['’]s|everyone['’]s) )?(?:views|comments|feedback|opinions|ideas|thoughts|responses)\b`,
      String.raw`\brespond(?:ing)? to (?:this|the|our) (?:consultation|survey|questionnaire|proposals?)\b`,
      String.raw`\bhelp (?:to )?shape\b`,
      String.raw`\bengag(?:e|es|ed|ing|ement) (?:with )?${PEOPLE}`,
    ]),
  },
  // inform
  {
    level: INFORM,
    what: 'People are only told about it',
    re: re([
      String.raw`\b(?:we will|we['’]ll|we are going to|we plan to) (?:tell|inform|let (?:you|people|residents|everyone) know|update|notify|write to|send|publish|share|post|display|explain)\b`,
      String.raw`\b(?:newsletters?|leaflets?|posters?|press releases?|information (?:sessions?|events?|packs?|leaflets?|stands?)|briefings?)\b`,
      String.raw`\bkeep (?:you|people|residents|everyone|the public|communities|tenants) (?:informed|updated|up to date)\b`,
      String.raw`\b(?:published|available) on (?:our|the) (?:website|web page|intranet)\b`,
    ]),
  },
];

/** A heading over questions for people to answer. */
const QUESTIONS_HEADING = /\b(?:questions?|questionnaire|survey|have your say|how to respond)\b/i;

// ---- claims -----------------------------------------------------------------------------------

/** "co-production", "co-produce", "co-designed", "co-create"…, with or without the hyphen. */
const CLAIM = /\bco[-\u2010\u2011]?(?:produc(?:e|es|ed|ing|tion|tions)|design(?:s|ed|ing|ers?)?|creat(?:e|es|ed|ing|ion|ions))\b/gi;
/** Names that contain the word without claiming anything ("Co-production Network for Wales"). */
const PROPER_NAME_AFTER = /^\s+(?:Network|Week|Collective|Lab|Scotland|Wales|Advisory Group|Award|Awards)\b/;
/** A sentence that defines the term rather than claims it ("Co-production: a way of working…"). */
const DEFINITION =
  /^["'‘“(]*co[-\u2010\u2011]?(?:production|design|creation|produce|create)["'’”)]*(?:\s*[:–—]|\s+-\s|\s+means\b|\s+(?:is|refers to|describes) (?:a|an|the) (?:way|approach|process|term|method|model|practice|word)\b)/i;
const FIRST_PERSON = /\b(?:we|our|us)\b/i;
/** A sentence walking through the rungs of a ladder or spectrum. */
const LADDER_WORD = /\b(?:ladder|spectrum|levels?|rungs?|continuum|scale)\b/i;
const LEVEL_NAME =
  /\b(?:inform(?:ing)?|consult(?:ation|ing)?|involve(?:ment)?|engagement|collaborat(?:e|ion)|empower(?:ment)?|co-?design|co-?production|placation|manipulation|partnership|delegated power|citizen control|educating|coercion)\b/gi;
/** Sections that explain words rather than commit to anything. */
const GLOSSARY_HEADING =
  /\b(?:glossary|definitions?|key (?:terms|words)|jargon|terms (?:we use|used)|what (?:we|these words|the words|do we) mean|what we mean by|what (?:is|does) co-?|ladder of (?:co-?production|participation|engagement))\b/i;

const NEGATORS = new Set(['not', 'no', 'never', 'without', 'cannot', 'nor', 'neither', 'than', 'instead', 'unless', 'if', 'whether']);

/** Whether a negation comes just before a match ("this is not co-production"). */
function negatedBefore(text: string, at: number): boolean {
  let prefix = text.slice(Math.max(0, at - 60), at);
  const clause = Math.max(prefix.lastIndexOf(','), prefix.lastIndexOf(';'), prefix.lastIndexOf(':'), prefix.lastIndexOf('('));
  if (clause >= 0) prefix = prefix.slice(clause + 1);
  const words = prefix.toLowerCase().split(/\s+/).filter(Boolean).slice(-4);
  return words.some((w, i) => {
    if ((w === 'not' || w === 'no') && (words[i + 1] === 'only' || words[i + 1] === 'just')) return false;
    return NEGATORS.has(w) || w.endsWith("n't") || w.endsWith('n’t');
  });
}

// ---- facts per block --------------------------------------------------------------------------

interface Hit {
  sentence: number;
  signal: number;
  quote: string;
}

interface ClaimHit {
  sentence: number;
  /** Bit set of the levels claimed. */
  levels: number;
  words: Array<{ from: number; to: number; level: number }>;
}

interface BlockFacts {
  /** Evidence by level, in sentence order. */
  evidence: Hit[][];
  claims: ClaimHit[];
  /** Indexes in `headings` of the block's glossary headings. */
  glossary: number[];
}

function blockFacts(block: BlockModel): BlockFacts {
  return blockFact(block, 'participation', readBlock);
}

function readBlock(block: BlockModel): BlockFacts {
  const evidence: Hit[][] = PARTICIPATION_LEVELS.map(() => []);
  const claims: ClaimHit[] = [];
  const questionSentences = new Set(block.questions.map((q) => q.sentence));
  block.sentences.forEach((sentence, index) => {
    const text = sentence.text;
    const unit = block.units[sentence.unit];
    const heading = unit.kind === 'heading';
    const isQuestion = text.trimEnd().endsWith('?');
    if (DEFINITION.test(text) && !FIRST_PERSON.test(text)) return;
    if (isLadder(text)) return;
    if (!isQuestion) {
      const words = claimWords(text);
      if (words.length) claims.push({ sentence: index, levels: words.reduce((bits, w) => bits | (1 << w.level), 0), words });
    }
    if (heading) {
      if (QUESTIONS_HEADING.test(text)) evidence[CONSULT].push({ sentence: index, signal: -1, quote: text });
      return;
    }
    if (questionSentences.has(index) && (unit.listItem || block.questions.some((q) => q.sentence === index && q.label))) {
      evidence[CONSULT].push({ sentence: index, signal: -2, quote: text });
    }
    SIGNALS.forEach((signal, s) => {
      const list = evidence[signal.level];
      if (list.length && list[list.length - 1].sentence === index) return;
      const m = signal.re.exec(text);
      if (!m) return;
      if (signal.needs && !signal.needs.test(text)) return;
      if (signal.unless && signal.unless.test(text)) return;
      if (negatedBefore(text, m.index)) return;
      list.push({ sentence: index, signal: s, quote: m[0] });
    });
  });
  const glossary = block.headings.flatMap((h, i) => (GLOSSARY_HEADING.test(h.text) ? [i] : []));
  return { evidence, claims, glossary };
}

function isLadder(text: string): boolean {
  if (!LADDER_WORD.test(text)) return false;
  const names = new Set((text.match(LEVEL_NAME) ?? []).map((n) => n.toLowerCase().replace(/-/g, '').slice(0, 6)));
  return names.size >= 2;
}

function claimWords(text: string): Array<{ from: number; to: number; level: number }> {
  const words: Array<{ from: number; to: number; level: number }> = [];
  for (const m of text.matchAll(CLAIM)) {
    const from = m.index!;
    const to = from + m[0].length;
    if (negatedBefore(text, from)) continue;
    if (text.slice(Math.max(0, from - 12), from).toLowerCase().trimEnd().endsWith('ladder of')) continue;
    if (PROPER_NAME_AFTER.test(text.slice(to, to + 20))) continue;
    words.push({ from, to, level: /produc/i.test(m[0]) ? CO_PRODUCE : CO_DESIGN });
  }
  return words;
}

// ---- the document ---------------------------------------------------------------------------

/** The sections that explain terms (a glossary), where nothing counts as a claim or a commitment. */
function glossaryRanges(doc: DocumentModel): OffsetRange[] {
  const ranges: OffsetRange[] = [];
  for (const block of doc.blocks) {
    for (const i of blockFacts(block).glossary) {
      const section = sectionAt(doc, block.headings[i].start);
      if (section) ranges.push(section);
    }
  }
  return ranges;
}

const inside = (ranges: readonly OffsetRange[], offset: number) => ranges.some((r) => offset >= r.start && offset < r.end);

/** Where the draft sits on the ladder, from what it commits to, and what its wording claims. */
/** One estimate per document model: power-sharing-missing and the checker both ask for it on every check. */
const estimates = new WeakMap<DocumentModel, ParticipationEstimate>();

export function estimateParticipation(doc: DocumentModel): ParticipationEstimate {
  let estimate = estimates.get(doc);
  if (!estimate) estimates.set(doc, (estimate = computeEstimate(doc)));
  return estimate;
}

function computeEstimate(doc: DocumentModel): ParticipationEstimate {
  const glossary = glossaryRanges(doc);
  let claimed = -1;
  for (const block of doc.blocks) {
    const { claims } = blockFacts(block);
    for (const claim of claims) {
      const top = claim.levels & (1 << CO_PRODUCE) ? CO_PRODUCE : CO_DESIGN;
      if (top <= claimed) continue;
      if (glossary.length && inside(glossary, block.sentences[claim.sentence].start)) continue;
      claimed = top;
    }
    if (claimed === CO_PRODUCE) break;
  }
  const found = strongestEvidence(doc, glossary);
  return {
    level: found ? PARTICIPATION_LEVELS[found.level] : null,
    because: found ? `${found.what} ('${quote(found.quote)}').` : 'Nothing in the draft says how people will take part.',
    claimed: claimed >= 0 ? PARTICIPATION_LEVELS[claimed] : null,
  };
}

/** The first sentence claiming a rung, outside any glossary. */
export function firstClaim(doc: DocumentModel, level: ParticipationLevel): ParticipationClaim | undefined {
  const bit = 1 << PARTICIPATION_LEVELS.indexOf(level);
  let glossary: OffsetRange[] | undefined;
  for (const block of doc.blocks) {
    for (const claim of blockFacts(block).claims) {
      if (!(claim.levels & bit)) continue;
      const sentence = block.sentences[claim.sentence];
      glossary ??= glossaryRanges(doc);
      if (glossary.length && inside(glossary, sentence.start)) continue;
      const words = claim.words.map((w) => ({ from: w.from, to: w.to, level: PARTICIPATION_LEVELS[w.level] }));
      return { block, sentence, unit: block.units[sentence.unit], words };
    }
  }
  return undefined;
}

function strongestEvidence(doc: DocumentModel, glossary: readonly OffsetRange[]): { level: number; what: string; quote: string } | undefined {
  for (let level = CO_PRODUCE; level >= INFORM; level--) {
    for (const block of doc.blocks) {
      for (const hit of blockFacts(block).evidence[level]) {
        if (glossary.length && inside(glossary, block.sentences[hit.sentence].start)) continue;
        const what = hit.signal === -1 ? 'The draft asks people questions' : hit.signal === -2 ? 'People are asked questions' : SIGNALS[hit.signal].what;
        return { level, what, quote: hit.quote };
      }
    }
  }
  return undefined;
}

/** A short quotation: at most eight words, white space collapsed. */
function quote(text: string): string {
  const words = text.trim().split(/\s+/);
  if (words.length > 8) return `${words.slice(0, 8).join(' ')} …`;
  let short = words.join(' ');
  while (short && '.,;:!?'.includes(short[short.length - 1])) short = short.slice(0, -1);
  return short;
}
