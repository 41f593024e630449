// Words to avoid in public writing, with plain alternatives: the GOV.UK style guide's "words to
// avoid" (as reported at its 2013 launch) and the Local Government Association's list of words
// councils should not use. Data in the manner of retext-equality: each entry has the phrase, the
// plain alternatives, a note on why, and which sense is meant, so the `jargon` rule only fires on
// the sense the lists warn about ("key" as an adjective, "impact" as a verb, "deliver" with an
// abstract object, "foster" not about foster care).
//
// Patterns must stay linear: they run on every sentence of multi-megabyte drafts.

export const GOVUK_WORDS_TO_AVOID = {
  source: 'GOV.UK style guide, words to avoid (as reported at its launch, 2013)',
  url: 'http://www.itv.com/news/2013-07-26/whitehall-new-style-guide-bans-pointless-jargon/',
} as const;

export const LGA_BANNED_WORDS = {
  source: 'Local Government Association, list of words councils should avoid (2009)',
  url: 'https://adaged.blogspot.com/2009/03/banned-words.html',
} as const;

export const PLAIN_ENGLISH_CAMPAIGN = {
  source: 'Plain English Campaign, How to write in plain English',
  url: 'https://is.muni.cz/el/phil/podzim2017/CJVAPS/howtowriteplainenglish.txt?kod=aVLHE0221c&predmet=1327141',
} as const;

export const GOVUK_SENTENCE_LENGTH = {
  source: 'GOV.UK style guidance: split sentences over 25 words (as summarised in a writing-for-the-web course)',
  url: 'https://automate.video/writing_for_the_web_training_course_pb2609e50',
} as const;

/** What a sense check can see: the sentence (quotes straightened) and where the match is. */
export interface Place {
  text: string;
  start: number;
  end: number;
  /** The matched form, lower case, runs of space made single. */
  form: string;
}

export interface PlainWord {
  /** The word or phrase as the lists give it, shown in docs. */
  phrase: string;
  /** Every written form to match, lower case; a space or hyphen matches either. */
  forms: readonly string[];
  /** Plain alternatives, best first. */
  plain: readonly string[];
  /** Why to avoid it, one short sentence ending with a full stop. */
  note: string;
  list: 'govuk' | 'lga';
  /** The sense the lists warn about; without it every use counts. */
  sense?: (place: Place) => boolean;
  /**
   * A one-for-one swap by form (keeping case), offered as the quick fix when `swapWhen` (if
   * given) holds; absent where the plain wording depends on what is meant.
   */
  swap?: Readonly<Record<string, string>>;
  swapWhen?: (place: Place) => boolean;
}

const after = (p: Place, n = 60) => p.text.slice(p.end, p.end + n).toLowerCase();
const before = (p: Place, n = 60) => p.text.slice(Math.max(0, p.start - n), p.start).toLowerCase();

/** Objects that cannot be carried to a door: the GOV.UK list allows delivering pizzas, post and services. */
const ABSTRACT_OBJECT =
  /^\s+(?:(?:a|an|the|our|their|its|this|these|those|real|better|more|further|significant|lasting|positive|meaningful|tangible|key|major|greater|sustainable|long-term|measurable|clear)\s+){0,3}(?:improvements?|priorit(?:y|ies)|outcomes?|changes?|benefits?|value|results?|savings?|visions?|strateg(?:y|ies)|plans?|ambitions?|objectives?|aims?|goals?|commitments?|promises?|transformation|growth|efficienc(?:y|ies)|agendas?|targets?|progress|impact|success|excellence|innovation|regeneration|reform|equality|inclusion|priorit(?:y|ies))\b/;
const MODAL_OR_SUBJECT =
  /\b(?:to|will|would|could|can|may|might|must|should|shall|not|we|they|it|this|that|which|who|also|directly|negatively|adversely|positively|significantly|seriously|further|badly|greatly|does|do|did|could\s+also|may\s+also)\s+$/;

