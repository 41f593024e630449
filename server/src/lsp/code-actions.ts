// Code actions for our diagnostics, in menu order: the rule's own fixes, then "Ignore … for this
// line", "Ignore … in this file", and (in VS Code) "Turn off … in settings" and "Explain …". Fixes come from the diagnostic's data, so nothing is re-checked.
// In VS Code the two "Ignore" actions run a command that first asks for an optional reason, then
// asks the server for the comment edit (ignoreEdit); other editors get the plain edit.

import {
  CodeActionKind,
  TextDocumentEdit,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type Position,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { findFrontMatter, suppressionComment } from '../engine';
import { SOURCE } from '../checker';
import { readData } from './diagnostics';
import { COMMANDS, type IgnoreEditParams, type IgnoreRuleArgs } from './protocol';
import { insertAfterFrontMatter } from './front-matter';

export interface ActionOptions {
  /** The client accepts versioned `documentChanges`; otherwise plain `changes` are sent. */
  documentChanges: boolean;
  /** The client runs our commands: "Ignore …" asks for a reason, and "Turn off … in settings" and "Explain …" are offered. */
  clientCommands?: boolean;
}

export function codeActions(params: CodeActionParams, doc: TextDocument, options: ActionOptions): CodeAction[] {
  const only = params.context.only;
  if (only && !only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];

  const fixes: CodeAction[] = [];
  const ignoreLine = new Map<string, CodeAction>();
  const ignoreFile = new Map<string, CodeAction>();
  const turnOff = new Map<string, CodeAction>();
  const explain = new Map<string, CodeAction>();
  const text = doc.getText();
  const frontMatter = findFrontMatter(text);

  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== SOURCE) continue;
    const data = readData(diagnostic.data);
    // Ranges from an older version would land in the wrong place; the client asks again once
    // the new diagnostics arrive.
    if (!data || (data.version !== null && data.version !== doc.version)) continue;
    const edit = (edits: TextEdit[]) => workspaceEdit(doc.uri, data.version ?? doc.version, edits, options);

    for (const fix of data.fixes) {
      fixes.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        ...(fix.isPreferred ? { isPreferred: true } : {}),
        edit: edit(fix.edits),
      });
    }

    if (data.notice) continue;
    const at = lineCommentPosition(diagnostic, doc);
    const lineKey = `${data.ruleId}@${at.line}`;
    // A comment on a front matter line would break the front matter (an empty draft anchors
    // its document-level findings on the closing `---`).
    const inFrontMatter = frontMatter !== undefined && doc.offsetAt(at) < frontMatter.end;
    if (!inFrontMatter && !ignoreLine.has(lineKey)) {
      const title = `Ignore ${data.ruleId} for this line`;
      const args: IgnoreRuleArgs = { uri: doc.uri, version: doc.version, ruleId: data.ruleId, scope: 'line', position: at };
      ignoreLine.set(lineKey, {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        ...(options.clientCommands
          ? { command: { title, command: COMMANDS.ignoreRule, arguments: [args] } }
          : { edit: edit(ignoreEdits(doc, { ...args, reason: '' })) }),
      });
    }

    if (options.clientCommands && !turnOff.has(data.ruleId)) {
      const args = [{ ruleId: data.ruleId, uri: doc.uri }];
      turnOff.set(data.ruleId, {
        title: `Turn off ${data.ruleId} in settings`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: `Turn off ${data.ruleId} in settings`, command: COMMANDS.turnOffRule, arguments: args },
      });
      explain.set(data.ruleId, {
        title: `Explain ${data.ruleId}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: `Explain ${data.ruleId}`, command: COMMANDS.explainRule, arguments: args },
      });
    }

    if (!ignoreFile.has(data.ruleId)) {
      const title = `Ignore ${data.ruleId} in this file`;
      const args: IgnoreRuleArgs = { uri: doc.uri, version: doc.version, ruleId: data.ruleId, scope: 'file' };
      ignoreFile.set(data.ruleId, {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        ...(options.clientCommands
          ? { command: { title, command: COMMANDS.ignoreRule, arguments: [args] } }
          : { edit: edit(ignoreEdits(doc, { ...args, reason: '' })) }),
      });
    }
  }
  return [...fixes, ...ignoreLine.values(), ...ignoreFile.values(), ...turnOff.values(), ...explain.values()];
}

/**
 * The suppression comment for "Ignore …", with the user's reason if they gave one. No edit when
 * the document has changed since the action was offered, or the line would be in front matter.
 */
export function ignoreEdit(doc: TextDocument, params: IgnoreEditParams, options: ActionOptions): WorkspaceEdit | null {
  if (params.version !== doc.version || params.uri !== doc.uri) return null;
  const edits = ignoreEdits(doc, params);
  return edits.length ? workspaceEdit(doc.uri, doc.version, edits, options) : null;
}

function ignoreEdits(doc: TextDocument, params: IgnoreEditParams): TextEdit[] {
  const text = doc.getText();
  if (params.scope === 'file') {
    const insert = insertAfterFrontMatter(text, suppressionComment('disable-file', params.ruleId, params.reason));
    const position = doc.positionAt(insert.start);
    return [{ range: { start: position, end: position }, newText: insert.newText }];
  }
  if (!params.position) return [];
  const at: Position = doc.positionAt(doc.offsetAt(params.position));
  const frontMatter = findFrontMatter(text);
  if (frontMatter !== undefined && doc.offsetAt(at) < frontMatter.end) return [];
  return [{ range: { start: at, end: at }, newText: ` ${suppressionComment('disable-line', params.ruleId, params.reason)}` }];
}

/**
 * Right after the diagnostic. A range that ends at the start of a line ends, for the reader,
 * on the line before; the comment goes there so it covers the diagnostic's own line.
 */
function lineCommentPosition(diagnostic: Diagnostic, doc: TextDocument) {
  const { start, end } = diagnostic.range;
  if (end.character === 0 && end.line > start.line) {
    const lineEnd = doc.offsetAt(end) - 1;
    const text = doc.getText();
    const back = text[lineEnd] === '\n' && text[lineEnd - 1] === '\r' ? 1 : 0;
    return doc.positionAt(lineEnd - back);
  }
  return doc.positionAt(doc.offsetAt(end));
}

export function workspaceEdit(uri: string, version: number, edits: TextEdit[], options: ActionOptions): WorkspaceEdit {
  if (options.documentChanges) return { documentChanges: [TextDocumentEdit.create({ uri, version }, edits)] };
  return { changes: { [uri]: edits } };
}
