// The contract between the extension and the server beyond standard LSP: method names, command
// ids and payloads. Plain data only, so the client can import it without pulling in the engine.

import { REPORT_COMMANDS } from '../report/protocol';

export const SETTINGS_SECTION = 'coproductionLint';

export const STATUS_NOTIFICATION = 'coproductionLint/status';
export const CHECK_FILES_REQUEST = 'coproductionLint/checkFiles';
/** The comment edit for "Ignore …", once the user has given (or skipped) a reason. */
export const IGNORE_EDIT_REQUEST = 'coproductionLint/ignoreEdit';
/** The settings a document is checked with, and where they came from ("Show effective configuration"). */
export const EFFECTIVE_CONFIG_REQUEST = 'coproductionLint/effectiveConfig';

export const COMMANDS = {
  markAsPolicyDraft: 'coproductionLint.markAsPolicyDraft',
  checkWorkspace: 'coproductionLint.checkWorkspace',
  restartServer: 'coproductionLint.restartServer',
  turnOffRule: 'coproductionLint.turnOffRule',
  explainRule: 'coproductionLint.explainRule',
  ignoreRule: 'coproductionLint.ignoreRule',
  openExample: 'coproductionLint.openExample',
  showEffectiveConfig: 'coproductionLint.showEffectiveConfig',
  ...REPORT_COMMANDS,
} as const;

/** Arguments of the "Turn off … in settings" and "Explain …" code action commands. */
export interface RuleCommandArgs {
  ruleId: string;
  uri?: string;
}

/** Sent after every check of an open document, for the status bar. */
export interface StatusParams {
  uri: string;
  /** The document kind, or null when the file is not a policy draft. */
  kind: string | null;
  kindSource: string | null;
  /** Estimated rung on the participation ladder (inform … co-produce), or null. */
  participationLevel: string | null;
  /** One sentence on what the estimate rests on. */
  participationBecause: string | null;
  /** Diagnostics published for the document. */
  problems: number;
  /** False when the user turned checking off for this file. */
  enabled: boolean;
}

/** Arguments of the "Ignore … for this line / in this file" command (clients that run our commands). */
export interface IgnoreRuleArgs {
  uri: string;
  /** The document version the action was computed for; a later version gets no edit. */
  version: number;
  ruleId: string;
  scope: 'line' | 'file';
  /** Where a line comment goes (scope 'line'). */
  position?: { line: number; character: number };
}

export interface IgnoreEditParams extends IgnoreRuleArgs {
  /** The user's reason, kept in the comment; empty for none. */
  reason: string;
}

export interface CheckFilesParams {
  uris: string[];
  /** Optional work-done progress token, for clients that want `$/progress` reports. */
  workDoneToken?: string | number;
}

export interface CheckFilesResult {
  /** Files read and checked (unreadable, binary and very large files are skipped). */
  checked: number;
  /** Checked files that are policy drafts. */
  drafts: number;
  /** Diagnostics found in them. */
  problems: number;
}

export interface MarkAsPolicyDraftArgs {
  uri: string;
}