/** Physical or technical senses of "deploy": code, releases and servers are deployed. */
const DEPLOY_PEOPLE = /^\s+(?:(?:the|our|their|more|extra|additional|its|a|an)\s+)?(?:staff|officers?|resources|teams?|workers|funding|money|people|volunteers|budgets?|capacity|expertise|skills|personnel)\b/;
const FOSTER_ABSTRACT =
  /^\s+(?:(?:a|an|the|greater|more|stronger|better|closer|good|positive|shared|new)\s+){0,2}(?:culture|sense|relationships?|trust|collaboration|innovation|partnerships?|links|co-?operation|engagement|understanding|environment|learning|inclusion|growth|goodwill|cohesion|dialogue|creativity|ownership|connections?|participation|resilience|independence|pride|spirit|ethos|openness)\b/;
const PROMOTE_ABSTRACT =
  /^\s+(?:(?:a|an|the|greater|better|wider|more|stronger|good|positive|shared)\s+){0,2}(?:awareness|understanding|inclusion|inclusivity|diversity|collaboration|innovation|best\s+practice|good\s+practice|learning|engagement|participation|involvement|co-?production|culture|values|sharing|ease|cohesion|resilience|ownership|change|growth|excellence|transparency|accountability|partnerships?|joint\s+working|integration|self-care|healthy\s+lifestyles?|ethical|independence|opportunities\s+for)\b/;
const RUN_OBJECT = /^\s+(?:(?:a|an|the|our|their|each|every|these|those|this|regular|monthly|weekly|local|online|community)\s+){0,2}(?:workshops?|sessions?|meetings?|groups?|discussions?|events?|forums?|panels?|conversations?|focus\s+groups?)\b/;
const ACCEPTED_KEY_NOUN =
  /^\s+(?:performance\s+indicators?|dates|facts|material|based|management|exchange|rotation|length|sizes?|values?|ids?|stores?|events?|workers?|stages?|safes?|rings?|cards?|fobs?|holders?|codes?|pads?|boards?|words?|strokes?|press|presses|chains?|signatures?|pairs?|files?|vaults?|bindings?|features?\s+of\s+the\s+lock|and|or|to|is|are|was|were|in|on|for|of|with|that|which|from)\b/;
const KEY_PREFIX = /\b(?:api|private|public|encryption|access|secret|house|door|car|front-door|spare|ssh|license|licence|product|primary|foreign|composite|sort|hot|the\s+key\s+to)\s+$/;

