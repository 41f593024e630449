import { defineBlockRule, questionSentences, replaceInSentence, type BlockModel, type Fix, type Sentence } from '../engine';
import { isWord, quote, readQuestion, tokens, type QuestionText, type Token } from './question-text';
import { isChargedWord } from './loaded-question';
import { SOURCES } from './sources';

interface Hit {
  messageId: string;
  data: Record<string, string>;
  fixes?: Fix[];
}

// ---- pairs that are one thing -----------------------------------------------------------------

/** Fixed phrases that name one service, group or topic. */
const FIXED = [
  'health and social care', 'social care and health', 'adult social care and health', 'health and care', 'care and health',
  'health and wellbeing', 'health and well-being', 'health and well being', 'mental health and wellbeing', 'physical and mental health',
  'mental and physical health', 'walking and cycling', 'cycling and walking', 'walking, cycling and wheeling', 'walking and wheeling',
  'waste and recycling', 'recycling and waste', 'friends and family', 'family and friends', 'friends and relatives',
  'bed and breakfast', 'black and minority ethnic', 'black, asian and minority ethnic', 'lesbian, gay and bisexual',
  'lesbian, gay, bisexual and trans', 'gay and bisexual', 'children and young people', 'children and families',
  'parents and carers', 'parent and carer', 'parents or carers', 'carers and families', 'families and carers', 'special educational needs and disabilities',
  'equality and diversity', 'equality, diversity and inclusion', 'diversity and inclusion', 'equality and inclusion',
  'fire and rescue', 'police and crime', 'crime and disorder', 'drug and alcohol', 'drugs and alcohol', 'alcohol and drugs',
  'alcohol and drug', 'accident and emergency', 'sexual and reproductive', 'health and safety', 'parks and open spaces',
  'parks and green spaces', 'green and open spaces', 'open and green spaces', 'sport and leisure', 'sports and leisure',
  'leisure and culture', 'arts and culture', 'culture and leisure', 'art and culture', 'arts and crafts', 'art and design',
  'planning and building control', 'education and skills', 'employment and skills', 'learning and development',
  'research and development', 'training and development', 'goods and services', 'shops and services', 'shops and amenities',
  'facilities and services', 'services and facilities', 'town and parish', 'town and country', 'gas and electricity',
  'heating and hot water', 'food and drink', 'fish and chips', 'park and ride', 'click and collect', 'stop and search',
  'repairs and maintenance', 'fixtures and fittings', 'wear and tear', 'trial and error', 'terms and conditions',
  'law and order', 'rights and responsibilities', 'deaf and hard of hearing', 'blind and partially sighted',
  'learning disabilities and autism', 'learning disability and autism', 'autism and learning disabilities', 'faith and belief',
  'religion and belief', 'religion or belief', 'race and ethnicity', 'sexual orientation and gender identity',
  'science and technology', 'reading and writing', 'english and maths', 'maths and english', 'travel and transport',
  'transport and travel', 'highways and transport', 'roads and transport', 'nature and biodiversity', 'flora and fauna',
  'primary and secondary', 'primary and community', 'community and voluntary', 'voluntary and community',
  'voluntary, community and faith', 'public and private', 'care and support', 'support and care', 'housing and support',
  'living and working', 'live and work', 'work and live', 'live, work and visit', 'live or work', 'housing and homelessness',
  'ear, nose and throat', 'mother and baby', 'mums and babies', 'parent and toddler', 'parent and child', 'mother and toddler',
  'older and disabled', 'elderly and disabled', 'disability and/or long-term', 'disability or long-term', 'sick and disabled',
  'anti-social behaviour and crime', 'crime and anti-social behaviour', 'crime and antisocial behaviour', 'safety and security',
  'bits and pieces', 'first and foremost', 'peace and quiet', 'salt and pepper', 'bread and butter', 'black and white',
  'rock and roll', 'pick and mix', 'pros and cons', 'ups and downs', 'odds and ends', 'trials and tribulations',
  'ladies and gentlemen', 'men and women', 'boys and girls', 'male and female', 'women and girls', 'women and children',
  'name and address', 'date and time', 'dates and times', 'time and date', 'day and time', 'days and times', 'name and email',
  'hints and tips', 'tips and advice', 'questions and answers', 'first and last', 'names and addresses',
  'sustainable and renewable', 'sustainable or renewable', 'cleaner and greener', 'greener and cleaner', 'clean and green',
  'clean and tidy', 'safe and secure', 'safe and well', 'safe and sound', 'fit and healthy', 'healthy and active',
  'active and healthy', 'open and honest', 'honest and open', 'open and transparent', 'dignity and respect',
  'respect and dignity', 'kindness and respect', 'dignity and compassion', 'compassion and respect', 'kindness and compassion',
  'news and updates', 'news and information', 'updates and information', 'information and updates', 'events and activities',
  'activities and events', 'news and events', 'care and compassion', 'compassion and care', 'polite and courteous',
  'help and support', 'support and help', 'advice and support', 'support and advice', 'information and advice',
  'advice and information', 'advice and guidance', 'guidance and advice', 'support and guidance', 'information and support',
  'views and opinions', 'thoughts and views', 'views and ideas', 'thoughts and ideas', 'ideas and suggestions',
  'comments and suggestions', 'suggestions and comments', 'thoughts and feelings', 'hopes and aspirations', 'hopes and fears',
  'needs and wishes', 'wishes and needs', 'wants and needs', 'needs and wants', 'needs and preferences', 'aims and objectives',
  'goals and objectives', 'rules and regulations', 'policies and procedures', 'roles and responsibilities',
  'skills and experience', 'knowledge and skills', 'skills and knowledge', 'safe and welcoming', 'warm and welcoming',
  'friendly and welcoming', 'welcoming and friendly', 'clear and concise', 'clear and simple', 'simple and clear',
  'quick and easy', 'easy and quick', 'each and every', 'more and more', 'again and again', 'over and over', 'on and off',
  'now and then', 'here and there', 'back and forth', 'up and running', 'out and about', 'by and large', 'above and beyond',
  'time and money', 'time and budget', 'time and resources', 'time and effort', 'money and time',
  'fair and reasonable', 'reasonable and fair', 'fair and equitable', 'fair and just', 'fair and equal',
  'fruit and vegetables', 'fruit and veg', 'fruits and vegetables', 'read and understand', 'look and feel',
  'and so on', 'nice and', 'try and', 'go and', 'come and', 'wait and see',
];

