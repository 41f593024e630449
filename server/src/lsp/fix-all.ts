// "Fix all safe problems" (`source.fixAll.coproductionLint`, usable in editor.codeActionsOnSave):
// every preferred rewrite fix in the document, in one edit. Inserting a section is not "safe"
// here: its example wording must be edited by the author, so it is never applied unasked.

import { type CodeAction, type TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from '../engine';
import { allRules, type CheckResult } from '../checker';

export const FIX_ALL_KIND = 'source.fixAll.coproductionLint';

/** Whether a code action request asks for our fix-all (directly, or as source.fixAll / source). */
export function wantsFixAll(only: readonly string[] | undefined): boolean {
  return !!only && only.some((kind) => FIX_ALL_KIND === kind || FIX_ALL_KIND.startsWith(`${kind}.`));
}

/** The edits of every preferred rewrite fix, skipping any that touch an edit already taken. */
export function safeFixEdits(result: CheckResult): TextEdit[] {
  const rewrites = new Set(allRules.filter((r) => r.fixKind === 'rewrite').map((r) => r.id));
  const taken: TextEdit[] = [];
  for (const finding of result.findings) {
    if (!rewrites.has(finding.ruleId)) continue;
    const fix = finding.fixes.find((f) => f.isPreferred);
    if (!fix) continue;
    const clashes = fix.edits.some((e) => taken.some((t) => e.start <= t.end && t.start <= e.end));
    if (!clashes) taken.push(...fix.edits);
  }
  return taken.sort((a, b) => a.start - b.start);
}

export function fixAllAction(result: CheckResult, doc: TextDocument, toEdit: (edits: LspTextEdit[]) => CodeAction['edit']): CodeAction[] {
  const edits = safeFixEdits(result);
  if (edits.length === 0) return [];
  return [
    {
      title: `Fix all safe problems (${edits.length === 1 ? '1 rewrite' : `${edits.length} rewrites`})`,
      kind: FIX_ALL_KIND,
      edit: toEdit(edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }))),
    },
  ];
}
