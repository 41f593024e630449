import { defineDocumentRule, replaceInSentence, type Fix, type TextEdit } from '../engine';
import { estimateParticipation, firstClaim, PARTICIPATION_LEVELS, type ParticipationClaim, type ParticipationLevel } from './participation';
import { insertSectionFix } from './snippet-sections';
import { SOURCES } from './sources';

/** Sections a "How we will share decisions" section naturally comes before. */
const COMES_BEFORE = [
  /\b(?:who (?:we will|we'll) involve|stakeholders?|how (?:you|to) (?:can )?(?:take part|get involved|respond|have your say)|ways to|methods?|timeline|timetable|key dates|questions?|survey|what happens next|next steps|feedback|you said|recognising|payments?|evaluation|how we will know|contact|get in touch|appendi(?:x|ces)|glossary)\b/i,
];

/** What the draft amounts to, as written, for the message. */
const AS_WRITTEN: Record<ParticipationLevel | 'none', string> = {
  none: 'nothing says how people will take part',
  inform: 'as written, people are only told about it',
  consult: 'as written, it is consultation',
  involve: 'as written, it is involvement',
  'co-design': 'as written, it is co-design',
  'co-produce': 'as written, it is co-production',
};

const rank = (level: ParticipationLevel | null) => (level === null ? -1 : PARTICIPATION_LEVELS.indexOf(level));

export default defineDocumentRule({
  id: 'power-sharing-missing',
  summary: 'The draft calls itself co-production or co-design but describes no decisions, seats or budget that participants share.',
  why:
    "Co-production means sharing power: participants make or share real decisions, sit where decisions are taken and help carry them out. Calling consultation 'co-production' raises expectations the process cannot meet, and people who find out they were only asked for views trust the next invitation less.",
  howToFix:
    "Either describe the power people will have (the decisions they will make or share, their seats in governance, any budget they control, and what happens if you cannot follow their decision), or describe the work honestly as engagement or consultation.",
  principles: [
    { name: 'Sharing of power: the work is jointly owned and decisions are made together', ...SOURCES.nihr },
    { name: 'Co-production needs shared power and people’s actions, not only their ideas', ...SOURCES.tlap },
    { name: 'Equality: co-production needs a shift in power', ...SOURCES.scie },
    { name: 'Citizens and professionals share power and work together in equal and reciprocal relationships', ...SOURCES.copronetWales },
    { name: 'Participation without redistribution of power is an empty ritual', ...SOURCES.arnstein },
  ],
  defaultSeverity: 'warning',
  appliesTo: ['policy', 'strategy', 'engagement-plan', 'consultation', 'survey', 'service-design'],
  fixKind: 'insert-section',
  messages: {
    coproduction:
      'This calls the work co-production, but the draft gives participants no share in decisions, no seat in governance and no budget; {found}. Describe the decisions people will share, or call it engagement.',
    codesign:
      'This calls the work co-design, but nothing shows participants designing or shaping the options with you; {found}. Describe what people will design and decide, or call it engagement.',
  },
  example: {
    flagged:
      '# New youth centre: engagement plan\n\nWe will co-produce the new youth centre with young people.\n\n## How to take part\n\nFill in our online survey by 30 June.\n',
    ok:
      '# New youth centre: engagement plan\n\nWe will co-produce the new youth centre with young people.\n\n## How we will share decisions\n\nYoung people will hold half of the seats on the project board, which a young person co-chairs. The board will choose between the designs and controls a budget of £40,000.\n',
  },
  check(doc, context) {
    const estimate = estimateParticipation(doc);
    if (estimate.claimed === null || rank(estimate.level) >= rank(estimate.claimed)) return;
    const claim = firstClaim(doc, estimate.claimed);
    if (!claim) return;
    const fixes: Fix[] = [
      insertSectionFix(doc, "Insert a 'How we will share decisions' section", 'Shared decisions (power sharing)', COMES_BEFORE),
    ];
    const rewrite = callItEngagement(claim);
    if (rewrite) fixes.push(rewrite);
    context.report({
      messageId: estimate.claimed === 'co-produce' ? 'coproduction' : 'codesign',
      data: { found: AS_WRITTEN[estimate.level ?? 'none'] },
      start: claim.sentence.start,
      end: claim.sentence.end,
      fixes,
    });
  },
});

// ---- "Call it engagement" ---------------------------------------------------------------------

type Form = 'noun' | 'base' | 'third' | 'ing' | 'past' | 'unsafe';

const MODAL_OR_PRONOUN = new Set(['to', 'will', 'would', 'can', 'could', 'should', 'must', 'shall', 'may', 'might', 'we', 'they', 'you', 'i', 'not', 'also', 'jointly', 'together', 'help', 'helps', 'helped', 'let', "we'll", "they'll", 'we’ll', 'they’ll']);
const DETERMINER_OR_PREPOSITION = new Set([
  'a', 'an', 'the', 'of', 'through', 'by', 'in', 'for', 'our', 'their', 'its', 'your', 'this', 'that', 'genuine', 'real', 'true', 'full', 'meaningful',
  'effective', 'using', 'via', 'about', 'on', 'with', 'and', 'or', 'is', 'are', 'was', 'be',
]);
const OBJECT_START = new Set(['the', 'a', 'an', 'our', 'their', 'new', 'it', 'them', 'this', 'these', 'those', 'services', 'service', 'solutions', 'how', 'what']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const HAVE = new Set(['have', 'has', 'had', "we've", 'we’ve']);
const ADJECTIVE_BEFORE = new Set(['a', 'an', 'the', 'our', 'this', 'their', 'its', 'your', 'these', 'those', 'fully', 'genuinely', 'truly', 'jointly']);

/** "with" followed by the organisation itself: "co-produce with us" becomes "work with us". */
const WITH_US = /^\s+with\s+(?:us|you|me|the council|officers|staff|professionals|services|partners|commissioners|clinicians|the team)\b/i;
const WITH = /^\s+with\b/i;
const WITH_OR_BY = /^\s+(?:with|by|alongside|together with|in partnership with)\b/i;
const CLAUSE_END = /^\s*(?:[.,;:!?)]|$)/;
const WORD_STOP = ' \t,;:(“"‘\'';
const JOINER = new Set(['', ',', 'and', 'or', '/', '&', 'and/or']);

interface Replacement {
  from: number;
  to: number;
  text: string;
}

/** Replaces the claim words in the claiming sentence with plainer ones, keeping their case. */
function callItEngagement(claim: ParticipationClaim): Fix | undefined {
  const text = claim.sentence.text;
  const words = [...claim.words].sort((a, b) => a.from - b.from);
  // "co-production and co-design" is one idea: it becomes one "engagement".
  const groups: Array<typeof words> = [];
  for (const word of words) {
    const last = groups[groups.length - 1];
    if (last && JOINER.has(text.slice(last[last.length - 1].to, word.from).trim().toLowerCase())) last.push(word);
    else groups.push([word]);
  }
  const edits: TextEdit[] = [];
  for (const group of groups) {
    const from = group[0].from;
    const replacements = replace(text, from, group[group.length - 1].to);
    if (!replacements) return undefined;
    for (const r of replacements) {
      const edit = replaceInSentence(claim.block, claim.sentence, r.from, r.to, r.text);
      if (!edit) return undefined;
      edits.push(edit);
    }
  }
  if (edits.length === 0) return undefined;
  return { title: 'Call it engagement', edits };
}

function replace(text: string, from: number, to: number): Replacement[] | undefined {
  const word = text.slice(from, to);
  const first = text.slice(from, from + (word.search(/\s|,|\//) > 0 ? word.search(/\s|,|\//) : word.length));
  const stem = first.toLowerCase().replace(/^co[-\u2010\u2011]?/, '');
  const before = text.slice(Math.max(0, from - 40), from);
  const previous = lastWord(before);
  const after = text.slice(to, to + 60);
  const next = firstWord(after);
  const form = formOf(stem, previous, next);
  const out: Replacement[] = [];
  let end = to;
  let plain: string;
  switch (form) {
    case 'unsafe':
      return undefined;
    case 'noun':
      plain = 'engagement';
      if (previous?.word.toLowerCase() === 'a') {
        const at = from - (before.length - previous.index);
        out.push({ from: at, to: at + 1, text: previous.word === 'A' ? 'An' : 'an' });
      }
      break;
    case 'base':
    case 'third':
    case 'ing': {
      const verb = WITH_US.test(after) ? 'work' : WITH.test(after) ? 'involve' : 'develop';
      if (verb === 'involve') end = to + WITH.exec(after)![0].length;
      plain = inflect(verb, form);
      break;
    }
    case 'past':
      if (WITH_OR_BY.test(after)) plain = 'developed';
      else if (previous && BE.has(previous.word.toLowerCase()) && CLAUSE_END.test(after)) plain = 'shaped by people’s views';
      else if (previous && HAVE.has(previous.word.toLowerCase())) plain = 'developed';
      else if (!previous || ADJECTIVE_BEFORE.has(previous.word.toLowerCase()) || CLAUSE_END.test(after)) return undefined;
      else plain = 'helped shape';
      break;
  }
  out.push({ from, to: end, text: withCaseOf(first, plain) });
  return out;
}

function formOf(stem: string, previous: { word: string } | undefined, next: string | undefined): Form {
  if (/^(?:production|productions|creation|creations)$/.test(stem)) return 'noun';
  if (/^designers?$/.test(stem)) return 'unsafe';
  if (/^(?:produce|create)$/.test(stem)) return 'base';
  if (/^(?:produces|creates|designs)$/.test(stem)) return 'third';
  if (/^(?:producing|creating|designing)$/.test(stem)) return 'ing';
  if (/^(?:produced|created|designed)$/.test(stem)) return 'past';
  // "design": a verb after "will", "to", "we"…; a noun after "a", "through", "of"…
  const before = previous?.word.toLowerCase();
  if (before && MODAL_OR_PRONOUN.has(before)) return 'base';
  if (before && DETERMINER_OR_PREPOSITION.has(before)) return 'noun';
  return next && OBJECT_START.has(next.toLowerCase()) ? 'base' : 'noun';
}

function inflect(verb: 'work' | 'involve' | 'develop', form: Form): string {
  if (form === 'third') return `${verb}s`;
  if (form === 'ing') return verb === 'involve' ? 'involving' : `${verb}ing`;
  return verb;
}

function lastWord(text: string): { word: string; index: number } | undefined {
  let end = text.length;
  while (end > 0 && text[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && !WORD_STOP.includes(text[start - 1])) start--;
  return start < end ? { word: text.slice(start, end), index: start } : undefined;
}

function firstWord(text: string): string | undefined {
  const words = text.trim().split(/[\s,;:.!?)]+/);
  return words[0] || undefined;
}

function withCaseOf(original: string, plain: string): string {
  const letters = original.replace(/[^A-Za-z]/g, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return plain.toUpperCase();
  if (/^[A-Z]/.test(original)) return plain[0].toUpperCase() + plain.slice(1);
  return plain;
}
