// Questions document rules ask of the outline: which sections match a topic, what they say,
// and where a missing section would sit naturally.

import { eolOf } from './offsets';
import type { BlockModel, DocumentModel, ProseUnit, Section, Sentence, TextEdit } from './types';

export interface SentenceRef {
  block: BlockModel;
  sentence: Sentence;
  unit: ProseUnit;
}

/**
 * Whether each heading text matches a pattern, remembered across checks: document rules ask
 * about every heading on every keystroke, and headings rarely change.
 */
const headingMatches = new WeakMap<RegExp, Map<string, boolean>>();

export function headingMatchesPattern(pattern: RegExp, text: string): boolean {
  let known = headingMatches.get(pattern);
  if (!known) headingMatches.set(pattern, (known = new Map()));
  let found = known.get(text);
  if (found === undefined) {
    // Forget everything now and then, so a long editing session cannot grow the cache for ever.
    if (known.size > 20_000) known.clear();
    found = pattern.test(text);
    known.set(text, found);
  }
  return found;
}

/** Sections whose heading text matches. */
export function sectionsMatching(doc: DocumentModel, heading: RegExp): Section[] {
  return doc.sections.filter((s) => headingMatchesPattern(heading, s.heading.text));
}

/** The innermost section containing an offset, or undefined before the first heading. */
export function sectionAt(doc: DocumentModel, offset: number): Section | undefined {
  // The last section starting at or before the offset, then out to the first that contains it.
  const sections = doc.sections;
  let lo = 0;
  let hi = sections.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i = sections[i].parent) {
    if (offset < sections[i].end) return sections[i];
  }
  return undefined;
}

/**
 * An edit inserting a new section. It goes before the first section whose heading matches one of
 * `before` (e.g. a stakeholder section belongs before "How to take part"), at the level of its
 * siblings; otherwise at the end of the document.
 */
export function insertSectionEdit(doc: DocumentModel, markdown: string, before: readonly RegExp[]): TextEdit {
  const eol = eolOf(doc.text);
  const depth = sectionDepth(doc);
  const body = setHeadingDepth(markdown, depth).replace(/\r?\n/g, eol);
  const candidates = doc.sections.filter((s) => s.heading.depth >= depth && s.heading.depth <= Math.max(depth, 2));
  const target = candidates.find((s) => before.some((re) => re.test(s.heading.text)));
  if (target) {
    return { start: target.start, end: target.start, newText: `${body}${eol}${eol}` };
  }
  // Insert after the last non-blank character, leaving the file's own ending as it was.
  const text = doc.text;
  let end = text.length;
  while (end > 0 && ' \t\r\n'.includes(text[end - 1])) end--;
  if (end === 0) return { start: 0, end: 0, newText: `${body}${eol}` };
  return { start: end, end, newText: `${eol}${eol}${body}` };
}

/** The level new top-level sections should take: that of the title's children, else 2. */
export function sectionDepth(doc: DocumentModel): number {
  const titleDepth = doc.title?.depth ?? 0;
  const below = doc.headings.filter((h) => h.depth > titleDepth).map((h) => h.depth);
  return below.length ? Math.min(...below) : Math.max(2, titleDepth + 1);
}

/** Shifts every heading in a Markdown fragment so the first one has the given depth. */
export function setHeadingDepth(markdown: string, depth: number): string {
  const first = /^(#{1,6})[ \t]/m.exec(markdown);
  if (!first) return markdown;
  const shift = depth - first[1].length;
  return markdown.replace(/^(#{1,6})(?=[ \t])/gm, (hashes) => '#'.repeat(Math.min(6, Math.max(1, hashes.length + shift))));
}