export const PLAIN_WORDS: readonly PlainWord[] = [
  {
    phrase: 'agenda (unless it is for a meeting)',
    forms: ['agenda', 'agendas'],
    plain: ['plan'],
    note: 'It is vague unless it means the list of items for a meeting.',
    list: 'govuk',
    sense: (p) =>
      !/\b(?:an|meeting|session|workshop|draft|prepare\s+the|send\s+the|share\s+the|set\s+the\s+meeting)\s+$/.test(before(p, 30)) &&
      !/\b(?:meetings?|minutes|items?|board|committee|sessions?|workshops?|papers|calls?|cabinet|council\s+meeting|forums?|chair|attendees|kick-?off)\b/.test(
        p.text.toLowerCase(),
      ),
    swap: { agenda: 'plan', agendas: 'plans' },
  },
  {
    phrase: 'collaborate',
    forms: ['collaborate', 'collaborates', 'collaborated', 'collaborating'],
    plain: ['work with', 'work together'],
    note: 'It is a formal way of saying working with people.',
    list: 'govuk',
    swap: { collaborate: 'work', collaborates: 'works', collaborated: 'worked', collaborating: 'working' },
    swapWhen: (p) => /^\s+with\b/.test(after(p)),
  },
  {
    phrase: 'combat (as a verb)',
    forms: ['combat', 'combats', 'combating', 'combatting', 'combated', 'combatted'],
    plain: ['solve', 'stop', 'reduce'],
    note: 'It is a military metaphor that does not say what you will do.',
    list: 'govuk',
    sense: (p) => p.form !== 'combat' || /\b(?:to|will|we|help|helps|and|must|can|should|would|could|also)\s+$/.test(before(p)),
  },
  {
    phrase: 'commit / pledge',
    forms: ['commit to', 'commits to', 'committed to', 'commitment to', 'commitments to', 'pledge to', 'pledges to', 'pledged to', 'our pledge', 'our pledges', 'we pledge'],
    plain: ['we will', 'we are doing'],
    note: 'A commitment or pledge sounds like a promise but does not say what you will do, or when.',
    list: 'govuk',
    sense: (p) =>
      (/^(?:our|we)/.test(p.form) || /\b(?:we|we're|we\s+are|we\s+have|i|i'm|i\s+am|are|is|remain|remains|fully|firmly|strongly|deeply|wholly|also|council|board|trust|service|team|organisation|organization|government|our|a|this|its|their)\s+$/.test(before(p, 30))) &&
      !/^\s+(?:the\s+)?(?:repo|repository|branch|master|main|git|code|changes)\b/.test(after(p)),
  },
  {
    phrase: 'deliver (with an abstract object)',
    forms: ['deliver', 'delivers', 'delivered', 'delivering'],
    plain: ['make', 'do', 'achieve'],
    note: 'You can deliver post, pizzas and services, but not abstract things such as improvements or priorities.',
    list: 'govuk',
    sense: (p) => ABSTRACT_OBJECT.test(after(p, 100)),
  },
  {
    phrase: 'deploy (unless it is software or military)',
    forms: ['deploy', 'deploys', 'deployed', 'deploying'],
    plain: ['use', 'put in place'],
    note: 'Code and troops are deployed; staff and money are used.',
    list: 'govuk',
    sense: (p) => DEPLOY_PEOPLE.test(after(p)),
    swap: { deploy: 'use', deploys: 'uses', deployed: 'used', deploying: 'using' },
  },
  {
    phrase: 'dialogue',
    forms: ['dialogue', 'dialogues'],
    plain: ['discussion', 'talk'],
    note: 'It is a formal word for people talking to each other.',
    list: 'govuk',
    sense: (p) => !/^\s+(?:box|boxes|window|windows)\b/.test(after(p)) && !/\b(?:modal|on-screen|onscreen|screen|pop-up|popup|the\s+open|a\s+confirmation)\s+$/.test(before(p)),
    swap: { dialogue: 'discussion', dialogues: 'discussions' },
  },
  {
    phrase: 'drive (out, up, forward or an abstract thing)',
    forms: ['drive out', 'drives out', 'driving out', 'drove out', 'driven out', 'drive up', 'drives up', 'driving up', 'drive forward', 'drives forward', 'driving forward', 'drive improvement', 'drive improvements', 'drives improvement', 'driving improvement', 'driving improvements', 'drive change', 'drives change', 'driving change', 'drive down', 'drives down', 'driving down'],
    plain: ['cause', 'reduce', 'increase', 'improve'],
    note: 'You can drive a vehicle, not a scheme, a change or people.',
    list: 'govuk',
    sense: (p) => !/^drive\s+down$|^driving\s+down$|^drives\s+down$|^drive\s+up$|^drives\s+up$|^driving\s+up$/.test(p.form) || /^\s+(?:the\s+)?(?:costs?|prices?|standards?|quality|demand|numbers?|waiting|take-?up|uptake|spending|bills?|inequalit(?:y|ies)|performance)\b/.test(after(p)),
  },
  {
    phrase: 'empower',
    forms: ['empower', 'empowers', 'empowered', 'empowering', 'empowerment'],
    plain: ['let', 'allow', 'support', 'give people control'],
    note: 'It is vague: say what people will be able to do or decide.',
    list: 'govuk',
  },
  {
    phrase: 'facilitate',
    forms: ['facilitate', 'facilitates', 'facilitated', 'facilitating'],
    plain: ['help', 'run'],
    note: 'It is a formal word that hides who does what.',
    list: 'govuk',
    swap: { facilitate: 'run', facilitates: 'runs', facilitated: 'ran', facilitating: 'running' },
    swapWhen: (p) => p.form !== 'facilitated' && RUN_OBJECT.test(after(p)),
  },
  {
    phrase: 'focus (on, as a verb in plans)',
    forms: ['focus on', 'focusing on', 'focussing on'],
    plain: ['work on', 'concentrate on'],
    note: 'It does not say what you will actually do.',
    list: 'govuk',
    sense: (p) => /\b(?:we|we\s+will|we'll|we\s+are|we're|we\s+aim\s+to|we\s+plan\s+to|we\s+intend\s+to|we\s+will\s+continue\s+to|council\s+will|team\s+will|board\s+will|partnership\s+will|we\s+need\s+to|we\s+must)\s+$/.test(before(p, 30)),
    swap: { 'focus on': 'work on', 'focusing on': 'working on', 'focussing on': 'working on' },
  },
  {
    phrase: 'foster (unless it is about foster care)',
    forms: ['foster', 'fosters', 'fostered', 'fostering'],
    plain: ['encourage', 'build'],
    note: 'Outside foster care it is a vague word for encouraging something.',
    list: 'govuk',
    sense: (p) => FOSTER_ABSTRACT.test(after(p)),
    swap: { foster: 'encourage', fosters: 'encourages', fostered: 'encouraged', fostering: 'encouraging' },
  },
  {
    phrase: 'impact (as a verb)',
    forms: ['impact on', 'impacts on', 'impacted on', 'impacting on', 'impacted', 'impacting', 'impact', 'impacts'],
    plain: ['affect'],
    note: 'As a verb it is jargon for affect.',
    list: 'govuk',
    sense: (p) => {
      if (/^impact(?:ed|ing)/.test(p.form)) return !/^impacted\s+on$/.test(p.form) || MODAL_OR_SUBJECT.test(before(p, 30)) || /\b(?:has|have|had|been|being)\s+$/.test(before(p, 20));
      // "impact" or "impacts" (maybe with "on") is a verb after a modal, "to" or a subject pronoun.
      if (/\b(?:the|an|a|its|their|our|your|his|her|any|no|of|what|positive|negative|big|biggest|real|direct|indirect|overall|possible|potential|likely|significant|major|minimal|equality|environmental|financial|social)\s+$/.test(before(p, 20))) return false;
      return MODAL_OR_SUBJECT.test(before(p, 30));
    },
    swap: {
      impact: 'affect', impacts: 'affects', impacted: 'affected', impacting: 'affecting',
      'impact on': 'affect', 'impacts on': 'affects', 'impacted on': 'affected', 'impacting on': 'affecting',
    },
  },
  {
    phrase: 'key (as an adjective)',
    forms: ['key'],
    plain: ['main', 'important'],
    note: "Used to mean important, it is overused and vague.",
    list: 'govuk',
    sense: (p) => {
      const next = /^\s+([a-z][\w-]*)/.exec(after(p));
      if (!next || ACCEPTED_KEY_NOUN.test(after(p))) return false;
      if (KEY_PREFIX.test(before(p, 20))) return false;
      // A capital K mid-sentence is a name ("the Key Fund").
      return !(p.start > 0 && p.text[p.start] === 'K' && /\w\s+$/.test(p.text.slice(Math.max(0, p.start - 3), p.start)));
    },
    swap: { key: 'main' },
  },
  {
    phrase: 'leverage',
    forms: ['leverage', 'leverages', 'leveraged', 'leveraging'],
    plain: ['use'],
    note: 'It is business jargon for use.',
    list: 'govuk',
    sense: (p) => !/\b(?:have|has|had|more|less|no|any|some|political|financial|bargaining)\s+$/.test(before(p, 20)),
    swap: { leverage: 'use', leverages: 'uses', leveraged: 'used', leveraging: 'using' },
  },
  {
    phrase: 'progress (as a verb)',
    forms: ['progress', 'progresses', 'progressing', 'progressed'],
    plain: ['move forward', 'continue', 'carry on with'],
    note: 'As a verb it does not say what will happen next.',
    list: 'govuk',
    // Only with an object ("progress the plan", "we are progressing this work"): "as the session progresses" is fine.
    sense: (p) =>
      (p.form !== 'progress' || /\b(?:to|will|we|can|could|should|would|must|shall|may|might|they|i|and\s+then)\s+$/.test(before(p, 20))) &&
      /^\s+(?:the|this|these|that|those|our|your|their|its|work|plans?|proposals?|actions?|priorities|recommendations?|applications?|schemes?|projects?|matters?|issues?)\b/.test(after(p)),
  },
  {
    phrase: 'promote (unless it is a statutory duty or a job)',
    forms: ['promote', 'promotes', 'promoted', 'promoting'],
    plain: ['encourage', 'recommend', 'advertise'],
    note: 'It is vague: say whether you mean encourage, recommend or advertise.',
    list: 'govuk',
    // Only the abstract sense ("promote inclusion"); advertising a service or event is what promote means.
    sense: (p) => PROMOTE_ABSTRACT.test(after(p)) && !/\b(?:been|be|was|were|got|get|gets|is)\s+$/.test(before(p, 12)),
  },
  {
    phrase: 'robust',
    forms: ['robust'],
    plain: ['strong', 'thorough'],
    note: 'It is overused and does not say what makes something strong.',
    list: 'govuk',
    swap: { robust: 'thorough' },
    swapWhen: (p) => /^\s+(?:process|processes|approach|checks?|review|reviews|assessment|assessments|testing|tests|analysis|scrutiny|evaluation|consultation|methods?)\b/.test(after(p)),
  },
  {
    phrase: 'streamline',
    forms: ['streamline', 'streamlines', 'streamlined', 'streamlining'],
    plain: ['simplify'],
    note: 'It is jargon for making something simpler.',
    list: 'govuk',
    swap: { streamline: 'simplify', streamlines: 'simplifies', streamlined: 'simplified', streamlining: 'simplifying' },
  },
  {
    phrase: 'strengthen (unless it is a structure)',
    forms: ['strengthen', 'strengthens', 'strengthened', 'strengthening'],
    plain: ['improve', 'increase'],
    note: 'Outside bridges and buildings it does not say what will change.',
    list: 'govuk',
    sense: (p) => !/^\s+(?:the\s+|a\s+|its\s+)?(?:bridges?|walls?|structures?|muscles?|foundations?|beams?|floors?|roofs?|bones?|buildings?|flood\s+defences?|sea\s+walls?)\b/.test(after(p)),
    swap: { strengthen: 'improve', strengthens: 'improves', strengthened: 'improved', strengthening: 'improving' },
  },
  {
    phrase: 'tackle (unless it is sport)',
    forms: ['tackle', 'tackles', 'tackled', 'tackling'],
    plain: ['deal with', 'reduce', 'stop'],
    note: 'It is a sporting metaphor that does not say what you will do.',
    list: 'govuk',
    sense: (p) => !/^\s+(?:box|boxes|shop)\b/.test(after(p)) && !/\b(?:fishing|rugby|sliding|high|late)\s+$/.test(before(p, 20)),
    swap: { tackle: 'deal with', tackles: 'deals with', tackled: 'dealt with', tackling: 'dealing with' },
  },
  {
    phrase: 'transform',
    forms: ['transform', 'transforms', 'transformed', 'transforming'],
    plain: ['change (and say how)'],
    note: 'It promises a lot but does not say what will change.',
    list: 'govuk',
    sense: (p) => !/^\s+(?:(?:the\s+)?(?:data|input|output|coordinates?|values?|text|files?|json|xml|strings?|matrix|matrices))\b/.test(after(p)),
  },
  {
    phrase: 'stakeholder',
    forms: ['stakeholder', 'stakeholders'],
    plain: ['people affected', 'people and organisations with an interest'],
    note: 'It is jargon: name the people and groups you mean.',
    list: 'lga',
  },
  {
    phrase: 'service users',
    forms: ['service user', 'service users', "service user's", "service users'"],
    plain: ['people who use services', 'people who use our services'],
    note: 'It labels people by what they receive.',
    list: 'lga',
  },
  {
    phrase: 'capacity building',
    forms: ['capacity building', 'capacity-building', 'build capacity', 'building capacity', 'builds capacity'],
    plain: ['support', 'training'],
    note: 'It is jargon: say what support or training people will get.',
    list: 'lga',
  },
  {
    phrase: 'holistic',
    forms: ['holistic', 'holistically'],
    plain: ['whole', 'looking at the whole person'],
    note: 'It is vague: say what is joined up.',
    list: 'lga',
  },
  {
    phrase: 'place shaping',
    forms: ['place shaping', 'place-shaping', 'placeshaping'],
    plain: ['saying what will change in the area'],
    note: 'It is council jargon that most residents do not use.',
    list: 'lga',
  },
  {
    phrase: 'third sector',
    forms: ['third sector', 'third-sector'],
    plain: ['charities and community groups', 'voluntary and community groups'],
    note: 'Most people do not know what it means.',
    list: 'lga',
  },
  {
    phrase: 'going forward',
    forms: ['going forward'],
    plain: ['in future', 'from now on'],
    note: 'It is a filler phrase.',
    list: 'lga',
    // Only as a sentence adverb ("Going forward, we will…", "…next year going forward."), not "plans going forward to Cabinet".
    sense: (p) => /^\s*(?:[,.;:!?)]|$)/.test(p.text.slice(p.end, p.end + 3)) || /(?:^|[,;:(])\s*$/.test(p.text.slice(0, p.start)),
    swap: { 'going forward': 'in future' },
  },
  {
    phrase: 'synergies',
    forms: ['synergy', 'synergies'],
    plain: ['working together', 'shared benefits'],
    note: 'It is business jargon: say what you gain by working together.',
    list: 'lga',
  },
  {
    phrase: 'coterminous',
    forms: ['coterminous', 'co-terminous'],
    plain: ['covering the same area'],
    note: 'Most readers will not know the word.',
    list: 'lga',
  },
];

