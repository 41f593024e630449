// `coproductionLint/checkFiles`: checks files from disk for a whole-workspace check. Open files
// are counted but not re-published (their editor diagnostics already cover them).

import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { CancellationToken, Connection, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { maxLengthOf, type Checks, type Outcome } from './checks';
import type { CheckFilesParams, CheckFilesResult } from './protocol';
import type { Publisher } from './push';
import { errorText, type SettingsStore } from './settings';

export interface WorkspaceCheckDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  settings: SettingsStore;
  checks: Checks;
  publisher: Publisher;
}

export async function checkFiles(
  params: CheckFilesParams,
  token: CancellationToken,
  deps: WorkspaceCheckDeps,
): Promise<CheckFilesResult> {
  const totals: CheckFilesResult = { checked: 0, drafts: 0, problems: 0 };
  const uris = Array.isArray(params?.uris) ? params.uris.filter((u): u is string => typeof u === 'string') : [];
  const progress = deps.connection.window.attachWorkDoneProgress(params?.workDoneToken);
  progress.begin('Checking Markdown files', 0, undefined, true);
  try {
    const allSettings = await deps.settings.getMany(uris);
    for (let i = 0; i < uris.length; i++) {
      // Let a $/cancelRequest that arrived meanwhile be read before the next file.
      await new Promise((resolve) => setImmediate(resolve));
      if (token.isCancellationRequested) break;
      const uri = uris[i];
      const outcome = await checkOne(uri, allSettings[i], deps);
      if (outcome) {
        totals.checked++;
        if (outcome.result?.kind) totals.drafts++;
        totals.problems += outcome.diagnostics.length;
      }
      progress.report(Math.round(((i + 1) / uris.length) * 100), `${i + 1} of ${uris.length}`);
    }
  } catch (error) {
    deps.connection.console.error(`The workspace check stopped: ${errorText(error)}`);
  } finally {
    progress.done();
  }
  return totals;
}

async function checkOne(uri: string, settings: Outcome['settings'], deps: WorkspaceCheckDeps): Promise<Outcome | undefined> {
  const open = deps.documents.get(uri);
  if (open) return deps.checks.run(open, settings);

  const text = await readText(uri, deps.connection, maxLengthOf(settings));
  if (text === undefined) return undefined;
  const doc = TextDocument.create(uri, 'markdown', 0, text);
  const outcome = deps.checks.checkText(doc, settings, null);
  deps.publisher.publishFromDisk(uri, outcome.diagnostics);
  // Only open documents keep their settings cached; a big workspace would fill the cache.
  deps.settings.forget(uri);
  return outcome;
}

/** The file's text, or undefined (with a log line saying why) when it should not be checked. */
async function readText(uri: string, connection: Connection, maxLength: number): Promise<string | undefined> {
  const skip = (why: string) => {
    connection.console.info(`Skipped ${uri}: ${why}.`);
    return undefined;
  };
  let path: string;
  try {
    path = fileURLToPath(uri);
  } catch {
    return skip('only files on disk (file: URIs) can be checked');
  }
  try {
    // UTF-8 takes up to 3 bytes per UTF-16 unit, so this bound never skips a file that fits.
    if ((await stat(path)).size > maxLength * 3) return skip('it is larger than the size limit (coproductionLint.sizeLimitMB)');
    const bytes = await readFile(path);
    if (bytes.subarray(0, 8000).includes(0)) return skip('it looks like a binary file');
    // Text over the limit is checked as such: it gets the "not checked" notice, as in the editor.
    return new TextDecoder('utf-8').decode(bytes);
  } catch (error) {
    return skip(`it could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}
