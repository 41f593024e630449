import type { BlockRule, DocumentRule } from './types';

/** Declares a rule; the identity function gives rule files one checked shape. */
export function defineBlockRule(rule: Omit<BlockRule, 'scope'>): BlockRule {
  return { ...rule, scope: 'block' };
}

export function defineDocumentRule(rule: Omit<DocumentRule, 'scope'>): DocumentRule {
  return { ...rule, scope: 'document' };
}