function escapeForm(form: string): string {
  return form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[\\s-]').replace(/'/g, "'?");
}

/** Every form, longest first, so "impact on" wins over "impact". */
const ALL_FORMS: Array<{ form: string; entry: PlainWord }> = PLAIN_WORDS.flatMap((entry) => entry.forms.map((form) => ({ form, entry }))).sort(
  (a, b) => b.form.length - a.form.length,
);

/** One pass over a sentence finds every candidate form. */
export const PLAIN_WORDS_RE = new RegExp(String.raw`(?<![\w'-])(?:${ALL_FORMS.map((f) => escapeForm(f.form)).join('|')})(?![\w-])`, 'gi');

const BY_FORM = new Map<string, PlainWord>();
for (const { form, entry } of ALL_FORMS) BY_FORM.set(form, entry);

/** The entry for a matched text ("Impacts  on" → impact), or undefined. */
export function entryFor(matched: string): { entry: PlainWord; form: string } | undefined {
  const form = matched.toLowerCase().replace(/[\s-]+/g, (s) => (s.includes('-') && !/\s/.test(s) ? '-' : ' ')).replace(/[\u2019]/g, "'");
  const entry = BY_FORM.get(form) ?? BY_FORM.get(form.replace(/-/g, ' ')) ?? BY_FORM.get(form.replace(/ /g, '-'));
  return entry ? { entry, form } : undefined;
}

