// Finding what a draft says about a topic, by heading and by body text, cheaply enough to re-run
// on every keystroke: each block's matches are worked out once per block text (blockFact).

import { blockFact, headingMatchesPattern, parsedSentences, sectionsMatching, type DocumentModel, type OffsetRange, type Section, type SentenceRef } from '../engine';

export interface Topic {
  /** Unique per topic: names the cached per-block fact. */
  key: string;
  /** Headings that introduce a section on the topic. */
  heading?: RegExp;
  /** Sentences (in headings, paragraphs, list items or table cells) that show the topic. */
  body?: RegExp;
}

export interface Evidence {
  sections: Section[];
  sentences: SentenceRef[];
}

/** Sections whose heading matches the topic, and sentences anywhere whose text matches it. */
export function findEvidence(doc: DocumentModel, topic: Topic): Evidence {
  const sections = topic.heading ? sectionsMatching(doc, topic.heading) : [];
  const sentences = topic.body ? sentencesMatching(doc, topic.key, topic.body) : [];
  return { sections, sentences };
}

export function hasEvidence(doc: DocumentModel, topic: Topic): boolean {
  if (topic.heading && doc.sections.some((s) => headingMatchesPattern(topic.heading!, s.heading.text))) return true;
  return !!topic.body && doc.blocks.some((block) => matchingIndexes(block, topic.key, topic.body!).length > 0);
}

/** Every sentence matching `pattern`, in document order; `key` must be unique to the pattern. */
export function sentencesMatching(doc: DocumentModel, key: string, pattern: RegExp): SentenceRef[] {
  const refs: SentenceRef[] = [];
  for (const block of doc.blocks) {
    const indexes = matchingIndexes(block, key, pattern);
    if (indexes.length === 0) continue;
    for (const i of indexes) {
      const sentence = block.sentences[i];
      refs.push({ block, sentence, unit: block.units[sentence.unit] });
    }
  }
  return refs;
}

function matchingIndexes(block: DocumentModel['blocks'][number], key: string, pattern: RegExp): number[] {
  return blockFact(block, `evidence:${key}`, (parsed) => parsed.sentences.flatMap((s, i) => (pattern.test(s.text) ? [i] : [])));
}

/** The sentences inside a range (such as a section), in document order. */
export function sentencesIn(doc: DocumentModel, range: OffsetRange): SentenceRef[] {
  const refs: SentenceRef[] = [];
  for (const block of doc.blocks) {
    if (block.end <= range.start || block.start >= range.end) continue;
    // Test with the parsed offsets plus the block's shift, and place only the sentences kept.
    const { sentences: parsed, shift } = parsedSentences(block);
    for (let i = 0; i < parsed.length; i++) {
      const start = parsed[i].start + shift;
      if (start < range.start || start >= range.end) continue;
      const sentence = block.sentences[i];
      refs.push({ block, sentence, unit: block.units[sentence.unit] });
    }
  }
  return refs;
}

/** The text of a section's body (its sentences joined), for checks that read a section as a whole. */
export function sectionText(doc: DocumentModel, section: Section): string {
  return sentencesIn(doc, section)
    .filter((ref) => ref.sentence.start >= section.heading.end)
    .map((ref) => ref.sentence.text)
    .join(' ');
}

/** True when any sentence inside the range matches. */
export function rangeMentions(doc: DocumentModel, range: OffsetRange, pattern: RegExp): boolean {
  return sentencesIn(doc, range).some((ref) => pattern.test(ref.sentence.text));
}

/** A front matter value as text (e.g. `consultation_closes`), if present. */
export function frontMatterValue(doc: DocumentModel, key: string): string | undefined {
  const value = doc.frontMatter?.data[key];
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'object' ? undefined : String(value);
}
