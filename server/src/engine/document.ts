// Builds the document model: front matter, independently parsed blocks, and the outline of
// sections that document rules read. Blocks are parsed once and kept by their text, so after an
// edit only the blocks that changed are parsed again; the others are moved into place.

import { parseDocument } from 'yaml';
import { definitionsFor, findFrontMatter, referenceLabels, rescanBlocks, type BlockSpan, type ResumableScan } from './blocks';
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
  /** Block-rule findings relative to the block, by rule and the settings they ran with (see keyId in lint.ts). */
  findings: Map<number, Finding[]>;
  /** Set when `findings` holds every block rule of this set (see checkBuilt in lint.ts). */
  complete?: number;
  /** Those findings in rule order, placed at `start` in the document, while the block stays there. */
  placedFindings?: { set: number; start: number; list: Finding[] };
  /** The block's text (a copy of its own, not a slice of the document). */
  source: string;
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
  /** The last build that used it. */
  build: number;
}

/** Parses documents block by block, re-using blocks whose text it has seen in the last build. */
export class DocumentBuilder {
  /** By block text, for blocks that moved or came back; keyed by each block's own copy of its text. */
  private readonly cache = new Map<string, SourceEntry>();
  /** The last build: blocks that the edit left alone are matched by position, with no lookup. */
  private last?: LastBuild;

  /** Counts builds, to mark which entries the current one uses. */
  private builds = 0;

  build(text: string): BuiltDocument {
    const rescan = rescanBlocks(text, this.last?.scan);
    const { spans } = rescan.scan;
    const { definitions } = rescan;
    const build = ++this.builds;
    const cache = this.cache;
    const cached: CachedBlock[] = [];
    const placed: BlockModel[] = [];
    const entries: SourceEntry[] = [];
    const same = this.last && rescan.same ? unchangedBlocks(this.last, text, spans, rescan.same) : undefined;
    // Every cached entry was parsed with the last build's definitions, so while those are the
    // same, a known block's definitions need not be looked up again.
    const sameDefinitions = this.last !== undefined && sameMap(this.last.definitions, definitions);
    spans.forEach((span, index) => {
      const source = text.slice(span.start, span.end);
      let entry = same?.[index] ?? cache.get(source);
      const labels = definitions.size > 0 ? (entry?.labels ?? referenceLabels(source)) : undefined;
      // The definitions a block is parsed with are part of what it means.
      const extra = !labels ? '' : entry && sameDefinitions ? entry.extra : definitionsFor(labels, definitions);
      if (!entry || entry.extra !== extra) {
        // Parsed from a copy: a slice would keep this whole version of the text alive for as
        // long as the block is cached (a megabyte per edit in a large draft).
        const own = detached(source);
        const ownExtra = detached(extra);
        const parsed = parseBlock(own, ownExtra);
        entry = { labels: labels?.map(detached), extra: ownExtra, block: { model: parsed.model, frontMatter: parsed.frontMatter, findings: new Map(), source: own }, build };
        // The block's own copy of its text is the key, so its hash is worked out once.
        cache.set(own, entry);
      } else {
        if (labels) entry.labels = labels;
        entry.build = build;
      }
      entries.push(entry);
      cached.push(entry.block);
      placed.push(placeBlock(entry.block, span.start, index));
    });
    // Keep only this version's blocks: memory follows the document, not its history. The cache
    // holds exactly the last build's entries, so only those can have dropped out.
    if (this.last) {
      for (const old of this.last.entries) {
        if (old.build !== build && cache.get(old.block.source) === old) cache.delete(old.block.source);
      }
    }
    this.last = { scan: rescan.scan, spans, entries, definitions };
    const raw = cached[0]?.frontMatter;
    const frontMatter = raw ? readFrontMatter(raw, text) : undefined;
    return { document: assemble(text, placed, frontMatter), blocks: cached };
  }
}

interface LastBuild {
  scan: ResumableScan;
  spans: BlockSpan[];
  entries: SourceEntry[];
  definitions: Map<string, string>;
}

/**
 * For each new span, the last build's entry when the span lies in text the edit left alone
 * (before the first or after the last changed character) and the last build had a span with the
 * same bounds there. Finding these costs one comparison of the two texts, where looking each
 * block up by its text would hash and compare all of it.
 */
function unchangedBlocks(last: LastBuild, text: string, spans: BlockSpan[], { prefix, suffix }: { prefix: number; suffix: number }): Array<SourceEntry | undefined> {
  const shift = text.length - last.scan.text.length;
  const found: Array<SourceEntry | undefined> = new Array(spans.length);
  let j = 0;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    if (span.end <= prefix) {
      while (j < last.spans.length && last.spans[j].start < span.start) j++;
      if (j < last.spans.length && last.spans[j].start === span.start && last.spans[j].end === span.end) found[i] = last.entries[j];
    } else if (span.start >= text.length - suffix) {
      const start = span.start - shift;
      while (j < last.spans.length && last.spans[j].start < start) j++;
      if (j < last.spans.length && last.spans[j].start === start && last.spans[j].end === span.end - shift) found[i] = last.entries[j];
    }
  }
  return found;
}

