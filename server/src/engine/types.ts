// The engine's vocabulary. Nothing here knows about LSP, VS Code or the command line:
// positions are UTF-16 offsets into the document text, end exclusive.

export const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type SeveritySetting = Severity | 'off';

export const DOCUMENT_KINDS = [
  'policy',
  'strategy',
  'engagement-plan',
  'consultation',
  'survey',
  'service-design',
  'feedback-report',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const REGIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type Region = (typeof REGIONS)[number];

/** How the engine decided the document is (or is not) a policy draft. */
export type KindSource = 'forced' | 'front-matter' | 'include' | 'title' | null;

export interface OffsetRange {
  start: number;
  end: number;
}

export interface TextEdit extends OffsetRange {
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The one fix an editor may apply without asking which. */
  isPreferred?: boolean;
}

export interface Principle {
  /** The principle in a few words, e.g. "Feed back how engagement influenced decisions". */
  name: string;
  /** The framework or guidance it comes from. */
  source: string;
  url: string;
}

export type FixKind = 'insert-section' | 'rewrite' | 'none';

export interface RuleMeta {
  /** Kebab-case id: also the file name, the docs slug and the diagnostic code. */
  id: string;
  summary: string;
  why: string;
  howToFix: string;
  principles: readonly Principle[];
  defaultSeverity: Severity;
  /** The kinds of draft the rule checks. */
  appliesTo: readonly DocumentKind[];
  /** Severity for a kind where it differs from `defaultSeverity` (e.g. an error in consultations). */
  severityByKind?: Readonly<Partial<Record<DocumentKind, Severity>>>;
  fixKind: FixKind;
  /** Message templates by id; `{name}` placeholders are filled from the report's data. */
  messages: Readonly<Record<string, string>>;
  /**
   * A lower severity for some messages (e.g. a hint for a finer point), used unless the user set
   * the rule's severity themselves.
   */
  messageSeverity?: Readonly<Record<string, Severity>>;
  /** Options a user can set for the rule, with their defaults. */
  options?: Readonly<Record<string, { readonly default: number | string | boolean; readonly description: string }>>;
  /** A short flagged draft fragment and its good counterpart, shown in hovers and docs. */
  example: { readonly flagged: string; readonly ok: string };
}

export interface Report extends OffsetRange {
  messageId: string;
  data?: Record<string, string | number>;
  fixes?: Fix[];
}

/** Words the user adds for their area (from a config file); the engine never reads files itself. */
export interface Vocabulary {
  /** Extra stakeholder group names, e.g. "Friends of Hilltop Park". */
  groups: readonly string[];
  /** Extra words to avoid, each with its plain alternative: { "synergise": "work together" }. */
  plainWords: Readonly<Record<string, string>>;
  /** Phrases never flagged, e.g. a programme's name that contains a word a rule would flag. */
  allowedPhrases: readonly string[];
}

export interface RuleContext {
  kind: DocumentKind;
  region: Region | undefined;
  /** The rule's options: the user's values over the defaults declared in its metadata. */
  options: Readonly<Record<string, number | string | boolean>>;
  /** The user's vocabulary; empty lists when none is set. */
  vocabulary: Vocabulary;
  report(report: Report): void;
}

/** Sees one independently parsed block at a time; findings can be cached per block. */
export interface BlockRule extends RuleMeta {
  scope: 'block';
  check(block: BlockModel, context: RuleContext): void;
}

/**
 * Sees the whole outline. It re-runs after a change unless all it read of the changed blocks was
 * facts (blockFact) that came out the same, so it should read blocks through facts where it can.
 */
export interface DocumentRule extends RuleMeta {
  scope: 'document';
  check(document: DocumentModel, context: RuleContext): void;
}

export type Rule = BlockRule | DocumentRule;

export interface Finding extends OffsetRange {
  ruleId: string;
  messageId: string;
  message: string;
  severity: Severity;
  docsUrl: string;
  fixes: Fix[];
}

/** A problem with the input itself rather than with the draft (e.g. unreadable front matter). */
export interface Notice extends OffsetRange {
  id: 'front-matter' | 'too-large' | 'unread' | 'unused-suppression' | 'unknown-rule';
  severity: Severity;
  message: string;
  /** Edits that resolve it (e.g. removing a suppression comment that suppresses nothing). */
  fixes?: Fix[];
}

// ---- document model -------------------------------------------------------------------------

/** Maps an index in extracted prose back to an offset in the source text. */
export interface OffsetMap {
  /** Flattened runs: [proseStart, sourceStart, length, ...], ascending; sources relative to `base`. */
  readonly runs: readonly number[];
  /** Where the block starts in the document, so a moved block shares its runs. */
  readonly base: number;
}

export type UnitKind = 'heading' | 'paragraph' | 'tableCell';

export interface ListItemInfo {
  ordered: boolean;
  /** GFM task list state: true/false for `- [x]`/`- [ ]`, null otherwise. */
  checked: boolean | null;
  /** The first paragraph of the item (later paragraphs are continuations). */
  first: boolean;
}

export interface TableCellInfo {
  table: number;
  row: number;
  column: number;
  header: boolean;
}

/** A run of prose the author wrote: a heading, a paragraph (also inside lists and quotes) or a table cell. */
export interface ProseUnit extends OffsetRange {
  kind: UnitKind;
  /** Prose with markup removed; soft line breaks become spaces, code becomes U+FFFC. */
  text: string;
  map: OffsetMap;
  depth?: number;
  listItem?: ListItemInfo;
  tableCell?: TableCellInfo;
  /** Items in the list that directly follows (e.g. "We will involve:" then bullets), else 0. */
  listAfter: number;
  /** Indexes into the block's sentences. */
  firstSentence: number;
  sentenceCount: number;
}

export interface Sentence extends OffsetRange {
  text: string;
  /** Index of the unit in its block, and where the sentence starts in the unit's prose. */
  unit: number;
  proseStart: number;
}

/**
 * One answer option of a question: a stretch of one unit's prose. Like a sentence it is placed by
 * unit and prose offsets, so it stays valid wherever the block moves; its source range is
 * `toSourceRange(block.units[option.unit].map, option.proseStart, option.proseEnd)`.
 */
export interface QuestionOption {
  /** The option's prose, without its tick-box marker ("( )", "☐"). */
  text: string;
  /** Index of the unit holding the option in its block. */
  unit: number;
  proseStart: number;
  proseEnd: number;
}

export interface Question {
  /** Index of the question sentence in the block. */
  sentence: number;
  /** "Q3", "Question 4" when the item was numbered that way. */
  label?: string;
  /** The sentence before it in the same unit, which may frame the question. */
  preamble?: number;
  /**
   * The answer options that directly follow: a list (bullets, numbers or `- [ ]` tick boxes),
   * "( )" or "☐" lines, or a table. Statements in an agree/disagree table share the header's scale.
   */
  options?: QuestionOption[];
  /** An agree/disagree statement under a stem such as "How much do you agree with these statements?". */
  statement?: true;
}

export interface Heading extends OffsetRange {
  depth: number;
  text: string;
  /** Index of the heading's unit in its block. */
  unit: number;
  block: number;
}

export interface TableInfo extends OffsetRange {
  header: string[];
  rows: number;
}

export interface ListInfo extends OffsetRange {
  ordered: boolean;
  items: number;
}

export interface HtmlComment extends OffsetRange {
  body: string;
}

export interface BlockModel extends OffsetRange {
  /** Position of this block in the document. */
  readonly index: number;
  readonly units: readonly ProseUnit[];
  readonly sentences: readonly Sentence[];
  readonly questions: readonly Question[];
  readonly headings: readonly Heading[];
  readonly tables: readonly TableInfo[];
  readonly lists: readonly ListInfo[];
  readonly comments: readonly HtmlComment[];
  /**
   * The block as parsed, with offsets from its own start; kept while the block's text is
   * unchanged, wherever the block moves. Absent on the parsed block itself.
   */
  readonly origin?: BlockModel;
  /** Facts document rules keep per block (see blockFact); shared by every placement of the block. */
  readonly facts: Map<string, unknown>;
  /** Set when the block could not be parsed (e.g. nested thousands deep): it holds no prose. */
  readonly unread?: true;
}

export interface FrontMatter extends OffsetRange {
  data: Record<string, unknown>;
  /** Set when the YAML could not be read. */
  error?: { message: string; offset: number };
}

/** A heading and everything under it until the next heading of the same or a higher level. */
export interface Section extends OffsetRange {
  heading: Heading;
  /** Index of the enclosing section in `sections`, or -1. */
  parent: number;
}

export interface DocumentModel {
  text: string;
  frontMatter: FrontMatter | undefined;
  blocks: BlockModel[];
  headings: Heading[];
  sections: Section[];
  /** First level-1 heading, or the first heading of all. */
  title: Heading | undefined;
  /** Where document-level findings go: the title line, else the first line of prose. */
  anchor: OffsetRange;
}