/** Balanced pairs: both sides of one scale. */
const BALANCED = [
  'costs and benefits', 'benefits and costs', 'advantages and disadvantages', 'disadvantages and advantages', 'pros and cons',
  'strengths and weaknesses', 'positives and negatives', 'good and bad', 'bad and good', 'likes and dislikes', 'risks and benefits',
  'benefits and risks', 'benefits and drawbacks', 'opportunities and risks', 'opportunities and threats', 'risks and opportunities',
  'more and less', 'better and worse', 'increase and decrease', 'improve or worsen', 'improved or worsened', 'positive and negative',
  'negative and positive', 'right and wrong', 'now and in the future', 'past and present', 'present and future', 'before and after',
  'day and night', 'night and day', 'weekdays and weekends', 'weekday and weekend', 'young and old', 'old and young', 'rich and poor',
  'urban and rural', 'rural and urban', 'inside and outside', 'indoor and outdoor', 'indoors and outdoors', 'online and offline',
  'online and in person', 'in person and online', 'local and national', 'short and long term', 'short-term and long-term',
  'short and long-term', 'start and end', 'beginning and end', 'arrival and departure', 'input and output', 'supply and demand',
  'give and take', 'rights and wrongs', 'ins and outs', 'highs and lows', 'dos and don\'ts', 'yes and no', 'agree and disagree',
  'support and oppose', 'for and against', 'likely and unlikely', 'satisfied and dissatisfied', 'easy and difficult',
];

const ANTONYMS: Array<[string, string]> = [
  ['good', 'bad'], ['better', 'worse'], ['more', 'less'], ['more', 'fewer'], ['increase', 'decrease'], ['improve', 'worsen'],
  ['support', 'oppose'], ['agree', 'disagree'], ['for', 'against'], ['likes', 'dislikes'], ['positive', 'negative'],
  ['strengths', 'weaknesses'], ['advantages', 'disadvantages'], ['benefits', 'costs'], ['benefits', 'drawbacks'],
  ['benefits', 'risks'], ['pros', 'cons'], ['easy', 'difficult'], ['easy', 'hard'], ['high', 'low'], ['higher', 'lower'],
  ['up', 'down'], ['open', 'closed'], ['start', 'finish'], ['right', 'wrong'], ['true', 'false'], ['yes', 'no'],
  ['past', 'present'], ['present', 'future'], ['before', 'after'], ['old', 'new'], ['young', 'old'], ['rich', 'poor'],
  ['urban', 'rural'], ['online', 'offline'], ['inside', 'outside'], ['indoor', 'outdoor'], ['men', 'women'], ['male', 'female'],
  ['boys', 'girls'], ['strongly', 'slightly'], ['public', 'private'], ['local', 'national'], ['gains', 'losses'],
  ['rewards', 'risks'], ['hopes', 'fears'], ['likes', 'dislike'], ['helpful', 'unhelpful'], ['useful', 'useless'],
];

const NEGATING_PREFIX = /^(?:un|in|im|ir|il|dis|non-?|mis)/;