function sameMap(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

/**
 * A copy of `s` that shares no memory with the text it was sliced from. V8 represents a slice as
 * a pointer into its parent string; prefixing a character and slicing it off again forces a copy.
 */
function detached(s: string): string {
  return s.length < 16 ? s : (' ' + s).slice(1);
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
 * What one document rule read of the blocks while it ran, so that its findings can be kept
 * while none of that changes (see lint.ts). `raw` holds the indexes of blocks whose prose,
 * sentences, questions, tables or lists (or parsed model) it read; `facts` the keys of the block
 * facts it read, with how to work each out again on a block that changed.
 */
export interface ReadLog {
  raw: Set<number>;
  facts: Map<string, (parsed: BlockModel) => unknown>;
}

/** The log of the document rule now running, if its reads are being recorded. */
let reading: ReadLog | null = null;
/** Above zero while a fact is being worked out: what it reads belongs to the fact. */
let computing = 0;

/** Runs `run` recording what it reads of placed blocks. */
export function recordReads<T>(log: ReadLog, run: () => T): T {
  const outer = reading;
  reading = log;
  lastKey = undefined;
  try {
    return run();
  } finally {
    reading = outer;
    lastKey = undefined;
  }
}

/** The fact key last noted in the running log. */
let lastKey: string | undefined;

/**
 * A parsed block at its place in the document. Headings and comments are moved at once (the
 * outline and suppressions need them); units, sentences, tables and lists only when a rule asks,
 * so after an edit the blocks that merely moved cost almost nothing.
 */
class PlacedBlock implements BlockModel {
  readonly end: number;
  readonly headings: readonly Heading[];
  readonly comments: readonly HtmlComment[];
  readonly facts: Map<string, unknown>;
  readonly unread?: true;
  private placedUnits?: readonly ProseUnit[];
  private placedSentences?: readonly Sentence[];
  private placedTables?: readonly TableInfo[];
  private placedLists?: readonly ListInfo[];

  constructor(
    /** The block as parsed; `origin` is the same, read on a rule's behalf. */
    readonly parsed: BlockModel,
    readonly start: number,
    readonly index: number,
  ) {
    this.end = parsed.end + start;
    this.headings = parsed.headings.map((h) => ({ ...at(h, start), block: index }));
    this.comments = parsed.comments.map((c) => at(c, start));
    this.facts = parsed.facts;
    if (parsed.unread) this.unread = true;
  }

  /** The log that last noted a read of this block, so repeated reads cost one comparison. */
  readBy: ReadLog | null = null;

  /** Notes that a document rule read this block's content, not only its facts. */
  private read(): void {
    if (reading !== null && this.readBy !== reading && computing === 0) {
      this.readBy = reading;
      reading.raw.add(this.index);
    }
  }

  get origin(): BlockModel {
    this.read();
    return this.parsed;
  }

  get questions(): readonly Question[] {
    this.read();
    return this.parsed.questions;
  }

  get units(): readonly ProseUnit[] {
    this.read();
    return (this.placedUnits ??= this.parsed.units.map((u) => ({
      ...at(u, this.start),
      map: { runs: u.map.runs, base: u.map.base + this.start },
    })));
  }

  get sentences(): readonly Sentence[] {
    this.read();
    // Written out rather than spread: rules read every sentence of a moved block on each keystroke.
    const by = this.start;
    return (this.placedSentences ??= this.parsed.sentences.map((s) => ({
      start: s.start + by,
      end: s.end + by,
      text: s.text,
      unit: s.unit,
      proseStart: s.proseStart,
    })));
  }

  get tables(): readonly TableInfo[] {
    this.read();
    return (this.placedTables ??= this.parsed.tables.map((t) => at(t, this.start)));
  }

  get lists(): readonly ListInfo[] {
    this.read();
    return (this.placedLists ??= this.parsed.lists.map((l) => at(l, this.start)));
  }
}

/** The block as parsed, without counting as a read of its content. */
function parsedOf(block: BlockModel): BlockModel {
  return block instanceof PlacedBlock ? block.parsed : (block.origin ?? block);
}

/**
 * A block's sentences as parsed (offsets from the block's start) and the shift that places them.
 * Document rules that only compare offsets read these, so a block that merely moved is not
 * copied into place on every keystroke.
 */
export function parsedSentences(block: BlockModel): { sentences: readonly Sentence[]; shift: number } {
  if (block instanceof PlacedBlock) {
    if (reading !== null && block.readBy !== reading && computing === 0) {
      block.readBy = reading;
      reading.raw.add(block.index);
    }
    return { sentences: block.parsed.sentences, shift: block.start };
  }
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
  const facts = block.facts;
  let value = facts.get(key) as T | undefined;
  if (value === undefined && !facts.has(key)) {
    computing++;
    try {
      value = compute(parsedOf(block));
    } finally {
      computing--;
    }
    facts.set(key, value);
  }
  if (reading !== null && computing === 0 && lastKey !== key) {
    // Rules read one fact of every block in turn: note each key once.
    lastKey = key;
    if (!reading.facts.has(key)) reading.facts.set(key, compute);
  }
  return value as T;
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