/** "'a', 'b' or 'c'" */
export function listAlternatives(plain: readonly string[]): string {
  const quoted = plain.map((p) => `'${p}'`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

// ---- the user's own words and names ----------------------------------------------------------
// Words and names from the user's configuration are found as literal text: they never become a
// regular expression, so nothing a user writes can make matching slow.

/** One occurrence of a phrase: which phrase (its index in the list given) and where. */
export interface PhraseMatch {
  phrase: number;
  start: number;
  end: number;
}

/** Finds a fixed list of phrases in text, as whole words, ignoring case. */
export interface PhraseFinder {
  /** Identifies the list (after normalising), e.g. for caching what was found per block. */
  readonly key: string;
  /**
   * Every occurrence, earliest first (the longest where two start together), without overlaps. A
   * space in a phrase stands for any run of white space; curly and straight quotes count alike.
   */
  find(text: string): PhraseMatch[];
  /** Whether any phrase occurs. */
  test(text: string): boolean;
}

/** Phrases longer than this are not a word or a name: they are left out. */
const MAX_PHRASE_LENGTH = 200;
const WORD_RUN = /[\p{L}\p{N}\p{M}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/;

const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);
const isSpace = (c: string | undefined) => c !== undefined && SPACE.test(c);

/** Lower case with quotes straightened, keeping every offset (a character whose lower case is longer stays as it is). */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  const same =
    lower.length === text.length
      ? lower
      : Array.from({ length: text.length }, (_, i) => {
          const c = text[i].toLowerCase();
          return c.length === 1 ? c : text[i];
        }).join('');
  return same.replace(/[\u2018\u2019\u02bc\u2032]/g, "'").replace(/[\u201c\u201d\u2033]/g, '"');
}

/** A phrase as matched: folded, trimmed, runs of white space made one space. */
function normalisePhrase(phrase: string): string {
  return foldCase(phrase).replace(/\s+/g, ' ').trim();
}

/** Where a folded phrase ends if it occurs at `at` as whole words, else -1. */
function matchAt(folded: string, at: number, phrase: string): number {
  let j = at;
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase[i];
    if (c === ' ') {
      if (!isSpace(folded[j])) return -1;
      while (isSpace(folded[j])) j++;
    } else if (folded[j] === c) j++;
    else return -1;
  }
  if (isWordChar(phrase[phrase.length - 1]) && isWordChar(folded[j])) return -1;
  return j;
}

