// Builds the document model: front matter, independently parsed blocks, and the outline of
// sections that document rules read.

import { parseDocument } from 'yaml';
import { collectDefinitions, definitionsFor, findFrontMatter, splitBlocks } from './blocks';
import { parseBlock, type ParsedBlock } from './parse';
import type { BlockModel, DocumentModel, FrontMatter, Heading, OffsetRange, Section } from './types';

export function buildDocument(text: string): DocumentModel {
  const definitions = collectDefinitions(text);
  const blocks: BlockModel[] = [];
  let frontMatter: FrontMatter | undefined;
  splitBlocks(text).forEach((span, index) => {
    const source = text.slice(span.start, span.end);
    const parsed = parseBlock(source, span.start, index, definitionsFor(source, definitions));
    if (parsed.frontMatter) frontMatter = readFrontMatter(parsed.frontMatter, text);
    blocks.push(parsed.model);
  });
  return assemble(text, blocks, frontMatter);
}

/** Puts blocks together into a document; cheap, so it can re-run after any block changes. */
export function assemble(text: string, blocks: BlockModel[], frontMatter: FrontMatter | undefined): DocumentModel {
  const headings: Heading[] = [];
  for (const block of blocks) headings.push(...block.headings);
  const sections = outline(headings, text.length);
  const title = headings.find((h) => h.depth === 1) ?? headings[0];
  return { text, frontMatter, blocks, headings, sections, title, anchor: anchorOf(text, blocks, title, frontMatter) };
}

function outline(headings: Heading[], textEnd: number): Section[] {
  const sections: Section[] = [];
  const open: number[] = [];
  headings.forEach((heading, i) => {
    while (open.length && sections[open[open.length - 1]].heading.depth >= heading.depth) {
      sections[open.pop()!].end = heading.start;
    }
    sections.push({ heading, start: heading.start, end: textEnd, parent: open.length ? open[open.length - 1] : -1 });
    open.push(i);
  });
  return sections;
}

/**
 * Document-level findings sit on the title, else on the first line of prose, else on the front
 * matter's `type:` line (never on an empty range at its end, which editors barely show).
 */
function anchorOf(
  text: string,
  blocks: BlockModel[],
  title: Heading | undefined,
  frontMatter: FrontMatter | undefined,
): OffsetRange {
  if (title) return { start: title.start, end: title.end };
  for (const block of blocks) {
    const unit = block.units[0];
    if (unit) {
      const nl = text.slice(unit.start, unit.end).search(/[\r\n]/);
      return { start: unit.start, end: nl < 0 ? unit.end : unit.start + nl };
    }
  }
  if (frontMatter) {
    const slice = text.slice(frontMatter.start, frontMatter.end);
    const line = /^type:.*$/m.exec(slice) ?? /^.*$/m.exec(slice)!;
    const start = frontMatter.start + line.index;
    return { start, end: start + line[0].replace(/\r$/, '').length };
  }
  return { start: 0, end: text.search(/[\r\n]|$/) };
}

function readFrontMatter(raw: NonNullable<ParsedBlock['frontMatter']>, text: string): FrontMatter {
  // Positions come from the text itself: remark does not count a leading byte-order mark.
  const span = findFrontMatter(text);
  const valueStart = span?.bodyStart ?? raw.start;
  const base = { start: 0, end: span?.end ?? raw.end };
  if (raw.lang !== 'yaml') return { ...base, data: {} };
  const doc = parseDocument(raw.value, { prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    return {
      ...base,
      data: {},
      error: { message: error.message.split('\n')[0], offset: valueStart + (error.pos?.[0] ?? 0) },
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { ...base, data: {}, error: { message: (e as Error).message, offset: valueStart } };
  }
  if (data === null || data === undefined) return { ...base, data: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ...base, data: {}, error: { message: 'Front matter must be a list of "key: value" lines', offset: valueStart } };
  }
  return { ...base, data: data as Record<string, unknown> };
}
