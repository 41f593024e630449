// Shared reading of one question sentence for the question rules (leading, loaded,
// double-barrelled): straightened quotes, masked names and quotations, where the asking clause
// starts and whether it is open or closed. Every helper keeps indexes equal to the sentence's own
// text, so a match can go straight to `sentenceSpan` or `replaceInSentence`.
//
// Patterns here must stay linear-time: a question can be thousands of characters long.

import { replaceInSentence, type BlockModel, type Fix, type Sentence } from '../engine';

export interface QuestionText {
  /** The sentence text with curly quotes and apostrophes made straight (same length). */
  text: string;
  /** `text` with quotations and capitalised names overwritten by '#' (same length). */
  masked: string;
  /** Where the clause that does the asking starts ("If yes, which…" → at "which"), or -1. */
  opener: number;
  /** The first word of that clause, lower case ('' for a statement). */
  openerWord: string;
  /** Whether the asking clause wants a fixed answer (yes/no, a rating, agree/disagree). */
  closed: boolean;
  /** Whether the asking clause is open (what, why, tell us…). */
  open: boolean;
  /** The sentence ends with a question mark (labelled items such as "Q3. Rate…" may not). */
  asks: boolean;
}

/** Same-length copy with curly quotes and apostrophes made straight. */
export function straighten(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc\u2032]/g, "'").replace(/[\u201c\u201d\u2033]/g, '"');
}

