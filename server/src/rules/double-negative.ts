import { defineBlockRule, questionSentences, type Fix } from '../engine';
import { isWord, matchCase, quote, readQuestion, rewriteFix, tokens, type QuestionText, type Token } from './question-text';
import { SOURCES } from './sources';

// Three shapes of double negative in a question:
// - a negation before a negative-prefixed word: "not unhelpful", "isn't inconvenient", "don't disagree";
// - two negations in one clause: "don't … no", "not … never", "not … nothing";
// - a negated statement put to an agree/disagree scale ("The council should not stop…", "To what
//   extent do you agree or disagree that we should not close…"): disagreeing means "not not".
// The quick fix is offered only where the positive word says the same thing ("not unhelpful" →
// "helpful"); everywhere else the author has to reword.

const DORNYEI = {
  source: 'Dörnyei-style questionnaire item guidance: avoid ambiguous or loaded words and sentences',
  url: 'https://www.bookshep.com/questionnaires/avoid-ambiguous-or-loaded-words-and-sentences.html',
};

/** Negative-prefixed words with the positive word that can replace "not" + the word. */
const POSITIVE: Record<string, string> = {
  unhelpful: 'helpful', unhappy: 'happy', unfair: 'fair', unreasonable: 'reasonable', unlikely: 'likely',
  unimportant: 'important', unclear: 'clear', unsafe: 'safe', unacceptable: 'acceptable', unusual: 'usual',
  uncommon: 'common', unaware: 'aware', unable: 'able', unwilling: 'willing', unsatisfied: 'satisfied',
  unfriendly: 'friendly', unpleasant: 'pleasant', unsuitable: 'suitable', unaffordable: 'affordable',
  unreliable: 'reliable', unnecessary: 'necessary', unwelcome: 'welcome', unhealthy: 'healthy',
  uncomfortable: 'comfortable', unsure: 'sure', unpopular: 'popular', unsupportive: 'supportive',
  unappealing: 'appealing', unattractive: 'attractive', unconvinced: 'convinced', unequal: 'equal',
  unjust: 'just', unkind: 'kind', unprofessional: 'professional', unresponsive: 'responsive', unsuccessful: 'successful',
  unuseful: 'useful', unwise: 'wise', unworkable: 'workable', unrealistic: 'realistic', unaccessible: 'accessible',
  inconvenient: 'convenient', inadequate: 'adequate', inappropriate: 'appropriate', incorrect: 'correct',
  ineffective: 'effective', inefficient: 'efficient', insufficient: 'sufficient', inaccessible: 'accessible',
  incomplete: 'complete', inconsistent: 'consistent', inaccurate: 'accurate', insignificant: 'significant',
  infrequent: 'frequent', inflexible: 'flexible', inexpensive: 'expensive', insecure: 'secure', incompetent: 'competent',
  inconsiderate: 'considerate', insensitive: 'sensitive', invisible: 'visible', incapable: 'capable',
  inaffordable: 'affordable', impossible: 'possible', impractical: 'practical', improbable: 'probable',
  impolite: 'polite', impatient: 'patient', improper: 'proper', imprecise: 'precise', irrelevant: 'relevant',
  irregular: 'regular', irresponsible: 'responsible', irrational: 'rational', illegal: 'legal', illogical: 'logical',
  illegible: 'legible', dissatisfied: 'satisfied', dishonest: 'honest', disorganised: 'organised',
  disorganized: 'organized', disrespectful: 'respectful', disagree: 'agree', dislike: 'like', disapprove: 'approve',
  disagreeable: 'agreeable', discourteous: 'courteous', disloyal: 'loyal', displeased: 'pleased', disinterested: 'interested',
};

/**
 * Negative-prefixed words without a safe positive swap ("not disappointed" is not "pleased").
 * Adverbs are left out: "won't be unfairly charged" negates the charge, not the fairness.
 */
const PREFIXED_ONLY = [
  'unsatisfactory', 'unwelcoming',
  'unaffected', 'unconcerned', 'unimpressed', 'uninterested', 'uninformed', 'unprepared', 'unsupported', 'unheard',
  'unhappier', 'incompatible', 'inaction', 'imperfect', 'impersonal', 'immaterial',
  'disappointed', 'disappointing', 'disadvantaged', 'discouraged', 'disrespected', 'dissatisfying', 'distrust',
  'distrustful', 'disengaged', 'disconnected', 'disliked', 'disagreed', 'disagrees', 'dislikes', 'disapproves',
];

