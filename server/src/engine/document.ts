// Builds the document model: front matter, independently parsed blocks, and the outline of
// sections that document rules read. Blocks are parsed once and kept by their text, so after an
// edit only the blocks that changed are parsed again; the others are moved into place.

import { parseDocument } from 'yaml';
import { definitionsFor, findFrontMatter, referenceLabels, scanBlocks } from './blocks';
import { parseBlock, type ParsedBlock } from './parse';
import type {
  BlockModel,
  DocumentModel,
  Finding,
  FrontMatter,
  Heading,
  HtmlComment,
  ListInfo,
  OffsetRange,
  ProseUnit,
  Question,
  Section,
  Sentence,
  TableInfo,
} from './types';

/** One parsed block, with offsets relative to its own start, and what was learnt from it. */
export interface CachedBlock {
  /** Offsets relative to the block's start; never handed to rules' callers as is. */
  model: BlockModel;
  frontMatter?: ParsedBlock['frontMatter'];
  /** The block where it last stood, so an unmoved block is not copied again. */
  placed?: BlockModel;
  /** Block-rule findings relative to the block, by rule and the settings they ran with. */
  findings: Map<string, Finding[]>;
}

export interface BuiltDocument {
  document: DocumentModel;
  /** The cache entries of the document's blocks, in order. */
  blocks: CachedBlock[];
}

/** What is kept for one block text: its reference labels and its parse. */
interface SourceEntry {
  /** The `[labels]` the text refers to; worked out only when the document has definitions. */
  labels?: string[];
  /** The definitions the block was parsed with, and the result. */
  extra: string;
  block: CachedBlock;
}

/** Parses documents block by block, re-using blocks whose text it has seen in the last build. */
export class DocumentBuilder {
  /** By block text. One lookup per block per build: comparing keys is the main cost of an edit. */
  private cache = new Map<string, SourceEntry>();

  build(text: string): BuiltDocument {
    const { spans, definitions } = scanBlocks(text);
    const next = new Map<string, SourceEntry>();
    const cached: CachedBlock[] = [];
    const placed: BlockModel[] = [];
    spans.forEach((span, index) => {
      const source = text.slice(span.start, span.end);
      let entry = next.get(source) ?? this.cache.get(source);
      const labels = definitions.size > 0 ? (entry?.labels ?? referenceLabels(source)) : undefined;
      // The definitions a block is parsed with are part of what it means.
      const extra = labels ? definitionsFor(labels, definitions) : '';
      if (!entry || entry.extra !== extra) {
        const parsed = parseBlock(source, extra);
        entry = { labels, extra, block: { model: parsed.model, frontMatter: parsed.frontMatter, findings: new Map() } };
      } else if (labels) {
        entry.labels = labels;
      }
      next.set(source, entry);
      cached.push(entry.block);
      placed.push(placeBlock(entry.block, span.start, index));
    });
    // Keep only this version's blocks: memory follows the document, not its history.
    this.cache = next;
    const raw = cached[0]?.frontMatter;
    const frontMatter = raw ? readFrontMatter(raw, text) : undefined;
    return { document: assemble(text, placed, frontMatter), blocks: cached };
  }
}

export function buildDocument(text: string): DocumentModel {
  return new DocumentBuilder().build(text).document;
}

/** The block moved to `start` in the document, as block number `index`. */
function placeBlock(entry: CachedBlock, start: number, index: number): BlockModel {
  const last = entry.placed;
  if (last && last.start === start && last.index === index) return last;
  const placed = new PlacedBlock(entry.model, start, index);
  entry.placed = placed;
  return placed;
}

const at = <T extends OffsetRange>(r: T, by: number): T => ({ ...r, start: r.start + by, end: r.end + by });

/**
 * A parsed block at its place in the document. Headings and comments are moved at once (the
 * outline and suppressions need them); units, sentences, tables and lists only when a rule asks,
 * so after an edit the blocks that merely moved cost almost nothing.
 */
class PlacedBlock implements BlockModel {
  readonly end: number;
  readonly headings: readonly Heading[];
  readonly comments: readonly HtmlComment[];
  readonly questions: readonly Question[];
  readonly facts: Map<string, unknown>;
  readonly unread?: true;
  private placedUnits?: readonly ProseUnit[];
  private placedSentences?: readonly Sentence[];
  private placedTables?: readonly TableInfo[];
  private placedLists?: readonly ListInfo[];

  constructor(
    readonly origin: BlockModel,
    readonly start: number,
    readonly index: number,
  ) {
    this.end = origin.end + start;
    this.headings = origin.headings.map((h) => ({ ...at(h, start), block: index }));
    this.comments = origin.comments.map((c) => at(c, start));
    this.questions = origin.questions;
    this.facts = origin.facts;
    if (origin.unread) this.unread = true;
  }

  get units(): readonly ProseUnit[] {
    return (this.placedUnits ??= this.origin.units.map((u) => ({
      ...at(u, this.start),
      map: { runs: u.map.runs, base: u.map.base + this.start },
    })));
  }

  get sentences(): readonly Sentence[] {
    // Written out rather than spread: rules read every sentence of a moved block on each keystroke.
    const by = this.start;
    return (this.placedSentences ??= this.origin.sentences.map((s) => ({
      start: s.start + by,
      end: s.end + by,
      text: s.text,
      unit: s.unit,
      proseStart: s.proseStart,
    })));
  }

  get tables(): readonly TableInfo[] {
    return (this.placedTables ??= this.origin.tables.map((t) => at(t, this.start)));
  }

  get lists(): readonly ListInfo[] {
    return (this.placedLists ??= this.origin.lists.map((l) => at(l, this.start)));
  }
}

/**
 * A block's sentences as parsed (offsets from the block's start) and the shift that places them.
 * Document rules that only compare offsets read these, so a block that merely moved is not
 * copied into place on every keystroke.
 */
export function parsedSentences(block: BlockModel): { sentences: readonly Sentence[]; shift: number } {
  return { sentences: (block.origin ?? block).sentences, shift: block.origin ? block.start : 0 };
}

/** One sentence of a block, placed in the document, without placing the block's other sentences. */
export function placedSentence(block: BlockModel, index: number): Sentence {
  const { sentences, shift } = parsedSentences(block);
  const parsed = sentences[index];
  return shift === 0 ? parsed : { ...parsed, start: parsed.start + shift, end: parsed.end + shift };
}

/**
 * A fact about one block that a document rule needs on every check (e.g. "which sentences
 * promise feedback"), worked out once per block text. `compute` sees the block as parsed, with
 * offsets from its own start, so the fact must not depend on where the block sits.
 */
export function blockFact<T>(block: BlockModel, key: string, compute: (parsed: BlockModel) => T): T {
  if (block.facts.has(key)) return block.facts.get(key) as T;
  const value = compute(block.origin ?? block);
  block.facts.set(key, value);
  return value;
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

export function readFrontMatter(raw: NonNullable<ParsedBlock['frontMatter']>, text: string): FrontMatter {
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
