// The engine's entry point: text in, findings out. The caller hands in the rules, so the engine
// never depends on any particular rule.

import { assemble, blockFact, DocumentBuilder, recordReads, type CachedBlock, type ReadLog } from './document';
import { decideKind } from './kind';
import { LineIndex } from './offsets';
import { applySuppressions, type SuppressionOutcome } from './suppressions';
import type {
  BlockModel,
  DocumentKind,
  DocumentModel,
  Finding,
  Fix,
  KindSource,
  Notice,
  Region,
  Report,
  Rule,
  RuleContext,
  RuleMeta,
  Severity,
  SeveritySetting,
  TextEdit,
  Vocabulary,
} from './types';

export interface LintSettings {
  /** Per-rule severity, or 'off'. Rules not named keep their default. */
  rules: Readonly<Record<string, SeveritySetting>>;
  /** Per-kind severities, which win over `rules` for drafts of that kind and can turn a rule on for it. */
  kinds?: Readonly<Partial<Record<DocumentKind, Readonly<Record<string, SeveritySetting>>>>>;
  /** Rule options by rule id, e.g. { "response-period-missing": { "minimumWeeks": 12 } }. */
  options?: Readonly<Record<string, Readonly<Record<string, number | string | boolean>>>>;
  /** Globs (relative paths) of files that are policy drafts whatever their title. */
  include: readonly string[];
  /** Extra group names, plain-word substitutions and allowed phrases (e.g. from a config file). */
  vocabulary?: Readonly<Partial<Vocabulary>>;
}

export interface LintOptions {
  rules: readonly Rule[];
  /** Where a rule's documentation lives; stamped on every finding. */
  docsUrl: (ruleId: string) => string;
  settings?: Partial<LintSettings>;
  /** Path relative to the workspace or working directory, for include globs. */
  path?: string;
  /** Forces the document kind. */
  kind?: DocumentKind;
  /** The region when the front matter names none. */
  region?: Region;
  /** Longer documents (in UTF-16 code units, about bytes for English) get one notice instead of a check. */
  maxLength?: number;
}

export interface LintResult {
  /** null when the file is not a policy draft: then there are no findings. */
  kind: DocumentKind | null;
  kindSource: KindSource;
  region: Region | undefined;
  findings: Finding[];
  notices: Notice[];
  /** Rules that threw; their findings are missing. The rest still ran. */
  errors: Array<{ ruleId: string; error: Error }>;
  document: DocumentModel;
  lines: LineIndex;
}

/** Checks one text. To check successive versions of a document cheaply, keep a Linter. */
export function lint(text: string, options: LintOptions): LintResult {
  if (options.maxLength !== undefined && text.length > options.maxLength) return tooLarge(text, options);
  // Nothing is kept for a next version, so document rules' reads are not recorded.
  const { document, blocks } = new DocumentBuilder().build(text);
  return checkBuilt(document, blocks, options);
}

/**
 * Checks successive versions of one document. Blocks whose text has not changed are neither
 * parsed nor checked again: their block-rule findings are moved into place. A document rule runs
 * again only when something it read changed (see stillHolds); otherwise its findings are moved
 * into place too. The result is the same as `lint` on the same text.
 */
export class Linter {
  private readonly builder = new DocumentBuilder();
  /** Each document rule's last run, by rule id: kept while what it read is unchanged. */
  private readonly documentRuns = new Map<string, DocumentRuleRun>();

  lint(text: string, options: LintOptions): LintResult {
    if (options.maxLength !== undefined && text.length > options.maxLength) return tooLarge(text, options);
    const { document, blocks } = this.builder.build(text);
    return checkBuilt(document, blocks, options, this.documentRuns);
  }
}

/** Small numbers for rule-and-settings keys, so that the per-block lookups compare numbers, not strings. */
const keyIds = new Map<string, number>();

function keyId(key: string): number {
  let id = keyIds.get(key);
  if (id === undefined) keyIds.set(key, (id = keyIds.size));
  return id;
}

/** The blocks of one build, as a document rule's run saw them. */
interface BuildStamp {
  entries: readonly CachedBlock[];
  starts: number[];
  length: number;
}

