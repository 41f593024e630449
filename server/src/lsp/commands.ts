// `coproductionLint.markAsPolicyDraft`: the user asked for it, so the server sends the edit with
// workspace/applyEdit rather than waiting for a code action.

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { MessageType, ShowMessageNotification, TextDocumentEdit, type Connection, type TextDocuments, type WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check } from '../checker';
import { markAsPolicyEdit } from './front-matter';
import type { MarkAsPolicyDraftArgs } from './protocol';

export interface CommandDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  pathOf: (uri: string) => string | undefined;
  canApplyEdit: boolean;
  documentChanges: boolean;
}

export async function markAsPolicyDraft(args: unknown, deps: CommandDeps): Promise<boolean> {
  const uri = uriOf(args);
  if (!uri) {
    deps.connection.console.error('markAsPolicyDraft needs { uri } for the file to mark.');
    return false;
  }
  if (!deps.canApplyEdit) {
    deps.connection.console.error('This editor cannot apply edits sent by the server (workspace/applyEdit), so the file was not changed.');
    return false;
  }
  const open = deps.documents.get(uri);
  const doc = open ?? (await fromDisk(uri));
  if (!doc) {
    deps.connection.console.error(`Could not read ${uri}, so it was not marked as a policy draft.`);
    return false;
  }
  const text = doc.getText();
  const current = check(text, { path: deps.pathOf(uri) });
  if (current.kindSource === 'front-matter') {
    void deps.connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Info,
      message: `This file's front matter already marks it as a ${current.kind} draft.`,
    });
    return false;
  }
  const change = markAsPolicyEdit(text);
  const edits = [{ range: { start: doc.positionAt(change.start), end: doc.positionAt(change.end) }, newText: change.newText }];
  const edit: WorkspaceEdit = deps.documentChanges
    ? { documentChanges: [TextDocumentEdit.create({ uri, version: open ? open.version : null }, edits)] }
    : { changes: { [uri]: edits } };
  const answer = await deps.connection.workspace.applyEdit({ label: 'Mark as a policy draft', edit });
  if (!answer.applied) deps.connection.console.info(`The editor did not apply the edit to ${uri}${answer.failureReason ? `: ${answer.failureReason}` : '.'}`);
  return answer.applied;
}

function uriOf(args: unknown): string | undefined {
  const first = Array.isArray(args) ? args[0] : args;
  if (typeof first === 'string') return first;
  const uri = (first as Partial<MarkAsPolicyDraftArgs> | undefined)?.uri;
  return typeof uri === 'string' ? uri : undefined;
}

async function fromDisk(uri: string): Promise<TextDocument | undefined> {
  try {
    return TextDocument.create(uri, 'markdown', 0, await readFile(fileURLToPath(uri), 'utf8'));
  } catch {
    return undefined;
  }
}
