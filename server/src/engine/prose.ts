// Helpers for rules that look at sentences: find a span's place in the source, and make a
// rewrite edit only where it cannot disturb markup.

import { toSourceRange } from './offsets';
import type { BlockModel, OffsetRange, Sentence, TextEdit } from './types';

/** Source range of characters [from, to) of a sentence's text. */
export function sentenceSpan(block: BlockModel, sentence: Sentence, from: number, to: number): OffsetRange {
  const unit = block.units[sentence.unit];
  return toSourceRange(unit.map, sentence.proseStart + from, sentence.proseStart + to);
}

/**
 * An edit replacing characters [from, to) of a sentence, or undefined when that stretch of
 * prose is not one unbroken run of source text (it crosses `**bold**`, a link, an escape…),
 * because rewriting it would destroy the markup.
 */
export function replaceInSentence(
  block: BlockModel,
  sentence: Sentence,
  from: number,
  to: number,
  newText: string,
): TextEdit | undefined {
  const unit = block.units[sentence.unit];
  const a = sentence.proseStart + from;
  const b = sentence.proseStart + to;
  const runs = unit.map.runs;
  for (let r = 0; r < runs.length; r += 3) {
    const start = runs[r];
    const length = runs[r + 2];
    if (a >= start && b <= start + length) {
      const source = unit.map.base + runs[r + 1];
      return { start: source + (a - start), end: source + (b - start), newText };
    }
  }
  return undefined;
}

/** The sentences of a block, each with its index, for rules that look at every question. */
export function questionSentences(block: BlockModel): Array<{ sentence: Sentence; index: number; preamble?: Sentence; label?: string }> {
  return block.questions.map((q) => ({
    sentence: block.sentences[q.sentence],
    index: q.sentence,
    preamble: q.preamble === undefined ? undefined : block.sentences[q.preamble],
    label: q.label,
  }));
}

/** Moves an offset past closing emphasis (`**`, `_`, `~~`) so inserted text lands outside it. */
export function afterClosingEmphasis(text: string, offset: number): number {
  let at = offset;
  while (at < text.length && (text[at] === '*' || text[at] === '_' || text[at] === '~')) at++;
  return at;
}
