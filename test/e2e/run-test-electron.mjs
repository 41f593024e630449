// Runs the same e2e suite with @vscode/test-electron in desktop VS Code, for machines that can
// download VS Code (update.code.visualstudio.com) or that have one (VSCODE_EXECUTABLE). It is not
// part of CI: CI machines cannot download VS Code, so CI uses run-code-server.mjs instead.
// Build first: `npm run build && npm run build:tests`.
//
// usage: node test/e2e/run-test-electron.mjs
// env:   VSCODE_VERSION (default 'stable'), VSCODE_EXECUTABLE (skip the download),
//        VSCODE_TEST_CACHE (where downloads are kept; default ${XDG_CACHE_HOME:-~/.cache}/vscode-test),
//        ARTIFACTS (the result goes to $ARTIFACTS/vscode-electron), COPRODUCTION_LINT_E2E_GREP,
//        COPRODUCTION_LINT_E2E_KNOWN_BUGS=1, KEEP_TMP=1
// The last line of output is "N passed, N failed".

import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { prepareWorkspace } from './workspace.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const ARTIFACTS = path.join(process.env.ARTIFACTS || path.join(os.tmpdir(), 'coproduction-lint-artifacts'), 'vscode-electron');
rmSync(ARTIFACTS, { recursive: true, force: true });
mkdirSync(ARTIFACTS, { recursive: true });
const resultFile = path.join(ARTIFACTS, 'result.json');

const tmp = mkdtempSync(path.join(os.tmpdir(), 'coproduction-lint-e2e-'));
const workspace = prepareWorkspace(ROOT, path.join(tmp, 'workspace'));

let code = 0;
try {
  code = await runTests({
    ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : { version: process.env.VSCODE_VERSION || 'stable' }),
    cachePath: process.env.VSCODE_TEST_CACHE || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'vscode-test'),
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'out', 'test', 'e2e', 'index.js'),
    extensionTestsEnv: { COPRODUCTION_LINT_E2E_RESULT: resultFile },
    launchArgs: [
      workspace,
      '--user-data-dir', path.join(tmp, 'user-data'),
      '--extensions-dir', path.join(tmp, 'extensions'),
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
    ],
  });
} catch (error) {
  console.error(`@vscode/test-electron failed: ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  if (!process.env.KEEP_TMP) rmSync(tmp, { recursive: true, force: true });
}

let result;
try {
  result = JSON.parse(readFileSync(resultFile, 'utf8'));
} catch {}
const passed = result?.passes ?? 0;
const failed = (result?.failures ?? 0) || (code !== 0 || !result?.done ? 1 : 0);
for (const title of result?.pending ?? []) console.log(`skipped: ${title}`);
for (const f of result?.failed ?? []) console.log(`\nFAILED: ${f.title}\n${f.error.replace(/^/gm, '    ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(code !== 0 || failed > 0 ? 1 : 0);