/** One run of a document rule: what it found and what it read to find it. */
interface DocumentRuleRun {
  /** The settings it ran with (as for block rules). */
  key: string;
  build: BuildStamp;
  reads: ReadLog;
  findings: Finding[];
  /** Blocks its findings and fixes point into (a block's start also counts for the block before). */
  anchored: Set<number>;
}

/** Blocks whose text changed since the build a run saw, or null when they cannot be matched up. */
function changedSince(then: BuildStamp, now: BuildStamp, memo: Map<BuildStamp, number[] | null>): number[] | null {
  if (memo.has(then)) return memo.get(then)!;
  let changed: number[] | null = [];
  if (then.entries.length !== now.entries.length) changed = null;
  else {
    for (let i = 0; i < now.entries.length; i++) {
      if (then.entries[i] === now.entries[i]) continue;
      // The first block holds the front matter and decides the line breaks fixes use.
      if (i === 0 || changed.length === MAX_CHANGED_BLOCKS) {
        changed = null;
        break;
      }
      changed.push(i);
    }
  }
  memo.set(then, changed);
  return changed;
}

/** More changed blocks than this (pasting, replacing) and document rules simply run again. */
const MAX_CHANGED_BLOCKS = 4;

/** The block holding `offset` (the last block for the end of the text). */
function blockAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function anchoredBlocks(findings: readonly Finding[], starts: readonly number[]): Set<number> {
  const blocks = new Set<number>();
  const add = (offset: number) => {
    const b = blockAt(starts, offset);
    blocks.add(b);
    // Text just before a block's start belongs to the block before: a fix there may have read it.
    if (b > 0 && starts[b] === offset) blocks.add(b - 1);
  };
  for (const f of findings) {
    add(f.start);
    add(f.end);
    for (const fix of f.fixes) for (const e of fix.edits) {
      add(e.start);
      add(e.end);
    }
  }
  return blocks;
}

/**
 * Whether a document rule's last run still holds: same settings, and every block that changed
 * since is one the rule read only through facts that came out the same, with the same headings,
 * and none of its findings points into it. Only offsets then differ: blocks after the change moved.
 */
function stillHolds(run: DocumentRuleRun, key: string, now: BuildStamp, placed: readonly BlockModel[], memo: Map<BuildStamp, number[] | null>): boolean {
  if (run.key !== key) return false;
  const changed = changedSince(run.build, now, memo);
  if (changed === null) return false;
  const { reads } = run;
  for (const c of changed) {
    if (reads.raw.has(c) || run.anchored.has(c)) return false;
    if (!sameOutline(run.build.entries[c], now.entries[c])) return false;
  }
  // Each fact the rule read (of any block), compared between the block as it was and as it is.
  // A fact not worked out on the old block was not read there. One the rule did not read on
  // this block in fact is compared too, which at worst runs the rule again for nothing.
  for (const c of changed) {
    const before = run.build.entries[c].model.facts;
    for (const [key, compute] of reads.facts) {
      if (!before.has(key)) continue;
      if (!sameValue(blockFact(placed[c], key, compute), before.get(key), 0)) return false;
    }
  }
  return true;
}

/** stillHolds, where a fact that throws on a changed block means the rule runs again (and fails there, as it would have). */
function holds(run: DocumentRuleRun, key: string, now: BuildStamp, placed: readonly BlockModel[], memo: Map<BuildStamp, number[] | null>): boolean {
  try {
    return stillHolds(run, key, now, placed, memo);
  } catch {
    return false;
  }
}

/** Same headings (also as written), comments and readability, relative to the block. */
function sameOutline(a: CachedBlock, b: CachedBlock): boolean {
  const x = a.model;
  const y = b.model;
  if (x.unread !== y.unread || x.headings.length !== y.headings.length || x.comments.length !== y.comments.length) return false;
  for (let i = 0; i < x.headings.length; i++) {
    const h = x.headings[i];
    const k = y.headings[i];
    if (h.start !== k.start || h.end !== k.end || h.depth !== k.depth || h.text !== k.text || h.unit !== k.unit) return false;
    if (a.source.slice(h.start, h.end) !== b.source.slice(k.start, k.end)) return false;
  }
  for (let i = 0; i < x.comments.length; i++) {
    const m = x.comments[i];
    const n = y.comments[i];
    if (m.start !== n.start || m.end !== n.end || m.body !== n.body) return false;
  }
  return true;
}

