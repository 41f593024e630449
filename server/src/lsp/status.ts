// The `coproductionLint/status` notification that drives the client's status bar item.

import type { Connection } from 'vscode-languageserver/node';
import type { Outcome } from './checks';
import { STATUS_NOTIFICATION, type StatusParams } from './protocol';

export function statusOf(outcome: Outcome): StatusParams {
  return {
    uri: outcome.uri,
    kind: outcome.result?.kind ?? null,
    kindSource: outcome.result?.kindSource ?? null,
    participationLevel: outcome.result?.participation?.level ?? null,
    participationBecause: outcome.result?.participation?.because ?? null,
    problems: outcome.diagnostics.length,
    enabled: outcome.settings.enable,
  };
}

export function sendStatus(connection: Connection, outcome: Outcome): void {
  void connection.sendNotification(STATUS_NOTIFICATION, statusOf(outcome));
}