const DOUBLE_QUOTED = /"[^"\n]{1,300}"/g;
// A single-quoted stretch opens after a space or bracket and closes before a space or punctuation,
// so apostrophes ("don't", "the Council's") are not taken for quotation marks.
const SINGLE_QUOTED = /(^|[\s(\[])'([^'\n]{1,200}?)'(?=[\s.,;:?!)\]]|$)/g;
const CAPITALISED = /[A-Z][\w'-]*/g;

/**
 * Overwrites quotations and capitalised names with '#', so word lists never fire on a title
 * ("the 'Excellent Care' awards", "the Safer Streets Fund"). The first word of the sentence is
 * kept unless a second capitalised word follows it ("Safer Streets is…").
 */
export function maskNames(text: string): string {
  const out = text.split('');
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (out[i] !== ' ') out[i] = '#';
  };
  for (const m of text.matchAll(DOUBLE_QUOTED)) blank(m.index, m.index + m[0].length);
  for (const m of text.matchAll(SINGLE_QUOTED)) blank(m.index + m[1].length, m.index + m[0].length);
  const firstWord = /^[^A-Za-z]*/.exec(text)![0].length;
  for (const m of text.matchAll(CAPITALISED)) {
    const at = m.index;
    if (m[0] === 'I' || m[0] === "I'm" || m[0] === "I've" || m[0] === "I'd") continue;
    if (at > 0 && /\w/.test(text[at - 1])) continue;
    if (at === firstWord || /[.!?:"(\[\u2029]\s*$/.test(text.slice(Math.max(0, at - 3), at))) {
      // Sentence or clause start: a name only if another capitalised word follows.
      if (!/^\s+[A-Z][a-z]/.test(text.slice(at + m[0].length, at + m[0].length + 3))) continue;
    }
    blank(at, at + m[0].length);
  }
  return out.join('');
}

/** Words that start a clause that asks for a fixed answer. */
const AUXILIARY = /^(?:do|does|did|is|are|was|were|have|has|had|will|would|should|shall|can|could|may|might|must|am|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|haven't|hasn't|won't|wouldn't|shouldn't|can't|couldn't)$/;
/** Auxiliary openers that are really invitations to answer in your own words. */
const OPEN_INVITATION =
  /^(?:(?:can|could|would|will) you (?:please )?(?:tell|describe|explain|give|share|say|list|suggest|think of|let)|would you like to (?:tell|add|say|comment|share|explain)|do you have any (?:other |further |more )?(?:comments?|suggestions?|views?|thoughts?|ideas?|feedback|examples?|questions?|other)|is there anything|are there any (?:other |further )?(?:comments?|suggestions?|ideas?|thoughts?|issues|other))\b/;
/** "How" asks for manner or an account when an auxiliary follows ("How did we do?"); otherwise for a degree. */
const HOW_OPEN = /^how(?:'s|'re|\s+(?:do|does|did|can|could|would|will|should|is|are|was|were|has|have|had|might|may|must|shall|come|to|else|exactly|about))\b(?!\s+you\s+rate\b|\s+you\s+score\b)/;
const OPEN_WORD = /^(?:what|what's|which|why|where|who|whom|whose|when|how|tell|describe|explain|please|in what|list|share|give)$/;

/** Positions where a clause may start: the sentence start and after , ; : and dashes. */
export function clauseStarts(text: string): number[] {
  const starts: number[] = [];
  const skip = (i: number) => {
    while (i < text.length && /[\s\[(*_"']/.test(text[i])) i++;
    return i;
  };
  starts.push(skip(0));
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ',' || c === ';' || c === ':' || c === '\u2013' || c === '\u2014' || c === ']' || c === ')' || (c === '-' && text[i - 1] === ' ' && text[i + 1] === ' ')) {
      const at = skip(i + 1);
      if (at < text.length && at !== starts[starts.length - 1]) starts.push(at);
    }
  }
  return starts;
}

const INTERROGATIVE = /^(?:do|does|did|is|are|was|were|have|has|had|will|would|should|shall|can|could|may|might|must|am|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|haven't|hasn't|won't|wouldn't|shouldn't|can't|couldn't|surely|what|what's|which|why|where|who|whom|whose|when|how|to what extent|tell|describe|explain|please|rate|in what|on a scale|overall)\b/;

export function readQuestion(raw: string): QuestionText {
  const text = straighten(raw);
  const masked = maskNames(text);
  const lower = text.toLowerCase();
  let opener = -1;
  let openerWord = '';
  for (const at of clauseStarts(lower)) {
    const m = INTERROGATIVE.exec(lower.slice(at, at + 40));
    if (m) {
      // "If yes, which…" and "Thinking about X, how…" skip to the clause that asks.
      if (m[0] === 'overall' || m[0] === 'please') {
        const rest = /^(?:overall|please)\s*,?\s*/.exec(lower.slice(at))![0].length;
        const inner = INTERROGATIVE.exec(lower.slice(at + rest, at + rest + 40));
        if (inner && inner[0] !== 'overall' && inner[0] !== 'please') {
          opener = at + rest;
          openerWord = inner[0];
          break;
        }
        if (m[0] === 'overall') continue;
      }
      opener = at;
      openerWord = m[0];
      break;
    }
  }
  const clause = opener >= 0 ? lower.slice(opener, opener + 80) : '';
  let closed = false;
  let open = false;
  if (opener >= 0) {
    if (AUXILIARY.test(openerWord)) {
      if (OPEN_INVITATION.test(clause)) open = true;
      else closed = true;
    } else if (openerWord === 'to what extent' || openerWord === 'rate' || openerWord === 'on a scale' || openerWord === 'surely') {
      closed = true;
    } else if (openerWord === 'how') {
      if (HOW_OPEN.test(clause)) open = true;
      else closed = true;
    } else if (openerWord === 'please') {
      if (/^please (?:rate|score|say how|tick|choose|select|indicate)\b/.test(clause)) closed = true;
      else open = true;
    } else if (OPEN_WORD.test(openerWord)) {
      open = true;
    }
  }
  return { text, masked, opener, openerWord, closed, open, asks: /\?[\s"')\]*_]*$/.test(text) };
}

/** Replacement text keeping the capital of the text it replaces. */
export function matchCase(original: string, replacement: string): string {
  if (original.length === 0 || replacement.length === 0) return replacement;
  const first = original[0];
  if (first === first.toUpperCase() && first !== first.toLowerCase()) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement[0].toLowerCase() + replacement.slice(1);
}

/** A one-edit fix, or nothing when the edit would cross markup. */
export function rewriteFix(
  block: BlockModel,
  sentence: Sentence,
  from: number,
  to: number,
  newText: string,
  title: string,
  isPreferred = true,
): Fix | undefined {
  const edit = replaceInSentence(block, sentence, from, to, newText);
  return edit ? { title, edits: [edit], isPreferred } : undefined;
}

/** The phrase as written, trimmed and with runs of white space made single. */
export function quote(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Word tokens with their positions. */
export interface Token {
  word: string;
  lower: string;
  start: number;
  end: number;
}

const TOKEN = /[A-Za-z0-9\u00c0-\u024f#][\w\u00c0-\u024f'#-]*|[^\sA-Za-z0-9\u00c0-\u024f#]/g;

export function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0];
    // A trailing apostrophe or hyphen belongs to punctuation, not the word.
    while (word.length > 1 && /['-]$/.test(word)) word = word.slice(0, -1);
    out.push({ word, lower: word.toLowerCase(), start: m.index, end: m.index + word.length });
  }
  return out;
}

export function isWord(t: Token | undefined): t is Token {
  return !!t && /^[A-Za-z0-9\u00c0-\u024f#]/.test(t.word);
}