/** Structural equality of fact values (numbers, strings, booleans, arrays and plain objects). */
function sameValue(a: unknown, b: unknown, depth: number): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth > 8) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i], depth + 1)) return false;
    return true;
  }
  const plain = (o: object) => {
    const proto = Object.getPrototypeOf(o);
    return proto === Object.prototype || proto === null;
  };
  if (Array.isArray(b) || !plain(a) || !plain(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], depth + 1)) return false;
  }
  return true;
}

/** A kept run's findings, moved to where their blocks now are. */
function movedFindings(run: DocumentRuleRun, now: BuildStamp): Finding[] {
  const then = run.build.starts;
  const to = (offset: number) => {
    const b = blockAt(then, offset);
    return offset - then[b] + now.starts[b];
  };
  return run.findings.map((f) => {
    const start = to(f.start);
    if (start === f.start && to(f.end) === f.end && f.fixes.length === 0) return f;
    return {
      ...f,
      start,
      end: to(f.end),
      fixes: f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, start: to(e.start), end: to(e.end) })) })),
    };
  });
}

function checkBuilt(
  document: DocumentModel,
  cached: readonly CachedBlock[],
  options: LintOptions,
  documentRuns?: Map<string, DocumentRuleRun>,
): LintResult {
  const text = document.text;
  const lines = new LineIndex(text);
  const decision = decideKind(document, {
    path: options.path,
    include: options.settings?.include,
    kind: options.kind,
    region: options.region,
  });
  const result: LintResult = {
    kind: decision.kind,
    kindSource: decision.source,
    region: decision.region,
    findings: [],
    notices: decision.notices,
    errors: [],
    document,
    lines,
  };
  if (decision.kind === null) return result;
  for (const block of document.blocks) {
    if (!block.unread) continue;
    const lineEnd = text.slice(block.start, block.end).search(/[\r\n]|$/);
    result.notices.push({
      id: 'unread',
      severity: 'warning',
      start: block.start,
      end: block.start + lineEnd,
      message: 'This part of the draft could not be read as Markdown (it is nested too deeply), so it was not checked. Flatten the nested quotes or lists.',
    });
  }

  const kind = decision.kind;
  const vocabulary = vocabularyOf(options.settings);
  const vocabularyKey = JSON.stringify([vocabulary.groups, vocabulary.plainWords]);
  const findings: Finding[] = [];
  let now: BuildStamp | undefined;
  const changes = new Map<BuildStamp, number[] | null>();
  const fail = (rule: Rule, error: unknown) =>
    result.errors.push({ ruleId: rule.id, error: error instanceof Error ? error : new Error(String(error)) });
  // Each active rule with the settings it runs with. Block rules' findings are kept per block
  // under that key; a block that has them for every block rule is `complete` for the set.
  const running = options.rules.flatMap((rule) => {
    const severity = ruleSeverity(rule, kind, options.settings);
    if (severity === 'off') return [];
    const chosen = userSeverity(rule, kind, options.settings);
    const ruleOptions = optionsFor(rule, options.settings);
    const key = `${rule.id}|${severity}|${chosen}|${kind}|${decision.region ?? ''}|${JSON.stringify(ruleOptions)}|${vocabularyKey}`;
    return [{ rule, severity, chosen, ruleOptions, key, id: keyId(key) }];
  });
  const blockRuleIds = running.filter((r) => r.rule.scope === 'block').map((r) => r.id);
  const setId = keyId(blockRuleIds.join(' '));
  const incomplete: number[] = [];
  for (let i = 0; i < cached.length; i++) if (cached[i].complete !== setId) incomplete.push(i);
  /** Findings of block rules that failed part-way, by block position and rule, for this check only. */
  const partial = new Map<string, Finding[]>();
  for (const { rule, severity, chosen, ruleOptions, key, id } of running) {
    const context = (out: Finding[], length: number): RuleContext => ({
      kind,
      region: decision.region,
      options: ruleOptions,
      vocabulary,
      report: (report) => {
        const own = chosen ? severity : (rule.messageSeverity?.[report.messageId] ?? severity);
        out.push(stamp(rule, report, own, options.docsUrl, length));
      },
    });
    if (rule.scope === 'document') {
      if (!documentRuns) {
        try {
          rule.check(document, context(findings, text.length));
        } catch (error) {
          fail(rule, error);
        }
        continue;
      }
      now ??= { entries: cached, starts: document.blocks.map((b) => b.start), length: text.length };
      const last = documentRuns.get(rule.id);
      if (last && holds(last, key, now, document.blocks, changes)) {
        // What held for the last build holds for this one: keep it as this build's, so that
        // changes are counted from here. Moved findings stay in the same blocks.
        last.findings = movedFindings(last, now);
        last.build = now;
        for (const f of last.findings) findings.push(f);
        continue;
      }
      documentRuns.delete(rule.id);
      const own: Finding[] = [];
      const reads: ReadLog = { raw: new Set(), facts: new Map() };
      try {
        recordReads(reads, () => rule.check(document, context(own, text.length)));
        documentRuns.set(rule.id, { key, build: now, reads, findings: own, anchored: anchoredBlocks(own, now.starts) });
      } catch (error) {
        fail(rule, error);
      }
      for (const f of own) findings.push(f);
      continue;
    }
    // Block rules run only on blocks that lack their findings for these settings, block by block
    // in rule order; the findings are gathered below.
    for (const i of incomplete) {
      const entry = cached[i];
      if (entry.findings.has(id)) continue;
      // Block rules see the block where it was parsed (offsets from its start), so what they
      // find can be kept with the block and moved with it.
      const own: Finding[] = [];
      try {
        rule.check(entry.model, context(own, entry.model.end));
        entry.findings.set(id, own);
      } catch (error) {
        fail(rule, error);
        partial.set(`${i} ${id}`, own);
      }
    }
  }
  for (const i of incomplete) {
    const entry = cached[i];
    if (blockRuleIds.every((id) => entry.findings.has(id))) entry.complete = setId;
  }
  // Block-rule findings, placed. The order differs from rule by rule, but the sort below puts
  // them back in the same order: ties share a rule, and keep their block order either way.
  document.blocks.forEach((block, i) => {
    const entry = cached[i];
    if (entry.complete === setId) {
      // Kept while the block stays where it is (every block before an edit).
      let placed = entry.placedFindings;
      if (!placed || placed.set !== setId || placed.start !== block.start) {
        const list: Finding[] = [];
        for (const id of blockRuleIds) for (const f of entry.findings.get(id)!) list.push(moved(f, block.start));
        entry.placedFindings = placed = { set: setId, start: block.start, list };
      }
      for (const f of placed.list) findings.push(f);
      return;
    }
    for (const id of blockRuleIds) {
      for (const f of entry.findings.get(id) ?? partial.get(`${i} ${id}`) ?? []) findings.push(moved(f, block.start));
    }
  });

  const comments = document.blocks.flatMap((b) => b.comments);
  const active = new Set(options.rules.filter((r) => ruleSeverity(r, kind, options.settings) !== 'off').map((r) => r.id));
  const blockRules = new Set(options.rules.filter((r) => r.scope === 'block').map((r) => r.id));
  const allowed = withoutAllowedPhrases(findings, text, vocabulary.allowedPhrases, blockRules);
  const outcome = applySuppressions(allowed, comments, lines, new Set(options.rules.map((r) => r.id)), active);
  result.notices.push(...suppressionNotices(outcome, text, [...new Set(options.rules.map((r) => r.id))]));
  result.findings = outcome.kept.sort(
    (a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId),
  );
  return result;
}

