// Composes the engine with this product's rules and docs links. The language server, the CLI
// and the tests all check documents through here.

import { lint, Linter, type DocumentKind, type LintResult, type LintSettings, type Region } from './engine';
import { allRules } from './rules';
import { estimateParticipation, type ParticipationEstimate } from './rules/participation';

export const SOURCE = 'co-production';
export const REPOSITORY = 'https://github.com/coproduction-lint/coproduction-lint';

export function docsUrl(ruleId: string): string {
  return `${REPOSITORY}/blob/main/docs/rules/${ruleId}.md`;
}

/** Drafts larger than this many megabytes are not checked unless the user raises the limit. */
export const DEFAULT_SIZE_LIMIT_MB = 5;

export interface CheckOptions {
  path?: string;
  settings?: Partial<LintSettings>;
  kind?: DocumentKind;
  /** The region when the front matter names none (CLI `--region`). */
  region?: Region;
  /** Longer texts (UTF-16 code units) get one notice instead of a check. */
  maxLength?: number;
}

export interface CheckResult extends LintResult {
  /** Where the draft sits on the participation ladder, judged by what it commits to; null for non-drafts. */
  participation: ParticipationEstimate | null;
}

export function check(text: string, options: CheckOptions = {}): CheckResult {
  return withParticipation(lint(text, { rules: allRules, docsUrl, ...options }));
}

/** Checks successive versions of one document, re-parsing only the blocks an edit touched. */
export function createIncrementalChecker(): { check(text: string, options?: CheckOptions): CheckResult } {
  const linter = new Linter();
  return { check: (text, options = {}) => withParticipation(linter.lint(text, { rules: allRules, docsUrl, ...options })) };
}

function withParticipation(result: LintResult): CheckResult {
  return { ...result, participation: result.kind === null ? null : estimateParticipation(result.document) };
}

export { allRules };