const NEGATION_WORDS =
  "not|never|no\\s+longer|cannot|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't|wouldn't|can't|couldn't|shouldn't|haven't|hasn't|hadn't|mustn't|needn't";
const NEGATION = new RegExp(String.raw`\b(?:${NEGATION_WORDS})\b`, 'gi');
/** Words that may stand between the negation and the prefixed word: "not very unusual", "isn't it unfair". */
const BETWEEN = new Set(
  'very too so that particularly entirely totally completely always really necessarily at all be been being feel feeling seem seems find it is are was were an a you it they we i'.split(' '),
);
const PREFIXED = new Set([...Object.keys(POSITIVE), ...PREFIXED_ONLY]);
/** Second negatives: "don't have no", "not … never", "isn't … nothing". */
const SECOND_NEGATIVE = new Set(['no', 'never', 'nothing', 'nobody', 'none', 'nowhere']);
/** Words that end the clause the negation governs. */
const CLAUSE_BREAK = new Set('if when whether because or and but unless where while so than which who'.split(' '));
/** "no more than", "no later than": a limit, not a negative. */
const NO_LIMIT = /^\s+(?:more|less|later|earlier|sooner|fewer|longer)\s+than\b/i;

/** The next few words after a position, stopping at punctuation. */
function wordsAfter(text: string, from: number, limit: number): Token[] {
  const out: Token[] = [];
  for (const t of tokens(text.slice(from, from + 120))) {
    if (!isWord(t) || out.length === limit) break;
    out.push({ ...t, start: t.start + from, end: t.end + from });
  }
  return out;
}

/** Negations that do not negate the item: "or not", "if not", "not only", "not sure". */
const HARMLESS_NEGATION = /(?:\b(?:or|if|whether)\s+not|\bnot\s+(?:only|just|sure|yet|least|to\s+mention))\b/i;

/** The negated main clause of a statement: "should not stop", "will no longer", "isn't". */
const NEGATED_PREDICATE = new RegExp(
  String.raw`\b((?:should|must|will|would|can|could|do|does|did|is|are|was|were|has|have|need|may)\s+(?:not|never|no\s+longer)|should\s+never|cannot|shouldn't|mustn't|won't|wouldn't|can't|couldn't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|hasn't|haven't|needn't)(?:\s+(?:be\s+)?[a-z]+)?`,
  'gi',
);
/** "…agree or disagree that…", "…agree with the following:", "How strongly do you agree…". */
const AGREE_STEM = /\b(?:dis)?agree\b(?:\s+or\s+disagree)?(?:\s+(?:that|with(?:\s+(?:the\s+)?(?:following|this|these|statements?))?)\b|\s*:)?/gi;

interface Hit {
  messageId: string;
  trigger: string;
  fixes: Fix[];
}