function vocabularyOf(settings?: Partial<LintSettings>): Vocabulary {
  const given = settings?.vocabulary;
  return { groups: given?.groups ?? [], plainWords: given?.plainWords ?? {}, allowedPhrases: given?.allowedPhrases ?? [] };
}

/** Findings that mark at most this many words and contain an allowed phrase are about that phrase. */
const ALLOWED_PHRASE_FINDING_WORDS = 5;

/**
 * Drops findings about an allowed phrase: any finding lying inside an occurrence of one, and a
 * block rule's finding that marks a short stretch (five words at most) containing one. Longer
 * findings (a long sentence, a whole question) are about more than the phrase, so they stay, and
 * so do document-level findings placed on a heading that happens to contain the phrase.
 * Matching ignores case, treats any run of spaces as one and straight and curly apostrophes alike.
 */
export function withoutAllowedPhrases(findings: Finding[], text: string, phrases: readonly string[], blockRules: ReadonlySet<string>): Finding[] {
  if (findings.length === 0) return findings;
  const wanted = phrases.map((p) => foldText(p.trim()).split(/ +/).filter((w) => w !== '')).filter((words) => words.length > 0);
  if (wanted.length === 0) return findings;
  const { starts, ends } = phraseOccurrences(foldText(text), wanted);
  if (starts.length === 0) return findings;
  /** Index of the first occurrence starting at or after `offset`. */
  const firstFrom = (offset: number) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return findings.filter((f) => {
    const i = firstFrom(f.start);
    // Inside an occurrence: the one starting at the finding, or the last one starting before it.
    if (i < starts.length && starts[i] === f.start && ends[i] >= f.end) return false;
    if (i > 0 && ends[i - 1] >= f.end) return false;
    if (!blockRules.has(f.ruleId) || i >= starts.length || ends[i] > f.end) return true;
    const words = text.slice(f.start, f.end).trim().split(/\s+/).length;
    return words > ALLOWED_PHRASE_FINDING_WORDS;
  });
}

