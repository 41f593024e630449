// The e2e suite's entry point, loaded by VS Code's extension host (extensionTestsPath): the
// @vscode/test-electron contract, `run(): Promise<void>` that rejects when a test fails.
//
// env (passed through the editor to the extension host):
//   COPRODUCTION_LINT_E2E_RESULT  file to write { passes, failures, pending, failed: [{ title, error }], done } to,
//                                 after every test, so a runner can report even a run cut short
//   COPRODUCTION_LINT_E2E_GREP    only run tests whose full title matches this regular expression

import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const grep = process.env.COPRODUCTION_LINT_E2E_GREP;
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000, ...(grep ? { grep } : {}) });
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, file));

  const resultFile = process.env.COPRODUCTION_LINT_E2E_RESULT;
  const failed: { title: string; error: string }[] = [];
  let passes = 0;
  const pending: string[] = [];
  const write = (done: boolean) => {
    if (!resultFile) return;
    writeFileSync(resultFile, `${JSON.stringify({ passes, failures: failed.length, pending, failed, done })}\n`);
  };

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        write(true);
        if (failures > 0) reject(new Error(`${failures} e2e test${failures === 1 ? '' : 's'} failed`));
        else resolve();
      });
      runner.on('pass', () => {
        passes++;
        write(false);
      });
      runner.on('pending', (test) => {
        pending.push(test.fullTitle());
        write(false);
      });
      // Also fires for failing hooks, which mocha counts as failures.
      runner.on('fail', (test, error) => {
        failed.push({ title: test.fullTitle(), error: error instanceof Error ? error.stack ?? error.message : String(error) });
        write(false);
      });
    } catch (error) {
      reject(error);
    }
  });
}