class LiteralPhraseFinder implements PhraseFinder {
  readonly key: string;
  /** Phrases starting with a letter or digit, by their first word: checked only where a word starts. */
  private readonly byFirstWord = new Map<string, Array<{ index: number; text: string }>>();
  /** Phrases starting with anything else, searched for everywhere. */
  private readonly others: Array<{ index: number; text: string }> = [];

  constructor(phrases: readonly string[]) {
    const seen = new Set<string>();
    phrases.forEach((phrase, index) => {
      if (typeof phrase !== 'string') return;
      const text = normalisePhrase(phrase);
      if (text === '' || text.length > MAX_PHRASE_LENGTH || seen.has(text)) return;
      seen.add(text);
      if (!isWordChar(text[0])) {
        this.others.push({ index, text });
        return;
      }
      const first = text.match(WORD_RUN)![0];
      const list = this.byFirstWord.get(first) ?? [];
      list.push({ index, text });
      this.byFirstWord.set(first, list);
    });
    this.key = JSON.stringify([...seen]);
  }

  get empty(): boolean {
    return this.byFirstWord.size === 0 && this.others.length === 0;
  }

  find(text: string): PhraseMatch[] {
    return this.search(text, false);
  }

  test(text: string): boolean {
    return this.search(text, true).length > 0;
  }