/**
 * Lower case, any white space as a plain space and curly apostrophes as straight ones, keeping
 * every offset (a character whose lower case is longer is left as it is).
 */
function foldText(text: string): string {
  const lower = text.toLowerCase();
  const same = lower.length === text.length ? lower : Array.from({ length: text.length }, (_, i) => {
    const c = text[i].toLowerCase();
    return c.length === 1 ? c : text[i];
  }).join('');
  return same.replace(/\s/g, ' ').replace(/\u2019/g, "'");
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Where the phrases occur in folded text, as whole words, any run of spaces standing for one;
 * sorted by start, without overlaps (the earliest, then the longest, wins).
 */
function phraseOccurrences(folded: string, phrases: ReadonlyArray<readonly string[]>): { starts: number[]; ends: number[] } {
  const found: Array<[number, number]> = [];
  const isWord = (i: number) => i >= 0 && i < folded.length && WORD_CHARACTER.test(folded[i]);
  for (const words of phrases) {
    for (let at = folded.indexOf(words[0]); at !== -1; at = folded.indexOf(words[0], at + 1)) {
      if (isWord(at - 1)) continue;
      let k = at + words[0].length;
      let matched = true;
      for (let w = 1; w < words.length && matched; w++) {
        if (folded[k] !== ' ') matched = false;
        while (folded[k] === ' ') k++;
        if (matched && folded.startsWith(words[w], k)) k += words[w].length;
        else matched = false;
      }
      if (matched && !isWord(k)) found.push([at, k]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [start, end] of found) {
    if (ends.length > 0 && start < ends[ends.length - 1]) continue;
    starts.push(start);
    ends.push(end);
  }
  return { starts, ends };
}

function moved(f: Finding, by: number): Finding {
  if (by === 0) return f;
  return {
    ...f,
    start: f.start + by,
    end: f.end + by,
    fixes: f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })),
  };
}

/** Notices for suppression comments that silence nothing or name a rule that does not exist. */
function suppressionNotices(outcome: SuppressionOutcome, text: string, ruleIds: string[]): Notice[] {
  const notices: Notice[] = [];
  for (const s of outcome.unused) {
    const what = s.rules.length ? s.rules.join(', ') : 'any rule';
    notices.push({
      id: 'unused-suppression',
      severity: 'hint',
      start: s.start,
      end: s.end,
      message: `This comment no longer silences anything (${what}), so it only hides future problems. Remove it.`,
      fixes: [{ title: 'Remove the unused suppression comment', edits: [removalEdit(text, s.start, s.end)], isPreferred: true }],
    });
  }
  for (const { suppression, ruleId } of outcome.unknown) {
    notices.push({
      id: 'unknown-rule',
      severity: 'information',
      start: suppression.start,
      end: suppression.end,
      message: `'${ruleId}' is not a rule id, so this comment does not silence it. Known ids: ${ruleIds.join(', ')}.`,
    });
  }
  return notices;
}