/** Singular heads that a pair of modifiers can share: "the collection and return service". */
const SHARED_HEAD = /^(?:service|scheme|team|department|centre|center|programme|program|facility|provision|sector|system|strategy|plan|policy|board|partnership|officer|hub|unit|network|project|group|forum|panel|process|pathway|offer|package|approach|framework|budget|fund|sector|industry|charge|tax|licence|license|permit|card|pass|assessment|review|zone|route)$/i;

/** Words that end the left conjunct (walking back from "and"). */
const LEFT_STOP = new Set(
  ('the a an your our their its this these those my his her any some each every both either neither all with about of for in on at to ' +
    'from by into onto over under through between among within without across around after before during is are was were be been being am ' +
    "do does did have has had will would should shall can could may might must you we they i he she it there that which who whom whose what " +
    "when where why how if whether than as rate recommend enjoy use used using find found feel felt think agree satisfied dissatisfied happy " +
    "pleased like prefer get got make made see saw visit visited receive received provide provided offer offered give given keep kept " +
    "not no never very more less most least so too also just only rating describe overall currently usually generally").split(/\s+/),
);
/** Words that end the right conjunct (walking forward). */
const RIGHT_STOP = new Set(
  ('of in on at for with to from by about into onto during after before since when while if that which who whom whose where as than ' +
    "because so is are was were be been being am do does did have has had will would should shall can could may might must you we they i he " +
    "she it there and or but nor please not no very overall currently today provided offered given by within without across around between " +
    'among through under over near like including compared generally usually').split(/\s+/),
);
const DETERMINER = /^(?:the|a|an|your|our|their|its|this|these|those|my|his|her|any|some|each|every|both)$/i;
/** Nouns and adjectives that only look like verb forms or adverbs. */
const LOOKS_VERBAL = new Set(
  ('parking housing funding building planning training recycling lighting cycling walking flooding clothing heating ' +
    'shopping swimming learning spending meeting opening evening morning wellbeing being booking signage ' +
    'family supply assembly early elderly friendly lonely lovely only daily weekly monthly yearly holy belly rally ally ' +
    'reply july italy bed red need seed feed speed').split(/\s+/),
);

/** Whether a word reads as a verb form or adverb ("seeing", "organised", "properly"). */
function verbLike(word: string): boolean {
  if (LOOKS_VERBAL.has(word) || word.length < 5) return false;
  return /(?:ly|[^e]ed|ing)$/.test(word);
}

function takesObject(next: Token | undefined): boolean {
  return !!next && (DETERMINER.test(next.lower) || /^(?:it|them|you|us|me|him|her|what|how|whether|if)$/.test(next.lower));
}

/** Words that cannot be one of two things being asked about. */
const NOT_A_TARGET = new Set(
  ('other others more less most so also then now again not all much many how what why when where who which whether if there here ' +
    'yes no etc else too only just even still further furthermore finally lastly thus hence therefore however either neither one two ' +
    'three four five six seven eight nine ten first second third last next').split(/\s+/),
);
const MODIFIER_PREPOSITION = /^(?:for|about|from|towards|by|on|regarding|concerning)$/;
/** Endings that mark a describing word rather than a verb. */
const ADJECTIVAL = /(?:able|ible|ful|ous|ive|al|ent|ant|ic|less|ary|ory)$/;
/** Verb pairs that name one task. */
const ONE_TASK = new Set([
  'read and understand', 'follow and understand', 'find and book', 'find and use', 'find and access', 'understand and use',
  'access and use', 'see and hear', 'look and feel', 'come and go', 'sign and return', 'complete and return', 'fill and return',
  'print and post', 'live and work', 'work and live', 'get to and from', 'find and understand', 'read and follow',
]);
const SCOPE = /^(?:between|across|throughout|among|amongst|within|around)$/;
const MODAL = /^(?:to|will|would|should|shall|can|could|may|might|must|do|does|did)$/i;

/** Questions whose "and" lists answer options ("Which of these…", "each of the following"). */
const OPTION_LIST = /\b(?:which\s+of\s+(?:the\s+following|these|those|them)|(?:each|any|all)\s+of\s+(?:the\s+following|these|those)|the\s+following|listed\s+below|below|from\s+the\s+list|select\s+all|tick\s+all)\b/i;

// ---- explicit markers -------------------------------------------------------------------------

