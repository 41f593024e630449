import { defineBlockRule, questionSentences, type BlockModel, type Fix, type Sentence } from '../engine';
import { quote, readQuestion, rewriteFix, straighten, type QuestionText } from './question-text';
import { SOURCES } from './sources';

interface Hit {
  messageId: string;
  data: Record<string, string>;
  fixes?: Fix[];
}

// ---- word lists ------------------------------------------------------------------------------

/**
 * Charged words: they tell people how to feel wherever they sit in the question. Adjectives
 * marked `adj` can be removed by the quick fix when they stand before a noun.
 */
const EMOTIVE_ADJECTIVES = [
  'much-needed', 'much needed', 'long-overdue', 'long overdue', 'so-called', 'world-class', 'first-class', 'state-of-the-art',
  'cutting-edge', 'fantastic', 'amazing', 'wonderful', 'brilliant', 'superb', 'excellent', 'exceptional', 'fabulous',
  'marvellous', 'magnificent', 'stunning', 'innovative', 'ground-breaking', 'groundbreaking', 'award-winning', 'senseless',
  'needless', 'pointless', 'disastrous', 'catastrophic', 'terrible', 'awful', 'appalling', 'dreadful', 'horrendous',
  'horrific', 'shocking', 'disgraceful', 'outrageous', 'ridiculous', 'absurd', 'scandalous', 'shameful', 'crippling',
  'hefty', 'exorbitant', 'extortionate', 'sky-high', 'spiralling', 'spiraling', 'out-of-control', 'out of control',
  'draconian', 'heavy-handed', 'wasteful', 'reckless', 'irresponsible', 'greedy', 'lazy', 'selfish', 'undesirable',
  'unjust', 'burdensome', 'bureaucratic', 'useless', 'incompetent', 'failing', 'unprecedented', 'hard-earned',
  'hard-working', 'hardworking', 'rip-off', 'botched', 'cruel', 'heartless', 'precious', 'ever-increasing', 'soaring',
  'crumbling', 'decaying', 'derelict', 'run-down', 'much-improved', 'much improved', 'much-loved', 'greatly improved',
  'vastly improved', 'hugely successful', 'oppressive', 'controversial', 'radical', 'lavish', 'authoritarian',
];
const OUTSTANDING_PENDING = /^\s+(?:repairs?|balances?|debts?|amounts?|payments?|issues?|work|items?|rent|arrears|invoices?|actions?|tasks?|jobs?|applications?|cases?|complaints?|requests?|bills?|charges?|fines?|sums?|money|queries|orders?)\b/i;
const EMOTIVE_NOUNS = [
  'crisis', 'crises', 'chaos', 'fiasco', 'shambles', 'scandal', 'burden', 'burdens', 'burdened', 'red tape', 'nanny state',
  'death tax', 'stealth tax', 'stealth taxes', 'bedroom tax', 'scroungers', 'scrounger', 'fat cats', 'handouts', 'yobs',
  'thugs', 'louts', 'eyesore', 'eyesores', 'blight', 'blighted', 'rat run', 'rat runs', 'rat-run', 'rat-runs',
  'rat running', 'rat-running', 'cash cow', 'money pit', 'white elephant', 'vanity project', "taxpayers' money",
  'taxpayer money', 'tax dollars', 'illegal aliens', 'illegal immigrants', 'illegals', 'aliens', 'casualties', 'grief',
  'scourge', 'plague', 'plagued', 'swamped', 'invasion', 'get on with it', 'take back control', "don't care",
  'do not care', 'fed up', 'sick and tired', 'enough is enough', 'common sense', 'once and for all', 'way too much',
  'way too many', 'way too high', 'waste of money', 'waste of time', 'waste of taxpayers', 'joke', 'wasting', 'blighting',
  'growing problem', 'growing threat', 'foot the bill', 'splash out', 'squander', 'squandered', 'squandering', 'fat cat',
  'fat-cat', 'big brother', 'ruining', 'destroying', 'waste money', 'wastes money', 'waste public money',
];
const EMOTIVE_ADVERBS = ['needlessly', 'senselessly', 'unfairly', 'unjustly', 'shamefully', 'disgracefully', 'recklessly', 'woefully', 'grossly', 'hugely wasteful'];