  private search(text: string, firstOnly: boolean): PhraseMatch[] {
    if (this.empty || text === '') return [];
    const folded = foldCase(text);
    const found: PhraseMatch[] = [];
    if (this.byFirstWord.size > 0) {
      for (const m of folded.matchAll(WORD_RUN)) {
        const candidates = this.byFirstWord.get(m[0]);
        if (!candidates) continue;
        for (const { index, text: phrase } of candidates) {
          const end = matchAt(folded, m.index, phrase);
          if (end < 0) continue;
          found.push({ phrase: index, start: m.index, end });
          if (firstOnly) return found;
        }
      }
    }
    for (const { index, text: phrase } of this.others) {
      for (let at = folded.indexOf(phrase[0]); at !== -1; at = folded.indexOf(phrase[0], at + 1)) {
        const end = matchAt(folded, at, phrase);
        if (end < 0) continue;
        found.push({ phrase: index, start: at, end });
        if (firstOnly) return found;
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: PhraseMatch[] = [];
    for (const m of found) if (kept.length === 0 || m.start >= kept[kept.length - 1].end) kept.push(m);
    return kept;
  }
}

const findersByList = new WeakMap<readonly string[], PhraseFinder>();
const findersByText = new Map<string, PhraseFinder>();
/** Distinct lists kept by their text; the oldest goes first once there are more. */
const MAX_FINDERS = 16;

/**
 * A finder for a list of phrases, built once per list: the same array (or an array with the same
 * phrases) gets the same finder back, so rules can ask for it on every block.
 */
export function phraseFinder(phrases: readonly string[]): PhraseFinder {
  const held = findersByList.get(phrases);
  if (held) return held;
  const textKey = JSON.stringify(phrases);
  let finder = findersByText.get(textKey);
  if (!finder) {
    finder = new LiteralPhraseFinder(phrases);
    if (findersByText.size >= MAX_FINDERS) findersByText.delete(findersByText.keys().next().value!);
    findersByText.set(textKey, finder);
  }
  findersByList.set(phrases, finder);
  return finder;
}

/** The user's own words to avoid (vocabulary.plainWords), ready to use. */
export interface OwnWords {
  /** Words that are not on the built-in lists. */
  finder: PhraseFinder;
  /** The plain alternative for each phrase the finder reports, by its index ('' when none was given). */
  plain: readonly string[];
  /** Plain alternatives the user gave for built-in forms, by form (see `formKey`). */
  overrides: ReadonlyMap<string, string>;
}

/** A built-in form as a key: lower case, a hyphen or any run of spaces as one space. */
export function formKey(form: string): string {
  return form.toLowerCase().replace(/[\s-]+/g, ' ').replace(/\u2019/g, "'");
}

const ownWordsByObject = new WeakMap<object, OwnWords | undefined>();

/** The user's words to avoid, built once per vocabulary object; undefined when there are none. */
export function ownWords(plainWords: Readonly<Record<string, string>>): OwnWords | undefined {
  if (ownWordsByObject.has(plainWords)) return ownWordsByObject.get(plainWords);
  const words: string[] = [];
  const plain: string[] = [];
  const overrides = new Map<string, string>();
  for (const [word, alternative] of Object.entries(plainWords)) {
    const instead = typeof alternative === 'string' ? alternative.replace(/\s+/g, ' ').trim() : '';
    if (word.trim() === '') continue;
    const builtIn = entryFor(word.trim());
    if (builtIn) {
      if (instead !== '') overrides.set(formKey(builtIn.form), instead);
      continue;
    }
    words.push(word);
    plain.push(instead);
  }
  const own = words.length === 0 && overrides.size === 0 ? undefined : { finder: phraseFinder(words), plain, overrides };
  ownWordsByObject.set(plainWords, own);
  return own;
}
