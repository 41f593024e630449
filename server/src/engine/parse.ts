// Parses one block with remark and keeps only what rules need: prose units with their map back
// to the source, sentences, questions, headings, tables, lists and HTML comments. The syntax
// tree is dropped as soon as the block model is built.

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import { ProseBuilder, toSource, toSourceRange } from './offsets';
import { splitSentences } from './sentences';
import type { BlockModel, HtmlComment, ListItemInfo, ProseUnit, Question, QuestionOption, TableCellInfo, UnitKind } from './types';

const withGfm = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);
const commonMark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

/**
 * GFM's tables, task lists, strikethrough and footnotes can only start where one of these
 * appears; elsewhere the GFM tree is the CommonMark tree, except that bare URLs and emails
 * become links, which leaves the prose we check the same. GFM costs about twice as much to
 * parse, and most blocks of a draft need none of it.
 */
export const MAY_USE_GFM = /[|~]|\[\^|\[[ \txX]\]/;

/** Stand-in for inline code and images: present, but never a word. */
export const OBJECT_CHAR = '\uFFFC';
/** Stand-in for a hard line break: always ends a sentence. */
export const LINE_BREAK_CHAR = '\u2029';

export interface ParsedBlock {
  model: BlockModel;
  /** The raw YAML or TOML front matter, when this block starts the document. */
  frontMatter?: { start: number; end: number; value: string; lang: 'yaml' | 'toml' };
}

/**
 * Parses a block on its own. Offsets in the model are relative to the block's start, so the
 * model stays valid wherever the block moves (see placeBlock in document.ts).
 * @param source the block's text
 * @param extra text appended for parsing only (link definitions from elsewhere)
 */
export function parseBlock(source: string, extra = ''): ParsedBlock {
  const unread = (): ParsedBlock => ({ model: { ...headingOnly(source), unread: true } });
  // Parsing time grows with the square of the nesting depth; no draft nests this deep.
  if (nestingDepth(source) > MAX_NESTING) return unread();
  // Thousands of emphasis, link or code delimiters in one block make the parser quadratic
  // (50,000 "**a**" took over 30 s). Such a block is read with them blanked out: same offsets,
  // same words, no markup.
  const text = delimiterCount(source) > MAX_DELIMITERS ? source.replace(/[*_[\]`]/g, ' ') : source;
  const input = extra ? `${text}\n\n${extra}\n` : text;
  // The parsers recurse into nested quotes and lists; a few thousand levels exhaust the stack.
  // Try without GFM's extra tree walks, and failing that keep the block out of the check.
  const attempts = MAY_USE_GFM.test(source) ? [withGfm, commonMark] : [commonMark];
  for (const processor of attempts) {
    try {
      return extract(text, processor.parse(input) as Root);
    } catch {
      // next attempt
    }
  }
  return unread();
}

/**
 * A block that cannot be read still keeps its heading line (blocks start at headings), so the
 * outline, and the title that makes a file a draft, survive.
 */
function headingOnly(source: string): BlockModel {
  const firstLine = source.slice(0, source.search(/[\r\n]|$/));
  if (!/^#{1,6}(?:[ \t]|$)/.test(firstLine) || nestingDepth(firstLine) > MAX_NESTING) return new Extractor(source).finish();
  try {
    return extract(source, commonMark.parse(firstLine) as Root).model;
  } catch {
    return new Extractor(source).finish();
  }
}

/** More delimiters than a block of a real draft holds (blocks are a few kilobytes). */
const MAX_DELIMITERS = 2000;

function delimiterCount(source: string): number {
  let n = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 42 || c === 95 || c === 91 || c === 93 || c === 96) n++;
  }
  return n;
}

/** Deeper nesting than any real draft: 5,000 nested list markers take seconds to parse. */
const MAX_NESTING = 100;

/**
 * The deepest nesting of quotes and lists on any line, estimated from its leading markers
 * (`>`, `-`, `*`, `+`, `1.`) and its indentation (two columns a level).
 */
export function nestingDepth(source: string): number {
  let deepest = 0;
  let i = 0;
  while (i < source.length) {
    let depth = 0;
    let columns = 0;
    for (;;) {
      const c = source.charCodeAt(i);
      if (c === 32) columns++;
      else if (c === 9) columns += 4;
      else if (c === 62) depth++;
      else if ((c === 45 || c === 42 || c === 43) && isGap(source.charCodeAt(i + 1))) depth++;
      else if (c >= 48 && c <= 57) {
        let j = i;
        while (j < source.length && source.charCodeAt(j) >= 48 && source.charCodeAt(j) <= 57) j++;
        const after = source.charCodeAt(j);
        if ((after === 46 || after === 41) && isGap(source.charCodeAt(j + 1))) {
          depth++;
          i = j;
        } else break;
      } else break;
      i++;
    }
    deepest = Math.max(deepest, depth + (columns >> 1));
    while (i < source.length && source.charCodeAt(i) !== 10 && source.charCodeAt(i) !== 13) i++;
    i++;
  }
  return deepest;
}

function isGap(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}

function extract(source: string, tree: Root): ParsedBlock {
  const extractor = new Extractor(source);
  let frontMatter: ParsedBlock['frontMatter'];
  for (const node of tree.children) {
    if ((node.type === 'yaml' || (node.type as string) === 'toml') && offsetOf(node, 'start') === 0) {
      frontMatter = {
        start: 0,
        end: offsetOf(node, 'end'),
        value: (node as { value: string }).value,
        lang: node.type === 'yaml' ? 'yaml' : 'toml',
      };
    }
  }
  extractor.flow(tree.children.filter((n) => offsetOf(n, 'start') < source.length));
  return { model: extractor.finish(), frontMatter };
}

function offsetOf(node: Nodes, which: 'start' | 'end'): number {
  return node.position?.[which].offset ?? 0;
}

/** "Q3.", "Q3 ", "Question 3:" at the start of an item. Spaces are matched once, never re-split. */
const QUESTION_LABEL = /^[ \t]*(?:(Q)[ \t]?(\d{1,3}[a-z]?)|(Question)[ \t]+(\d{1,3}[a-z]?))[ \t]*(?:[.:)\]–—-][ \t]*|(?<=[ \t])(?=[A-Z]))/;
const ENDS_WITH_QUESTION_MARK = /\?[\s"'”’)\]*_]*$/;

/** A heading over questions for people to answer ("Consultation questions", "Your views", "Survey"). */
const QUESTIONS_HEADING =
  /^(?:(?:section|part|step)\s+\w{1,3}\s*[:.–—-]\s*)?(?:(?:the|our|your|a|short|online|paper|consultation|engagement|draft|proposed|main|key|feedback|residents'?|tenants'?|customer|user|satisfaction|follow-up)\s+){0,3}(?:questions?|questionnaire|survey(?:\s+questions)?|have\s+your\s+say|your\s+views|tell\s+us\s+what\s+you\s+think|about\s+you)[\s?:]*$/i;
/** Headings over questions people may ask, or contact details, rather than questions to answer. */
const NOT_QUESTIONS_HEADING = /\b(?:frequently asked|faqs?|any questions|contact|if you have|questions (?:about|on))\b/i;
/** The lead-in to a battery of agree/disagree statements. */
const STATEMENT_STEM =
  /\bstatements?\b|\bagree\s?(?:or|\/)\s?disagree\s+with\s+(?:the\s+following|each|these|the\s+(?:points|items)\s+below)\b|\bhow\s+(?:much|strongly|far)\s+do\s+you\s+agree\s+(?:or\s+disagree\s+)?with\s+(?:the\s+following|each|these)\b/i;
const AGREE = /\bagree\b/i;
/** An answer-scale label, which makes a list after an agree/disagree question its options. */
const SCALE_LABEL = /^(?:strongly|tend\s+to|somewhat|completely|slightly|mostly|partly)?\s*(?:agree|disagree)\b|^neither\b|^neutral\b|^(?:don'?t|do\s+not)\s+know\b|^not\s+sure\b|^no\s+opinion\b/i;
/** What may follow a question in the same paragraph before its options: "Tick one." */
const OPTION_INSTRUCTION = /^(?:please\s+)?(?:tick|choose|select|pick|circle|mark|check|give|rate|answer)\b|^\(/i;
/** Tick-box markers that start an option written as text: "( ) Yes", "☐ No", "[ ] Maybe". */
const OPTION_MARKER = /\(\s?\)|\[\s?\]|[☐□○◯❏]/g;
const STARTS_WITH_MARKER = /^\s*(?:\(\s?\)|\[\s?\]|[☐□○◯❏])/;
/** A table cell left for the answer: empty, a tick box or a dash. */
const ANSWER_MARK = /^(?:\(\s?\)|\[\s?\]|[☐□○◯❏xX✓✔–—-])$/;
const isAnswerCell = (text: string): boolean => {
  const t = text.trim();
  return t === '' || ANSWER_MARK.test(t);
};
/** A header that names the question column of a questions table. */
const QUESTION_COLUMN = /^(?:questions?|statements?|q|no\.?|items?|survey questions?)$/i;
/** Answer-column headers that are not options ("| Question | Your answer |"). */
const NOT_OPTION_HEADER = /^(?:(?:your\s+)?(?:answers?|responses?|comments?|notes?|views?|reply|replies)|tick(?:\s+one)?|response\s+options?|options?)$/i;

/** How a list's items are read: as a question's answer options, or as agree/disagree statements. */
type ListRole = { options: Question } | { statements: true } | undefined;

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

class Extractor {
  private readonly model: Mutable<BlockModel>;

  constructor(private readonly source: string) {
    this.model = {
      index: 0,
      start: 0,
      end: source.length,
      units: [],
      sentences: [],
      questions: [],
      headings: [],
      tables: [],
      lists: [],
      comments: [],
      facts: new Map(),
    };
  }

  finish(): BlockModel {
    return this.model;
  }

  /** Depth of the heading over questions the current content sits under, or 0. */
  private questionsHeading = 0;

  flow(nodes: readonly RootContent[], listItem?: ListItemInfo, role?: ListRole): void {
    let firstParagraph = true;
    // A question whose options may follow as the next list, table or tick-box paragraphs.
    let asking: Question | undefined;
    // The unit before was the lead-in to agree/disagree statements.
    let stem = false;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      const next = nodes[i + 1];
      const wasAsking = asking;
      const wasStem = stem;
      asking = undefined;
      stem = false;
      switch (node.type) {
        case 'heading': {
          const unit = this.unit('heading', node, { depth: node.depth });
          const text = unit.text.trim();
          this.model.headings.push({
            start: unit.start,
            end: this.headingEnd(unit),
            depth: node.depth,
            text,
            unit: this.model.units.length - 1,
            block: this.model.index,
          });
          if (QUESTIONS_HEADING.test(text) && !NOT_QUESTIONS_HEADING.test(text)) this.questionsHeading = node.depth;
          else if (node.depth <= this.questionsHeading) this.questionsHeading = 0;
          ({ asking, stem } = this.leadIn(this.model.units.length - 1));
          break;
        }
        case 'paragraph': {
          const item = listItem ? { ...listItem, first: firstParagraph } : undefined;
          const first = firstParagraph;
          firstParagraph = false;
          const questionsBefore = this.model.questions.length;
          const unit = this.unit('paragraph', node, { listItem: item, listAfter: next?.type === 'list' ? next.children.length : 0 });
          const unitIndex = this.model.units.length - 1;
          const asked = this.model.questions.length > questionsBefore;
          if (wasAsking && !asked && !listItem && STARTS_WITH_MARKER.test(unit.text)) {
            // "( ) Yes" paragraphs after the question: more options.
            this.markedOptions(wasAsking, unitIndex, 0);
            asking = wasAsking;
            break;
          }
          if (first && !asked && unit.sentenceCount > 0) {
            if (role && 'options' in role) {
              this.addOption(role.options, unitIndex, 0, unit.text.length);
            } else if (role && 'statements' in role) {
              this.model.questions.push({ sentence: unit.firstSentence, statement: true });
            } else if (item?.ordered && this.questionsHeading > 0) {
              // A numbered item under a questions heading asks even without a question mark.
              this.model.questions.push({ sentence: unit.firstSentence });
            }
          }
          ({ asking, stem } = this.leadIn(unitIndex));
          break;
        }
        case 'list': {
          this.model.lists.push({ ...this.range(node), ordered: !!node.ordered, items: node.children.length });
          let itemRole: ListRole;
          if (wasStem && !(wasAsking && node.children.every((item) => SCALE_LABEL.test(this.itemText(item))))) {
            itemRole = { statements: true };
          } else if (wasAsking) {
            itemRole = { options: wasAsking };
          }
          for (const item of node.children) {
            this.flow(item.children, { ordered: !!node.ordered, checked: item.checked ?? null, first: true }, itemRole);
          }
          break;
        }
        case 'blockquote':
        case 'footnoteDefinition':
          this.flow(node.children);
          break;
        case 'table': {
          const table = this.model.tables.length;
          const header: string[] = [];
          const cells: number[][] = [];
          const questionsBefore = this.model.questions.length;
          node.children.forEach((row, r) => {
            cells.push([]);
            row.children.forEach((cell, c) => {
              const unit = this.unit('tableCell', cell, { tableCell: { table, row: r, column: c, header: r === 0 } });
              cells[r].push(this.model.units.length - 1);
              if (r === 0) header.push(unit.text.trim());
            });
          });
          this.model.tables.push({ ...this.range(node), header, rows: node.children.length - 1 });
          this.tableQuestions(cells, header, wasAsking, wasStem, questionsBefore);
          break;
        }
        case 'html':
          this.comments(node);
          break;
        default:
          // code, front matter, thematic breaks and definitions are not prose
          break;
      }
    }
  }

  /**
   * What a unit just read leads into: a question whose options may follow (it ends the unit, or
   * only an instruction such as "Tick one." follows it), or the stem of agree/disagree statements.
   */
  private leadIn(unitIndex: number): { asking: Question | undefined; stem: boolean } {
    const unit = this.model.units[unitIndex];
    const questions = this.model.questions;
    let asking: Question | undefined;
    for (let q = questions.length - 1; q >= 0; q--) {
      const sentence = this.model.sentences[questions[q].sentence];
      if (sentence.unit !== unitIndex) break;
      if (questions[q].statement) break;
      let tail = true;
      for (let k = questions[q].sentence + 1; k < unit.firstSentence + unit.sentenceCount; k++) {
        const text = this.model.sentences[k].text;
        if (!OPTION_INSTRUCTION.test(text) && !STARTS_WITH_MARKER.test(text)) tail = false;
      }
      if (tail) asking = questions[q];
      break;
    }
    // Options written on in the same paragraph: "How often? ( ) Daily ( ) Weekly".
    if (asking) {
      const after = this.model.sentences[asking.sentence];
      const from = after.proseStart + after.text.length;
      OPTION_MARKER.lastIndex = from;
      if (OPTION_MARKER.exec(unit.text)) this.markedOptions(asking, unitIndex, from);
    }
    const text = unit.text;
    const stem = STATEMENT_STEM.test(text) && (AGREE.test(text) || /:\s*$/.test(text)) && !(asking?.options?.length);
    return { asking: stem && !AGREE.test(text) ? undefined : asking, stem };
  }

  /** Options introduced by tick-box markers in a unit's prose, from `from` on. */
  private markedOptions(question: Question, unitIndex: number, from: number): void {
    const text = this.model.units[unitIndex].text;
    const starts: Array<[number, number]> = [];
    OPTION_MARKER.lastIndex = from;
    for (let m = OPTION_MARKER.exec(text); m; m = OPTION_MARKER.exec(text)) starts.push([m.index, m.index + m[0].length]);
    starts.forEach(([, after], k) => this.addOption(question, unitIndex, after, k + 1 < starts.length ? starts[k + 1][0] : text.length));
  }

  /** Adds [from, to) of a unit's prose, trimmed and without a leading tick box, as an option. */
  private addOption(question: Question, unitIndex: number, from: number, to: number): void {
    const text = this.model.units[unitIndex].text;
    const marker = /^\s*(?:\(\s?\)|\[\s?\]|[☐□○◯❏])?\s*/.exec(text.slice(from, to));
    let start = from + (marker ? marker[0].length : 0);
    let end = to;
    while (end > start && /[\s\u2029]/.test(text[end - 1])) end--;
    while (start < end && /\s/.test(text[start])) start++;
    if (end <= start) return;
    (question.options ??= []).push({ text: text.slice(start, end), unit: unitIndex, proseStart: start, proseEnd: end });
  }

  /** The first paragraph of a list item, as plain text (for telling scale labels from statements). */
  private itemText(item: { children: readonly RootContent[] }): string {
    const first = item.children[0];
    if (!first || first.type !== 'paragraph') return '';
    const { start, end } = this.range(first);
    return this.source.slice(start, Math.min(end, start + 60)).replace(/^[\s*_]+/, '');
  }

  /**
   * Questions and options in a table: statements under an agree/disagree stem or rows of a
   * "Question" column, each with the scale in the header when the answer cells are left empty;
   * or, after a question, the options the table lists.
   */
  private tableQuestions(cells: number[][], header: string[], asking: Question | undefined, stem: boolean, questionsBefore: number): void {
    const units = this.model.units;
    const questions = this.model.questions;
    const questionColumn = header.findIndex((h) => QUESTION_COLUMN.test(h));
    const column = questionColumn >= 0 ? questionColumn : stem ? 0 : -1;
    const body = cells.slice(1);
    const empty = (c: number) => body.every((row) => row[c] === undefined || isAnswerCell(units[row[c]].text));
    if (column >= 0) {
      const scale: number[] = [];
      header.forEach((h, c) => {
        if (c !== column && h !== '' && !NOT_OPTION_HEADER.test(h) && empty(c)) scale.push(cells[0][c]);
      });
      const rowQuestions: Question[] = [];
      for (const row of body) {
        const u = row[column];
        if (u === undefined || units[u].sentenceCount === 0) continue;
        let question = questions.find((q, k) => k >= questionsBefore && this.model.sentences[q.sentence].unit === u);
        if (!question) {
          question = { sentence: units[u].firstSentence };
          if (stem || /^statements?$/i.test(header[column])) question.statement = true;
          questions.push(question);
        }
        rowQuestions.push(question);
      }
      if (scale.length >= 2) {
        for (const question of rowQuestions) for (const u of scale) this.addOption(question, u, 0, units[u].text.length);
      }
      // Rows found without a question mark go in document order with those found with one.
      const added = questions.splice(questionsBefore).sort((a, b) => a.sentence - b.sentence);
      questions.push(...added);
    } else if (asking) {
      const width = header.length;
      const listed = width >= 2 && header.every((_, c) => empty(c)) ? cells[0] : body.map((row) => row[0]);
      for (const u of listed) {
        if (u !== undefined && units[u].text.trim() !== '' && !NOT_OPTION_HEADER.test(units[u].text.trim())) this.addOption(asking, u, 0, units[u].text.length);
      }
    }
  }

  private range(node: Nodes): { start: number; end: number } {
    return { start: offsetOf(node, 'start'), end: offsetOf(node, 'end') };
  }

  /** A heading ends after its last word: not after a closing `#` run or a trailing comment. */
  private headingEnd(unit: ProseUnit): number {
    const last = unit.text.trimEnd().length;
    if (last > 0) return toSource(unit.map, last - 1) + 1;
    const rel = this.source.slice(unit.start, unit.end);
    const nl = rel.search(/[\r\n]/);
    return nl < 0 ? unit.end : unit.start + nl;
  }

  private comments(node: Nodes): void {
    const { start, end } = this.range(node);
    const raw = this.source.slice(start, end);
    // indexOf, not a lazy regex: an unclosed "<!--" repeated would make that quadratic.
    for (let open = raw.indexOf('<!--'); open >= 0; ) {
      const close = raw.indexOf('-->', open + 4);
      if (close < 0) break;
      const comment: HtmlComment = { start: start + open, end: start + close + 3, body: raw.slice(open + 4, close) };
      this.model.comments.push(comment);
      open = raw.indexOf('<!--', close + 3);
    }
  }

  private unit(
    kind: UnitKind,
    node: Parents,
    extra: { depth?: number; listItem?: ListItemInfo; listAfter?: number; tableCell?: TableCellInfo },
  ): ProseUnit {
    const builder = new ProseBuilder();
    this.inline(node.children as PhrasingContent[], builder);
    const { text, map } = builder.finish();
    const unit: ProseUnit = {
      kind,
      ...this.range(node),
      text,
      map,
      depth: extra.depth,
      listItem: extra.listItem,
      tableCell: extra.tableCell,
      listAfter: extra.listAfter ?? 0,
      firstSentence: this.model.sentences.length,
      sentenceCount: 0,
    };
    const unitIndex = this.model.units.length;
    this.model.units.push(unit);
    this.sentences(unit, unitIndex);
    return unit;
  }

  private sentences(unit: ProseUnit, unitIndex: number): void {
    const label = QUESTION_LABEL.exec(unit.text);
    const from = label ? label[0].length : 0;
    const spans = splitSentences(unit.text, from);
    const ask = spans.map((s) => ENDS_WITH_QUESTION_MARK.test(unit.text.slice(s.start, s.end)));
    // A numbered item ("Q3. Please rate…") is a question even without a question mark.
    let labelled = label !== null;
    const firstIsQuestion = labelled && !ask.includes(true);
    spans.forEach((span, k) => {
      const sentenceIndex = this.model.sentences.length;
      const text = unit.text.slice(span.start, span.end);
      this.model.sentences.push({
        ...toSourceRange(unit.map, span.start, span.end),
        text,
        unit: unitIndex,
        proseStart: span.start,
      });
      if (ask[k] || (firstIsQuestion && k === 0)) {
        const question: Question = { sentence: sentenceIndex };
        if (label && labelled) question.label = label[1] ? `Q${label[2]}` : `Question ${label[4]}`;
        if (sentenceIndex > unit.firstSentence) question.preamble = sentenceIndex - 1;
        this.model.questions.push(question);
        labelled = false;
      }
    });
    unit.sentenceCount = this.model.sentences.length - unit.firstSentence;
  }

  private inline(nodes: readonly PhrasingContent[], out: ProseBuilder): void {
    for (const node of nodes) {
      switch (node.type) {
        case 'text': {
          const { start, end } = this.range(node);
          out.appendAligned(node.value, this.source.slice(start, end), start);
          break;
        }
        case 'emphasis':
        case 'strong':
        case 'delete':
        case 'link':
        case 'linkReference':
          this.inline(node.children, out);
          break;
        case 'inlineCode':
        case 'image':
        case 'imageReference':
          out.appendPlaceholder(OBJECT_CHAR, this.range(node).start);
          break;
        case 'break':
          out.appendPlaceholder(LINE_BREAK_CHAR, this.range(node).start);
          break;
        case 'html':
          if (/^<!--/.test(node.value)) this.comments(node);
          else if (/^<br\b/i.test(node.value)) out.appendPlaceholder(LINE_BREAK_CHAR, this.range(node).start);
          break;
        default:
          // footnote references carry no prose
          break;
      }
    }
  }
}