const AND_OR = /\b(and\s*\/\s*or|or\s*\/\s*and)\b/i;
const AS_WELL_AS = /\bas\s+well\s+as\b/i;
const COMPARATIVE_BEFORE = /\b(?:work|works|worked|working|perform|performs|performed|performing|do|does|did|doing|done|went|go|goes|going|run|runs|ran|cope|coped|function\w*|manag\w+|play|played|score|scored|understand|know|read|speak|write)\s+(?:\w+\s+)?$/i;
const COMPARATIVE_AFTER = /^\s+(?:possible|expected|before|usual|ever|it\s+(?:could|should|used\s+to|did|does)|(?:you|we|they|he|she|I)\s+(?:can|could|would|should|expected|hoped|did|do|used))\b/i;
const IN_DOING_SO = /\b(and\s+(?:in\s+doing\s+so|in\s+so\s+doing|by\s+doing\s+so|thereby|as\s+a\s+result|therefore))\b/i;
const AND_ALSO = /\b(and\s+also)\b/i;
const CLAUSE_JOIN = new RegExp(
  String.raw`\b(and\s+(?:then\s+)?(?:that(?:'s|\s+is|\s+was|\s+would\s+be)|this(?:'s|\s+is|\s+was)|it(?:'s|\s+is|\s+was|\s+will|\s+would)` +
    String.raw`|(?:we|i|you|they|he|she|there)(?:'s|'re|'ll|'d|\s+(?:should|must|need|needs|ought|is|are|was|were|will|would|can|could|have|has|had|just|really|probably|also|do|did|don't))` +
    String.raw`|(?:would|will|do|did|are|is|should|can|could|have|has|does|were|was)\s+(?:you|it|they|we|the|this|these|there)))\b`,
  'i',
);
const THAT_COMPLEMENT = /\b(?:agree|think|feel|believe|accept|say|consider|support the view)\s+that\b/i;
const AND_THAT = /\b(and\s+that)\s+(?!is\b|was\b|'s\b|would\b)\w+/i;

/**
 * A yes/no about doing one of two things: "Did you visit the museum or the gallery?" A yes
 * cannot say which. Choices ("Would you prefer…"), 'or not' and 'or anywhere else' are fine.
 */
const OR_BEHAVIOUR =
  /^(?:do|did|have|will|would)\s+you\s+(?:ever\s+|usually\s+|regularly\s+|currently\s+|often\s+|normally\s+|still\s+|also\s+)?(?:use|used|visit|visited|shop|shopped|go\s+to|gone\s+to|went\s+to|been\s+to|attend|attended|buy|bought|watch|watched|read|listen\s+to|listened\s+to|travel\s+to|travelled\s+to|traveled\s+to|contact|contacted|call|called|eat|drink)\b/i;
const OR_NOT_A_SECOND_THING =
  /^\s*(?:not|neither|other|others|another|elsewhere|anywhere|anything|anyone|something|somewhere|both|similar|any|none|equivalent|more|less|would|do|does|did|are|is|was|were|should|could|can|will|you|we|i|they|have|has|prefer|rather|instead|online|in\s+person)\b/i;

interface OrPair {
  a: string;
  b: string;
  /** Offsets of the two parts in the sentence text. */
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

function orPair(q: QuestionText): OrPair | undefined {
  if (q.opener < 0 || !q.closed) return undefined;
  const scope = q.text.slice(q.opener);
  const head = OR_BEHAVIOUR.exec(scope);
  if (!head) return undefined;
  const from = q.opener + head[0].length;
  const rest = q.text.slice(from);
  const or = /\s(or)\s/i.exec(rest);
  if (!or) return undefined;
  const orAt = from + or.index + 1;
  const left = q.text.slice(from, orAt).trim();
  const afterOr = q.text.slice(orAt + 2);
  if (!/[a-z]{2}/i.test(left) || /[,;:]\s*$/.test(left) || left.split(/\s+/).length > 6) return undefined;
  if (OR_NOT_A_SECOND_THING.test(afterOr) || /\bor\b/i.test(afterOr)) return undefined;
  // The second thing runs to the next punctuation mark (a scan, not a regex: whitespace around a
  // lazy group backtracks quadratically).
  const tail = afterOr.trimStart();
  const stop = tail.search(/[?,;:.]/);
  const second = (stop < 0 ? tail : tail.slice(0, stop)).trimEnd();
  const right = second.length >= 2 && second.length <= 60 ? [second, second] : null;
  if (!right || right[1].split(/\s+/).length > 6) return undefined;
  // Fixed phrases and near-synonyms read the same with 'or': "parent or carer", "sustainable or renewable".
  const lower = q.text.toLowerCase();
  if (phraseAllowed(`${lower.slice(0, orAt)}and${lower.slice(orAt + 2)}`, orAt)) return undefined;
  // "a wheelchair or mobility scooter": one determiner shared by both names one kind of thing.
  if (/^(?:a|an|the|your|any|some)\s/i.test(left) && !/^(?:a|an|the|your|any|some|at|in|on|to|from)\s/i.test(right[1])) return undefined;
  const aStart = from + (q.text.slice(from).length - q.text.slice(from).trimStart().length);
  const bStart = orAt + 2 + afterOr.indexOf(right[1]);
  return { a: quote(left), b: quote(right[1]), aStart, aEnd: orAt - 1, bStart, bEnd: bStart + right[1].length };
}

/** "Did you visit the museum or the gallery?" → "Did you visit the museum? Did you visit the gallery?" */
function orSplitFix(pair: OrPair, block: BlockModel, sentence: Sentence, label?: string): Fix[] {
  const unit = block.units[sentence.unit];
  if (unit?.listItem || unit?.tableCell || label) return [];
  const text = sentence.text;
  if (!/^\s*\?\s*$/.test(text.slice(pair.bEnd))) return [];
  const prefix = text.slice(0, pair.aStart);
  const first = `${prefix}${text.slice(pair.aStart, pair.aEnd).trimEnd()}?`;
  const second = `${prefix}${text.slice(pair.bStart, pair.bEnd)}?`;
  const edit = replaceInSentence(block, sentence, 0, text.length, `${first} ${second}`);
  return edit ? [{ title: 'Split into two questions', edits: [edit], isPreferred: true }] : [];
}

// ---- finding pairs ---------------------------------------------------------------------------

interface Conjunct {
  words: Token[];
}

function textOf(q: QuestionText, c: Conjunct): string {
  return quote(q.text.slice(c.words[0].start, c.words[c.words.length - 1].end));
}

function phraseAllowed(lower: string, andStart: number): boolean {
  for (const list of [FIXED, BALANCED]) {
    for (const phrase of list) {
      const k = phrase.search(/\band\b/);
      if (k < 0) continue;
      const from = andStart - k;
      if (from < 0) continue;
      if (lower.startsWith(phrase, from)) {
        const before = lower[from - 1];
        const after = lower[from + phrase.length];
        if ((before === undefined || !/[\w-]/.test(before)) && (after === undefined || !/[\w-]/.test(after) || phrase.endsWith(' '))) return true;
      }
    }
  }
  return false;
}

function opposites(a: string, b: string): boolean {
  if (a === b) return true;
  if (b.replace(NEGATING_PREFIX, '') === a && b !== a) return true;
  if (a.replace(NEGATING_PREFIX, '') === b && a !== b) return true;
  if (b === `not ${a}`) return true;
  return ANTONYMS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

function usable(t: Token | undefined): t is Token {
  return isWord(t) && !t.word.includes('#') && !/^\d/.test(t.word) && !NOT_A_TARGET.has(t.lower);
}

interface Pair {
  items: Conjunct[];
  /** Token index of the "and". */
  and: number;
}

function findPair(q: QuestionText): Pair | undefined {
  const toks = tokens(q.masked);
  const lower = q.text.toLowerCase();
  const from = Math.max(q.opener, 0);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.lower !== 'and' || t.start < from) continue;
    if (phraseAllowed(lower, t.start)) continue;
    // "carers and their families" is checked as "carers and families" too.
    const det = toks[i + 1] && DETERMINER.test(toks[i + 1].lower) ? toks[i + 1] : undefined;
    if (det && phraseAllowed(lower.slice(0, t.end) + lower.slice(det.end), t.start)) continue;
    // Right conjunct: skip one determiner, then content words up to a stop.
    let j = i + 1;
    const ownDeterminer = !!toks[j] && DETERMINER.test(toks[j].lower);
    if (ownDeterminer) j++;
    const right: Token[] = [];
    while (j < toks.length && right.length < 4 && isWord(toks[j]) && !RIGHT_STOP.has(toks[j].lower)) {
      // After its first word the conjunct ends at a determiner, adverb or verb form ("the world seeing…").
      const prev = right[right.length - 1]?.lower;
      const afterAdverb = prev !== undefined && (prev === 'well' || /ly$/.test(prev));
      // An -ing word is a verb only when an object follows ("seeing a view"), else a noun ("street cleaning").
      const verbal = /ing$/.test(toks[j].lower) ? verbLike(toks[j].lower) && takesObject(toks[j + 1]) : verbLike(toks[j].lower);
      if (right.length > 0 && (DETERMINER.test(toks[j].lower) || (!afterAdverb && verbal))) break;
      right.push(toks[j++]);
    }
    if (right.length === 0) {
      const parallel = parallelPhrases(toks, i);
      if (parallel) return parallel;
      continue;
    }
    if (!usable(right[0]) || !usable(right[right.length - 1])) continue;
    // Left conjunct: back from the "and" (past an Oxford comma) to a stop.
    let k = i - 1;
    if (toks[k]?.word === ',') k--;
    let left: Token[] = [];
    while (k >= 0 && left.length < 4 && isWord(toks[k]) && !LEFT_STOP.has(toks[k].lower)) left.unshift(toks[k--]);
    // "easy to use and affordable": a quality after 'and' pairs with "easy to use".
    if (left.length === 0 && k >= 2 && ADJECTIVAL.test(right[0].lower) && toks[k - 1]?.lower === 'to' && usable(toks[k - 2])) {
      left = [toks[k - 2], toks[k - 1], toks[k]];
      k -= 3;
    }
    if (left.length === 0 || !usable(left[0]) || !usable(left[left.length - 1])) continue;
    const stopBefore = toks[k];
    // Ranges and scope: "between 9am and 5pm", "across the country and the world". A pair inside a
    // phrase that describes the thing asked about is one target: "support for carers and families".
    const before = stopBefore && DETERMINER.test(stopBefore.lower) ? toks[k - 1] : stopBefore;
    if (SCOPE.test(before?.lower ?? '') || MODIFIER_PREPOSITION.test(before?.lower ?? '')) continue;
    if (stopBefore && MODAL.test(stopBefore.lower) && left.length === 1) {
      // "easy to find and affordable": the second part is a quality, so the first is "easy to find".
      if (stopBefore.lower === 'to' && ADJECTIVAL.test(right[0].lower) && usable(toks[k - 1])) left = [toks[k - 1], stopBefore, ...left];
      // Two tasks done as one ("to read and understand") are one idea; other pairs are two.
      else if (ONE_TASK.has(`${left[0].lower} and ${right[0].lower}`)) continue;
    }
    // Gerunds: "playing video games and watching films".
    const g = /ing$/.test(right[0].lower) ? left.findIndex((w) => /ing$/.test(w.lower)) : -1;
    if (g >= 0) left = left.slice(g);
    // Otherwise keep the left side no longer than the right ("the food cheap and tasty").
    else if (left.length > right.length && left[left.length - 2]?.lower !== 'to') {
      // "clean and well maintained": a leading adverb does not make the right side longer.
      const weight = right.length - (right.length > 1 && (right[0].lower === 'well' || /ly$/.test(right[0].lower)) ? 1 : 0);
      left = left.slice(left.length - weight);
    }
    // Praise or blame stacked on one thing ("our innovative and outstanding new design") is a
    // loaded description, not two questions: loaded-question reports it.
    if (left.length === 1 && right.length >= 2 && stopBefore && DETERMINER.test(stopBefore.lower) && isChargedWord(left[0].lower)) continue;
    // Modifiers sharing one singular head: "the collection and return service".
    if (!ownDeterminer && right.length >= 2 && left.length === 1 && SHARED_HEAD.test(right[right.length - 1].lower)) continue;
    const a = left[left.length - 1].lower;
    const b = right[0].lower;
    if (opposites(a, b) || opposites(left.map((w) => w.lower).join(' '), right.map((w) => w.lower).join(' '))) continue;
    // Earlier items of a list: "the cleanliness, safety and lighting".
    const items: Conjunct[] = [{ words: left }, { words: right }];
    let m = i - 1 - (toks[i - 1]?.word === ',' ? 1 : 0) - left.length;
    while (m >= 1 && toks[m]?.word === ',' && items.length < 6) {
      let n = m - 1;
      const item: Token[] = [];
      while (n >= 0 && item.length < 3 && isWord(toks[n]) && !LEFT_STOP.has(toks[n].lower)) item.unshift(toks[n--]);
      if (item.length === 0 || !item.every(usable)) break;
      items.unshift({ words: item });
      m = n;
    }
    return { items, and: i };
  }
  return undefined;
}

const PLACE_OR_TIME = /^(?:at|in|on|during|after|before|inside|outside|within|near)$/;
/** Prepositions that mark two purposes or means only when repeated: "for walking and for sport". */
const REPEATED_ONLY = /^(?:for|with|by)$/;

/** Two settings in one question: "safe during the day and at night", "at home and in town". */
function parallelPhrases(toks: Token[], i: number): Pair | undefined {
  const p2 = toks[i + 1];
  if (!p2 || !(PLACE_OR_TIME.test(p2.lower) || REPEATED_ONLY.test(p2.lower))) return undefined;
  const same = (t: Token) => (REPEATED_ONLY.test(p2.lower) ? t.lower === p2.lower : PLACE_OR_TIME.test(t.lower));
  const right: Token[] = [p2];
  let j = i + 2;
  if (toks[j] && DETERMINER.test(toks[j].lower)) right.push(toks[j++]);
  while (j < toks.length && right.length < 5 && usable(toks[j]) && !RIGHT_STOP.has(toks[j].lower)) right.push(toks[j++]);
  if (right.length < 2 || !usable(right[right.length - 1]) || DETERMINER.test(right[right.length - 1].lower)) return undefined;
  let k = i - 1;
  const left: Token[] = [];
  while (k >= 0 && left.length < 5 && isWord(toks[k]) && !same(toks[k])) {
    if (!usable(toks[k]) && !DETERMINER.test(toks[k].lower)) return undefined;
    left.unshift(toks[k--]);
  }
  const p1 = toks[k];
  if (!p1 || !same(p1) || left.length === 0 || !usable(left[left.length - 1])) return undefined;
  return { items: [{ words: [p1, ...left] }, { words: right }], and: i };
}

function listText(q: QuestionText, items: Conjunct[]): string {
  const quoted = items.map((c) => `'${textOf(q, c)}'`);
  return quoted.length === 2 ? `${quoted[0]} and ${quoted[1]}` : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** "…with the cleanliness and opening hours?" → "…with the cleanliness? …with the opening hours?" */
function splitFix(q: QuestionText, pair: Pair, block: BlockModel, sentence: Sentence, label?: string): Fix[] {
  // In a list item, table cell or numbered question the two halves would share one answer
  // space again, so the split is offered only where each becomes a question of its own.
  const unit = block.units[sentence.unit];
  if (pair.items.length !== 2 || unit?.listItem || unit?.tableCell || label) return [];
  const [a, b] = pair.items;
  const text = sentence.text;
  const bEnd = b.words[b.words.length - 1].end;
  if (!/^\s*\?\s*$/.test(text.slice(bEnd))) return [];
  const aStart = a.words[0].start;
  const prefix = text.slice(0, aStart);
  // B with its own determiner ("the library and the museum") takes the place of A's.
  const between = text.slice(a.words[a.words.length - 1].end, b.words[0].start);
  const bDet = /\band\s+(\w+)\s+$/i.exec(between);
  let prefixB = prefix;
  if (bDet && DETERMINER.test(bDet[1])) {
    const aDet = lastWord(prefix);
    prefixB = aDet && DETERMINER.test(aDet.word) ? prefix.slice(0, aDet.index) + `${bDet[1]} ` : prefix + `${bDet[1]} `;
  }
  if (prefix.trim().length === 0) return [];
  const first = `${prefix}${text.slice(aStart, a.words[a.words.length - 1].end)}?`;
  const second = `${prefixB}${text.slice(b.words[0].start, bEnd)}?`;
  const edit = replaceInSentence(block, sentence, 0, text.length, `${first} ${second}`);
  return edit ? [{ title: 'Split into two questions', edits: [edit], isPreferred: true }] : [];
}

// ---- the check -------------------------------------------------------------------------------

function words(text: string, from: number, count: number, backwards: boolean): string {
  const re = /[\w'-]+/g;
  const all = [...text.matchAll(re)];
  const picked = backwards ? all.filter((m) => m.index < from).slice(-count) : all.filter((m) => m.index >= from).slice(0, count);
  return picked.map((m) => m[0]).join(' ');
}

export function doubleHit(q: QuestionText, block: BlockModel, sentence: Sentence, label?: string): Hit | undefined {
  const statement = !q.asks && q.openerWord === '';
  if (!q.closed && !statement) return undefined;
  const text = q.text;
  const scope = text.slice(Math.max(q.opener, 0));
  const offset = Math.max(q.opener, 0);

  const andOr = AND_OR.exec(scope);
  if (andOr) {
    const at = offset + andOr.index;
    const before = text.slice(Math.max(0, at - 40), at);
    const a = words(text, at, 2, true);
    const b = words(text, at + andOr[0].length, 2, false);
    const allowed = phraseAllowed(text.toLowerCase().replace(/[ \t]{0,3}\/[ \t]{0,3}or\b/g, (s) => ' '.repeat(s.length)), at);
    // "hospitals/clinics and/or specialists" lists kinds of one thing.
    if (!before.includes('/') && !allowed && a && b) return { messageId: 'andOr', data: { phrase: `${a} ${quote(andOr[0])} ${b}` } };
  }
  const asWell = AS_WELL_AS.exec(scope);
  if (asWell) {
    const at = offset + asWell.index;
    const end = at + asWell[0].length;
    if (!COMPARATIVE_BEFORE.test(text.slice(Math.max(0, at - 30), at)) && !COMPARATIVE_AFTER.test(text.slice(end))) {
      const a = words(text, at, 2, true);
      const b = words(text, end, 2, false);
      if (a && b) return { messageId: 'asWellAs', data: { a, b } };
    }
  }
  const joined = IN_DOING_SO.exec(scope) ?? AND_ALSO.exec(scope) ?? CLAUSE_JOIN.exec(scope) ?? (THAT_COMPLEMENT.test(scope) ? AND_THAT.exec(scope) : null);
  if (joined) return { messageId: 'twoClaims', data: { joiner: quote(joined[1]) } };

  // Lists of answer options, and counts ("How many adults and children live here?").
  if (OPTION_LIST.test(text) || /^how\s+many\b/i.test(scope)) return undefined;
  const pair = findPair(q);
  if (pair) return { messageId: 'pair', data: { items: listText(q, pair.items) }, fixes: splitFix(q, pair, block, sentence, label) };
  const or = orPair(q);
  if (or) return { messageId: 'eitherOr', data: { a: or.a, b: or.b }, fixes: orSplitFix(or, block, sentence, label) };
  return undefined;
}

const FOLLOW_UP = /^\s*(?:if|why|please|what|how\s+(?:often|many|much|long)|when|where|which|who|can\s+you|could\s+you|tell|in\s+what|and\s+why|or\s+why)\b/i;

export default defineBlockRule({
  id: 'double-barrelled-question',
  summary: 'A question asks about two or more things but allows only one answer.',
  why:
    "When one question covers two things ('How satisfied are you with the cleanliness and opening hours?'), someone who likes one and not the other cannot answer honestly, and whatever they choose you cannot tell which part it was about. The result looks like evidence but cannot guide a decision on either point.",
  howToFix:
    "Ask about one thing at a time: split the question into two, one for each part. Keep pairs that are really one idea ('health and social care', 'agree or disagree', 'costs and benefits'), and use a list of options when you want people to choose between things.",
  principles: [
    { name: 'Ask about one thing at a time', ...SOURCES.krosnickPresser },
    { name: 'Be simple: avoid double-barrelled questions', ...SOURCES.surveyMonkey },
    { name: 'Keep questions short and ask one question at a time', ...SOURCES.snapSurveys },
    { name: 'Present the question clearly, simply and without ambiguity', ...SOURCES.electoralCommission },
  ],
  defaultSeverity: 'warning',
  appliesTo: ['policy', 'strategy', 'engagement-plan', 'consultation', 'survey', 'service-design', 'feedback-report'],
  fixKind: 'rewrite',
  messages: {
    pair: 'Double-barrelled question: it asks about {items} together, so one answer cannot show which of them people mean. Ask about each in its own question.',
    eitherOr:
      "Double-barrelled question: it asks about '{a}' or '{b}' with one yes or no, so a yes cannot show which. Ask about each separately, or ask which they use.",
    andOr: "Double-barrelled question: 'and/or' in '{phrase}' joins two things, so an answer could be about either or both. Ask about each separately.",
    asWellAs: "Double-barrelled question: 'as well as' adds '{b}' to '{a}', so one answer has to cover both. Ask about each separately.",
    twoClaims:
      "Double-barrelled question: '{joiner}' joins two separate points, so someone who agrees with one and not the other cannot answer. Split it into two questions.",
    twoQuestions:
      "Double-barrelled question: this item asks two questions ('{first}' and '{second}') with room for one answer. Give each question its own item.",
  },
  example: {
    flagged: '## Your views\n\n1. How satisfied are you with the cleanliness and opening hours?\n',
    ok: '## Your views\n\n1. How satisfied or dissatisfied are you with the opening hours?\n',
  },
  check(block, context) {
    const reported = new Set<number>();
    const questions = questionSentences(block);
    for (const { sentence, index, label } of questions) {
      const q = readQuestion(sentence.text);
      const hit = doubleHit(q, block, sentence, label);
      if (!hit) continue;
      reported.add(index);
      context.report({ messageId: hit.messageId, data: hit.data, start: sentence.start, end: sentence.end, fixes: hit.fixes ?? [] });
    }
    // Two closed questions in one list item, table cell or numbered question.
    for (let n = 0; n + 1 < questions.length; n++) {
      const first = questions[n];
      const second = questions[n + 1];
      if (first.sentence.unit !== second.sentence.unit || reported.has(first.index) || reported.has(second.index)) continue;
      const unit = block.units[first.sentence.unit];
      // In a questionnaire a list item or table cell is one question; elsewhere it may be a checklist.
      const questionnaire = context.kind === 'survey' || context.kind === 'consultation';
      if (!first.label && !(questionnaire && (unit.listItem || unit.tableCell))) continue;
      const a = readQuestion(first.sentence.text);
      const b = readQuestion(second.sentence.text);
      if (!a.asks || !b.asks || !a.closed || !b.closed || FOLLOW_UP.test(b.text)) continue;
      reported.add(first.index);
      context.report({
        messageId: 'twoQuestions',
        data: { first: short(first.sentence.text), second: short(second.sentence.text) },
        start: first.sentence.start,
        end: first.sentence.end,
      });
    }
  },
});

function short(text: string): string {
  const t = quote(text);
  return t.length > 60 ? `${t.slice(0, 57).trimEnd()}…` : t;
}

/** The last word of `text` when it ends in white space ("…with the " → "the"), with its index. No regex: prefixes can be long. */
function lastWord(text: string): { word: string; index: number } | undefined {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  if (end === text.length) return undefined;
  let start = end;
  while (start > 0 && /\w/.test(text[start - 1])) start--;
  return start < end ? { word: text.slice(start, end), index: start } : undefined;
}
