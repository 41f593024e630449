// Composes the engine with this product's rules and docs links. The language server, the CLI
// and the tests all check documents through here.

import { lint, type DocumentKind, type LintResult, type LintSettings } from './engine';
import { allRules } from './rules';

export const SOURCE = 'co-production';
export const REPOSITORY = 'https://github.com/coproduction-lint/coproduction-lint';

export function docsUrl(ruleId: string): string {
  return `${REPOSITORY}/blob/main/docs/rules/${ruleId}.md`;
}

export interface CheckOptions {
  path?: string;
  settings?: Partial<LintSettings>;
  kind?: DocumentKind;
}

export function check(text: string, options: CheckOptions = {}): LintResult {
  return lint(text, { rules: allRules, docsUrl, ...options });
}

export { allRules };
