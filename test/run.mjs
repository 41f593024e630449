// Runs every test layer and ends with the one summary line CI reads: "N passed, N failed".
import Mocha from 'mocha';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.test.js') ? [path] : [];
  });
}

const mocha = new Mocha({ reporter: 'spec', timeout: 20000 });
for (const file of files('out/test/unit').sort()) mocha.addFile(file);

const runner = mocha.run((failures) => {
  const passed = runner.stats?.passes ?? 0;
  const failed = runner.stats?.failures ?? failures;
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
});