/** Removes a comment: its whole line when it stands alone, else the comment and the space before it. */
function removalEdit(text: string, start: number, end: number): TextEdit {
  let lineStart = start;
  while (lineStart > 0 && text[lineStart - 1] !== '\n') lineStart--;
  let lineEnd = end;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  if (text.slice(lineStart, start).trim() === '' && text.slice(end, lineEnd).trim() === '') {
    let after = lineEnd;
    if (text[after] === '\r') after++;
    if (text[after] === '\n') after++;
    return { start: lineStart, end: after, newText: '' };
  }
  let from = start;
  while (from > lineStart && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  return { start: from, end, newText: '' };
}

/** A draft too large to check costs one notice, nothing more. */
function tooLarge(text: string, options: LintOptions): LintResult {
  return {
    kind: null,
    kindSource: null,
    region: undefined,
    findings: [],
    notices: [{ id: 'too-large', severity: 'information', start: 0, end: text.search(/[\r\n]|$/), message: tooLargeMessage(options.maxLength!) }],
    errors: [],
    document: assemble(text, [], undefined),
    lines: new LineIndex(text),
  };
}

export function tooLargeMessage(maxLength: number): string {
  const size =
    maxLength >= 1_000_000 ? `${+(maxLength / 1_000_000).toFixed(2)} MB` : maxLength >= 1000 ? `${Math.round(maxLength / 1000)} KB` : `${maxLength} characters`;
  return `This document is larger than ${size}, so it was not checked. Split it into smaller drafts, or raise the size limit to check it.`;
}

/** Whether the user chose the rule's severity for this kind (then every message takes it). */
function userSeverity(rule: RuleMeta, kind: DocumentKind, settings?: Partial<LintSettings>): boolean {
  return settings?.kinds?.[kind]?.[rule.id] !== undefined || settings?.rules?.[rule.id] !== undefined;
}

function optionsFor(rule: RuleMeta, settings?: Partial<LintSettings>): Record<string, number | string | boolean> {
  const values: Record<string, number | string | boolean> = {};
  for (const [name, option] of Object.entries(rule.options ?? {})) {
    const given = settings?.options?.[rule.id]?.[name];
    values[name] = typeof given === typeof option.default ? given! : option.default;
  }
  return values;
}

/** The severity a rule has for a kind of draft: 'off' where it does not apply. */
export function ruleSeverity(rule: RuleMeta, kind: DocumentKind, settings?: Partial<LintSettings>): SeveritySetting {
  const forKind = settings?.kinds?.[kind]?.[rule.id];
  if (forKind !== undefined) return forKind;
  if (!rule.appliesTo.includes(kind)) return 'off';
  return settings?.rules?.[rule.id] ?? rule.severityByKind?.[kind] ?? rule.defaultSeverity;
}

function stamp(rule: Rule, report: Report, severity: Severity, docsUrl: (id: string) => string, length: number): Finding {
  const template = rule.messages[report.messageId];
  if (template === undefined) throw new Error(`rule ${rule.id} has no message '${report.messageId}'`);
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  const start = clamp(report.start);
  return {
    ruleId: rule.id,
    messageId: report.messageId,
    message: formatMessage(template, report.data),
    severity,
    docsUrl: docsUrl(rule.id),
    start,
    end: Math.max(start, clamp(report.end)),
    fixes: (report.fixes ?? []).map((fix): Fix => ({
      ...fix,
      edits: fix.edits.map((e) => ({ ...e, start: clamp(e.start), end: Math.max(clamp(e.start), clamp(e.end)) })),
    })),
  };
}

/** Fills `{name}` placeholders; an unknown name is left as written so the gap is visible. */
export function formatMessage(template: string, data: Report['data']): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (data && name in data ? String(data[name]) : whole));
}