function notRelative(text: string, at: number): boolean {
  // "people who do not drive…" describes who is meant; it is not the statement's claim.
  return !/\b(?:who|which|that|where|whose|whom|those|people|anyone|someone)\s+(?:[\w']+\s+)?$/i.test(text.slice(Math.max(0, at - 25), at));
}

function prefixed(q: QuestionText, block: Parameters<typeof rewriteFix>[0], sentence: Parameters<typeof rewriteFix>[1]): Hit | undefined {
  for (const m of q.masked.matchAll(NEGATION)) {
    const negation = m[0];
    if (HARMLESS_NEGATION.test(q.text.slice(Math.max(0, m.index - 8), m.index + negation.length + 10))) continue;
    const words = wordsAfter(q.masked, m.index + negation.length, 4);
    const k = words.findIndex((w) => !BETWEEN.has(w.lower));
    if (k < 0 || !PREFIXED.has(words[k].lower)) continue;
    const end = words[k].end;
    const trigger = quote(q.text.slice(m.index, end));
    const fixes: Fix[] = [];
    const positive = POSITIVE[words[k].lower];
    const aux = /^(is|are|was|were|do|does|did)n't$/i.exec(negation);
    if (positive && k === 0 && (/^not$/i.test(negation) || aux)) {
      const replacement = aux ? `${aux[1]} ${positive}` : matchCase(negation, positive);
      const fix = rewriteFix(block, sentence, m.index, end, replacement, `Rewrite as '${replacement}'`);
      if (fix) fixes.push(fix);
    }
    return { messageId: 'prefixed', trigger, fixes };
  }
  return undefined;
}

function twoNegatives(q: QuestionText): Hit | undefined {
  for (const m of q.masked.matchAll(NEGATION)) {
    if (HARMLESS_NEGATION.test(q.text.slice(Math.max(0, m.index - 8), m.index + m[0].length + 10))) continue;
    for (const w of wordsAfter(q.masked, m.index + m[0].length, 4)) {
      if (CLAUSE_BREAK.has(w.lower)) break;
      if (!SECOND_NEGATIVE.has(w.lower)) continue;
      if (w.lower === 'no' && (NO_LIMIT.test(q.masked.slice(w.end, w.end + 30)) || /^no\s+longer$/i.test(m[0]))) break;
      const end = w.lower === 'no' && /^\s+one\b/i.test(q.masked.slice(w.end, w.end + 6)) ? q.masked.indexOf('one', w.end) + 3 : w.end;
      return { messageId: 'twoNegatives', trigger: quote(q.text.slice(m.index, end)), fixes: [] };
    }
  }
  return undefined;
}

function negatedStatement(q: QuestionText): Hit | undefined {
  let from = -1;
  if (q.openerWord === '' && !q.asks) {
    from = 0;
  } else {
    for (const m of q.masked.matchAll(AGREE_STEM)) from = m.index + m[0].length;
  }
  if (from < 0) return undefined;
  NEGATED_PREDICATE.lastIndex = 0;
  for (const m of q.masked.slice(from).matchAll(NEGATED_PREDICATE)) {
    const at = from + m.index;
    if (HARMLESS_NEGATION.test(q.text.slice(Math.max(0, at - 8), at + m[0].length + 10))) continue;
    if (!notRelative(q.masked, at)) continue;
    return { messageId: 'negatedStatement', trigger: quote(q.text.slice(at, at + m[0].length)), fixes: [] };
  }
  return undefined;
}

export default defineBlockRule({
  id: 'double-negative',
  summary: "A question or statement uses a double negative, such as 'not unhelpful' or a 'not' statement to agree or disagree with.",
  why:
    "Two negatives make people stop and work out what a yes, a no or a 'disagree' would mean. Some get it wrong, and nobody reading the results can tell which answers mean what. Disagreeing with 'The council should not close the library' is a double negative that many people misread.",
  howToFix:
    "Word the question or statement positively: 'helpful' rather than 'not unhelpful', 'The council should keep the library open' rather than 'The council should not close the library'. The quick fix makes the swap where the positive word means the same.",
  principles: [
    { name: 'Avoid single and double negations in questions', ...SOURCES.krosnickPresser },
    { name: 'Be simple: avoid negatives and double negatives', ...SOURCES.surveyMonkey },
    { name: "Avoid negative constructions that make an item ambiguous ('Don't you believe…')", ...DORNYEI },
  ],
  defaultSeverity: 'warning',
  appliesTo: ['policy', 'strategy', 'engagement-plan', 'consultation', 'survey', 'service-design', 'feedback-report'],
  fixKind: 'rewrite',
  messages: {
    prefixed:
      "Double negative: '{trigger}' makes people untangle two negatives, so their answers are hard to interpret. Word it positively.",
    twoNegatives:
      "Double negative: '{trigger}' puts two negatives in one question, so people can read it either way and their answers cannot be interpreted. Word it positively.",
    negatedStatement:
      "Double negative: the statement says '{trigger}', so people who want the opposite have to disagree with a 'not'. Word the statement positively, for example 'should keep' rather than 'should not stop'.",
  },
  example: {
    flagged: '## Your views\n\n1. Was the advice you got from the helpline not unhelpful?\n',
    ok: '## Your views\n\n1. How helpful or unhelpful was the advice you got from the helpline?\n',
  },
  check(block, context) {
    for (const { sentence } of questionSentences(block)) {
      const q = readQuestion(sentence.text);
      const hit = prefixed(q, block, sentence) ?? twoNegatives(q) ?? negatedStatement(q);
      if (hit) {
        context.report({ messageId: hit.messageId, data: { trigger: hit.trigger }, start: sentence.start, end: sentence.end, fixes: hit.fixes });
      }
    }
  },
});