/**
 * Evaluative adjectives that are fine when people are asked to judge them ("Is the charge
 * fair?", "How long is reasonable?") but load the question when they describe the thing being
 * asked about ("a reasonable charge", "our friendly staff", "this vital service").
 */
const EVALUATIVE = [
  'fair', 'unfair', 'reasonable', 'unreasonable', 'sensible', 'vital', 'crucial', 'valuable', 'invaluable', 'successful',
  'popular', 'well-loved', 'modern', 'improved', 'enhanced', 'friendly', 'unnecessary', 'unacceptable', 'inadequate',
  'high-quality', 'top-quality', 'first-rate', 'generous', 'beautiful', 'lovely', 'ugly', 'vibrant', 'thriving',
  'outstanding', 'great-value', 'unhelpful', 'dangerous', 'excessive', 'overpriced', 'better',
];
const NOT_EVALUATIVE_AFTER: Record<string, RegExp> = {
  reasonable: /^\s+adjustments?\b/i,
  dangerous: /^\s+(?:driving|parking|dogs?|goods|substances|structures?|buildings?|trees?)\b/i,
  excessive: /^\s+(?:noise|heat|cold|speed|speeding)\b/i,
  better: /^\s+(?:off|than|still|now|or|and|at|in|for|to|with|when|if)\b/i,
  friendly: /^(?!)/,
};
/** Strong enough to load a question before any noun ("to protect vital services"). */
const STRONG_EVALUATIVE = /^(?:vital|crucial|unnecessary|unacceptable|inadequate|overpriced|unfair|unreasonable)$/;
/** A determiner, possibly followed by one or two other describing words, just before the word. */
const DESCRIBED = /\b(?:the|a|an|our|your|their|its|this|these|those|such|my|his|her)\s+(?:[\w'#-]+,?\s+){0,2}$/i;
/** Compounds and fixed terms: "dementia-friendly", "environmentally friendly", "fair trade". */
const COMPOUND_BEFORE = /(?:-|\b(?:environmentally|eco|user|family|child|dementia|age|dog|disability|autism|wildlife|bike|cycle|cycling|walking|pedestrian|people|nature|climate)\s)$/i;
const SCALE_WORDS = /^(?:excellent|very good|good|fair|poor|very poor|average|outstanding|inadequate|requires improvement|satisfactory|terrible|awful)$/i;

/** Words after which an adjective is the thing being judged, not a description slipped in. */
const COPULA_BEFORE =
  /\b(?:is|are|was|were|be|been|being|am|seem|seems|seemed|feel|feels|felt|look|looks|looked|sound|sounds|remain|remains|become|becomes|find it|found it|consider it|consider|think it|rate it|rate|rated|judge|describe it as|call it|it's|that's|this is|it is)\s+(?:(?:a|an|very|really|quite|more|less|most|too|fairly|reasonably|generally|so|as|not|any|the)\s+){0,2}$/i;
/** Words that cannot be the noun an adjective describes. */
const NOT_A_NOUN = new Set(
  ('to that for of in on at and or but with by as than enough if when is are was were be been being it its this these those there ' +
    'so because while though although whether you we they he she i do does did have has had will would should could can may might ' +
    'must not no yes about from into over under after before during until since per via')
    .split(' '),
);
const DETERMINERS = /^(?:the|our|your|their|its|this|these|those|his|her|my|a|an|such|any|some|every|each|more|new)$/i;

interface Presupposition {
  re: RegExp;
  /** Message: 'presupposition' (fixable with a filter or 'if any'), 'assumedView', 'assumedBenefit'. */
  messageId?: 'assumedView' | 'assumedBenefit';
  assumption: (m: RegExpExecArray) => string;
  /** Cancelled by "if any" / "if at all" or a filter ("If yes, which…"); the fix adds ', if any,'. */
  ifAny?: boolean;
  /** Cancelled by a balanced pair ("the benefits and drawbacks of"). */
  balanced?: boolean;
}

function thirdPerson(verb: string): string {
  return /(?:s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`;
}

const PAYS: Record<string, string> = { pay: 'pays for', 'pay for': 'pays for', 'pay to use': 'pays to use' };

const PRESUPPOSITIONS: Presupposition[] = [
  {
    re: /\b((?:when|why)\s+did\s+you\s+(?:first\s+)?(?:stop|quit|give\s+up|cease))\b/i,
    assumption: () => 'that the person used to do this and has stopped',
  },
  {
    re: /\b((?:have|had|did)\s+you\s+(?:\w+\s+)?(?:quit|stopped|given\s+up|cut\s+down\s+on|cut\s+back\s+on))\b/i,
    assumption: () => 'that the person does this now or did before',
  },
  {
    re: /\b(why\s+(?:do|did|would|does)\s+(?:you|people|residents|so many people)\s+(?:still\s+|really\s+|continue\s+to\s+)?(oppose|hate|dislike|object\s+to|refuse|resent|distrust|fear|reject|love|support|blame|ignore))\b/i,
    assumption: (m) => `that the person ${thirdPerson(m[2].toLowerCase().replace(/\s+/g, ' ').replace(/ to$/, ''))}${/object/i.test(m[2]) ? ' to it' : ' it'}`,
    messageId: 'assumedView',
  },
  {
    re: /\b(what\s+(?:is|are|was|were|would\s+be|will\s+be|might\s+be)\s+your\s+(?:\w+\s+)?(concerns?|worry|worries|fears?|objections?|complaints?|problems?|frustrations?|grievances?|reservations?|doubts?))\b/i,
    assumption: (m) => `that the person has ${/s$/.test(m[2]) ? 'some' : 'a'} ${m[2].toLowerCase().replace(/ies$/, 'y').replace(/s$/, '')}`,
    ifAny: true,
  },
  {
    re: /\b((?:what|which)\s+(concerns|worries|objections|complaints|problems|frustrations|reservations)\s+(?:do|did|would|have)\s+you)\b/i,
    assumption: () => 'that the person has some',
    ifAny: true,
  },
  {
    // Plural things ("Which services do you use?") or paying and taking, which not everyone does.
    re: /\b((?:which|what)\s+(?!of\b|time\b|day\b|days\b|times\b|way\b)(?:(?:kind|type|types|sort|sorts)\s+of\s+)?(?:[a-z][\w-]*\s+(?!do\b))?(?:[a-z][\w-]*s|[a-z][\w-]*(?=\s+do\s+you\s+(?:currently\s+|regularly\s+|usually\s+|normally\s+|still\s+|now\s+)?(?:pay|take|smoke|drink|claim)\b))\s+do\s+you\s+(?:currently\s+|regularly\s+|usually\s+|normally\s+|still\s+|now\s+)?(pay(?:\s+(?:for|to\s+use))?|use|take|buy|visit|watch|attend|receive|own|smoke|drink|eat|claim|rent))\b/i,
    assumption: (m) => {
      const verb = m[2].toLowerCase().replace(/\s+/g, ' ');
      return `that the person ${PAYS[verb] ?? thirdPerson(verb)} something`;
    },
    ifAny: true,
  },
  {
    re: /\b((?:how|in\s+what\s+ways?)\s+(?:much\s+)?(?:has|have|had|did|will|would)\s+(?:[\w'-]+\s+){1,6}?(?:improved?|got\s+better|benefit(?:t?ed)?|enhanced|transformed|helped))\b/i,
    assumption: () => 'that things have got better',
    messageId: 'assumedBenefit',
  },
  {
    re: /\b((?:what|which|any)\s+other\s+(?:improvements?|benefits?|advantages?|good\s+things|positive\s+(?:changes?|effects?|impacts?)))\b/i,
    assumption: () => 'that the changes already named were improvements',
    messageId: 'assumedBenefit',
  },
  {
    re: /\b(the\s+(?:benefits?|advantages?|positive\s+impacts?)\s+of)\b/i,
    assumption: () => 'that there are benefits',
    messageId: 'assumedBenefit',
    balanced: true,
  },
];
const BALANCED_BENEFITS = /\b(?:benefits?|advantages?|positives?)\s+(?:and|or)\s+(?:dis\w+|drawbacks?|costs?|risks?|downsides?|negatives?|harms?)\b|\b(?:costs?|risks?|drawbacks?|disadvantages?|downsides?)\s+(?:and|or)\s+(?:benefits?|advantages?)\b/i;
const IF_ANY = /\bif\s+(?:any|at\s+all|anything|ever|applicable|relevant)\b|\bany\s+at\s+all\b/i;
const FILTERED = /^\s*(?:if\s+(?:so|yes|you|not|no)|for\s+those\s+who|where\s+applicable)\b/i;
const CONSEQUENCE = /\b(even\s+if\s+(?:it|this|that)\s+(?:meant|means|would\s+mean|resulted\s+in|results\s+in|led\s+to|leads\s+to)\b)/i;

function alternation(words: readonly string[]): string {
  return words
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[\\s-]').replace(/'/g, "'?"))
    .join('|');
}

const EMOTIVE_ADJ_RE = new RegExp(String.raw`(?<![\w#'-])(${alternation(EMOTIVE_ADJECTIVES)})(?![\w#'-])`, 'gi');
const EMOTIVE_WORD_RE = new RegExp(String.raw`(?<![\w#'-])(${alternation([...EMOTIVE_NOUNS, ...EMOTIVE_ADVERBS])})(?![\w#'-])`, 'gi');
const EVALUATIVE_RE = new RegExp(String.raw`(?<![\w#'-])(${alternation(EVALUATIVE)})(?![\w#'-])`, 'gi');

const CHARGED = new Set([...EMOTIVE_ADJECTIVES, ...EVALUATIVE].map((w) => w.toLowerCase()));

/** Whether a single word is one of the charged or judging describing words this rule knows. */
export function isChargedWord(word: string): boolean {
  return CHARGED.has(word.toLowerCase());
}

// ---- checks ----------------------------------------------------------------------------------

/** Whether the word sits in a list of rating-scale labels ("excellent, good, fair or poor"). */
function inScale(masked: string, start: number, end: number): boolean {
  const word = masked.slice(start, end);
  if (!SCALE_WORDS.test(word)) return false;
  const around = masked.slice(Math.max(0, start - 30), Math.min(masked.length, end + 30)).toLowerCase();
  let count = 0;
  for (const m of around.matchAll(/\b(?:excellent|very good|good|fair|poor|very poor|average|outstanding|inadequate|satisfactory|terrible|awful)\b/g)) {
    void m;
    count++;
  }
  return count >= 2 && /[,/]|\bor\b|\bto\b/.test(around);
}

/** The adjective describes a following noun, and is not the thing people are asked to judge. */
function attributive(masked: string, start: number, end: number): boolean {
  if (COPULA_BEFORE.test(masked.slice(Math.max(0, start - 40), start))) return false;
  // Skip a second describing word joined by a comma, 'and' or 'or' ("a fair and simple charge").
  const rest = masked.slice(end);
  const chain = /^(?:\s*,|\s+and|\s+or)\s+[a-z#][\w#'-]*/i.exec(rest);
  const tail = chain && !NOT_A_NOUN.has(chain[0].replace(/^[\s,]*(?:and|or)?\s+/i, '').toLowerCase()) ? rest.slice(chain[0].length) : rest;
  const next = /^(?:\s*,)?\s+([a-z#][\w#'-]*)/.exec(tail);
  if (!next) return false;
  return !NOT_A_NOUN.has(next[1].toLowerCase());
}

function findWord(q: QuestionText, block: BlockModel, sentence: Sentence): Hit | undefined {
  const masked = q.masked;
  let best: { start: number; hit: Hit } | undefined;
  const consider = (start: number, hit: Hit) => {
    if (!best || start < best.start) best = { start, hit };
  };
  for (const m of masked.matchAll(EMOTIVE_ADJ_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (inScale(masked, start, end)) continue;
    if (/^outstanding$/i.test(m[0]) && OUTSTANDING_PENDING.test(masked.slice(end))) continue;
    if (/^failing$/i.test(m[0]) && !attributive(masked, start, end)) continue;
    const word = q.text.slice(start, end);
    consider(start, { messageId: 'word', data: { word }, fixes: removalFix(q, block, sentence, start, end) });
  }
  for (const m of masked.matchAll(EMOTIVE_WORD_RE)) {
    if (/^(?:joke|aliens|plague|grief)$/i.test(m[0]) && /\bno\s+$/i.test(masked.slice(0, m.index))) continue;
    consider(m.index, { messageId: 'word', data: { word: q.text.slice(m.index, m.index + m[0].length) } });
  }
  for (const m of masked.matchAll(EVALUATIVE_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const lower = m[0].toLowerCase();
    if (inScale(masked, start, end)) continue;
    if (NOT_EVALUATIVE_AFTER[lower]?.test(masked.slice(end))) continue;
    if (lower === 'outstanding' && OUTSTANDING_PENDING.test(masked.slice(end))) continue;
    if (COMPOUND_BEFORE.test(masked.slice(Math.max(0, start - 20), start))) continue;
    if (!attributive(masked, start, end)) continue;
    // They load the question when they describe a particular thing ("a reasonable charge", "our
    // fast, friendly service"), not a general idea ("Is fair pricing important?").
    if (!STRONG_EVALUATIVE.test(lower) && !DESCRIBED.test(masked.slice(Math.max(0, start - 40), start))) continue;
    if (lower === 'better' && !/\b(?:our|the new|this new|a new)\s+$/i.test(masked.slice(Math.max(0, start - 12), start))) continue;
    const word = q.text.slice(start, end);
    consider(start, { messageId: 'evaluative', data: { word }, fixes: removalFix(q, block, sentence, start, end) });
  }
  return best?.hit;
}

/** "Remove 'much-needed'" when the adjective sits between a determiner and a word of the phrase. */
function removalFix(q: QuestionText, block: BlockModel, sentence: Sentence, start: number, end: number): Fix[] {
  const text = q.text;
  const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, start - 30), start));
  const after = /^ ([a-z][\w'-]*)/.exec(text.slice(end));
  if (!before || !after) return [];
  const det = before[1];
  if (!DETERMINERS.test(det) && !/^[a-z]/.test(det)) return [];
  if (/[,;:]$/.test(det)) return [];
  if (/^an?$/i.test(det)) {
    const vowel = /^[aeiou]/i.test(after[1]);
    if ((det.toLowerCase() === 'an') !== vowel) return [];
  }
  const word = text.slice(start, end);
  const fix = rewriteFix(block, sentence, start, end + 1, '', `Remove '${word}'`);
  return fix ? [fix] : [];
}

function findPresupposition(q: QuestionText, block: BlockModel, sentence: Sentence): Hit | undefined {
  const text = q.text;
  const anyQualifier = IF_ANY.test(text);
  for (const p of PRESUPPOSITIONS) {
    const m = p.re.exec(q.masked);
    if (!m) continue;
    if (p.ifAny && (anyQualifier || FILTERED.test(text))) continue;
    if (p.balanced && (BALANCED_BENEFITS.test(text) || anyQualifier)) continue;
    const trigger = quote(text.slice(m.index, m.index + m[1].length));
    const fixes: Fix[] = [];
    if (p.ifAny) {
      // "Which services do you pay for" → "Which services, if any, do you pay for".
      const doYou = /(?<!\s)\s+(?:do|did|would|have)\s+you\b/i.exec(text.slice(m.index, m.index + m[1].length));
      if (doYou && /^(?:which|what)\s/i.test(m[1])) {
        const at = m.index + doYou.index;
        const fix = rewriteFix(block, sentence, at, at, ', if any,', "Add ', if any,'");
        if (fix) fixes.push(fix);
      }
    }
    return { messageId: p.messageId ?? 'presupposition', data: { trigger, assumption: p.assumption(m) }, fixes };
  }
  const c = CONSEQUENCE.exec(q.masked);
  if (c) return { messageId: 'consequence', data: { trigger: quote(text.slice(c.index, c.index + c[1].length)) } };
  return undefined;
}

function findInPreamble(pre: QuestionText): Hit | undefined {
  const masked = pre.masked;
  for (const re of [EMOTIVE_ADJ_RE, EMOTIVE_WORD_RE]) {
    for (const m of masked.matchAll(re)) {
      if (inScale(masked, m.index, m.index + m[0].length)) continue;
      return { messageId: 'preambleWord', data: { word: pre.text.slice(m.index, m.index + m[0].length) } };
    }
  }
  return undefined;
}

export function loadedHit(q: QuestionText, block: BlockModel, sentence: Sentence, preamble?: QuestionText): Hit | undefined {
  return findPresupposition(q, block, sentence) ?? findWord(q, block, sentence) ?? (preamble ? findInPreamble(preamble) : undefined);
}

export default defineBlockRule({
  id: 'loaded-question',
  summary: 'A question uses charged or judging words, or takes for granted something that may not be true.',
  why:
    "Words such as 'much-needed', 'wasteful' or 'red tape' tell people how to feel before they answer, and a question that assumes something ('What is your main concern…', 'Which services do you pay for…') leaves no honest answer for people it does not fit. Either way the answers reflect the wording more than people's views.",
  howToFix:
    "Describe the subject in plain, neutral terms and let people judge it themselves: 'the new library', not 'the much-needed new library'. Ask a filter question first ('Do you pay for any library services?') or add 'if any' or 'if at all'. Keep background sentences factual and free of emotive words.",
  principles: [
    { name: 'Use neutral language, with no words that suggest a judgement', ...SOURCES.electoralCommission },
    { name: 'Avoid emotionally loaded words and unwarranted assumptions', ...SOURCES.snapSurveys },
    { name: 'Be objective: avoid loaded questions and built-in assumptions', ...SOURCES.surveyMonkey },
    { name: 'Avoid inflammatory words in survey questions', ...SOURCES.mnGov },
    { name: 'Small changes of wording, such as adding a vivid consequence, move results', ...SOURCES.pew },
  ],
  defaultSeverity: 'warning',
  appliesTo: ['policy', 'strategy', 'engagement-plan', 'consultation', 'survey', 'service-design', 'feedback-report'],
  fixKind: 'rewrite',
  messages: {
    word: "Loaded question: '{word}' is a charged word, so the question tells people how to feel before they answer. Describe the subject in neutral terms and let people judge it.",
    evaluative:
      "Loaded question: '{word}' builds a judgement into the question, so people have to accept it before they can answer. Remove it, or ask people what they think of the thing itself.",
    presupposition:
      "Loaded question: '{trigger}' assumes {assumption}, which may not be true for everyone answering. Ask a filter question first, or add 'if any' or 'if at all'.",
    assumedView:
      "Loaded question: '{trigger}' takes for granted {assumption}, so people who do not cannot answer. Ask what they think first, for example 'What do you think about…?'.",
    assumedBenefit:
      "Loaded question: '{trigger}' takes for granted {assumption}, so people who see no gain cannot say so. Ask about the effect either way, for example 'What difference, if any, has it made?'.",
    consequence:
      "Loaded question: '{trigger}' adds a vivid consequence that pulls answers one way. Set out the trade-off neutrally in the background information and ask about the proposal on its own.",
    preambleWord:
      "Loaded question: the sentence before it uses '{word}', which sets an emotional tone for the answer. Keep the background factual and neutral.",
  },
  example: {
    flagged: '## Your views\n\n1. How often do you use the much-needed new library?\n',
    ok: '## Your views\n\n1. How often, if at all, do you use the new library?\n',
  },
  check(block, context) {
    for (const { sentence, preamble } of questionSentences(block)) {
      const q = readQuestion(sentence.text);
      const pre = preamble && !/\?[\s"')\]*_]*$/.test(straighten(preamble.text)) ? readQuestion(preamble.text) : undefined;
      const hit = loadedHit(q, block, sentence, pre);
      if (hit) context.report({ messageId: hit.messageId, data: hit.data, start: sentence.start, end: sentence.end, fixes: hit.fixes ?? [] });
    }
  },
});
