// Runs every test layer and ends with the one summary line CI reads: "N passed, N failed",
// summed over the layers. `--only unit,vscode` runs some of them.
//
// Each layer other than `unit` is a command that exits non-zero on failure and prints its own
// "N passed, N failed" as its last such line; artifacts (logs, screenshots) go under ARTIFACTS.

import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Mocha from 'mocha';

const ARTIFACTS = process.env.ARTIFACTS ?? join(tmpdir(), 'coproduction-lint-artifacts');

const LAYERS = {
  unit: runUnit,
  package: () => runCommand('node', ['test/package/run.mjs']),
  vscode: () => runCommand('node', ['test/e2e/run-code-server.mjs']),
  ui: () => runCommand('node', ['test/ui/run.mjs']),
  editors: () => runCommand('bash', ['test/editors/run.sh']),
};

const onlyArg = process.argv.indexOf('--only');
const selected = onlyArg >= 0 ? process.argv[onlyArg + 1].split(',') : Object.keys(LAYERS);
for (const name of selected) {
  if (!(name in LAYERS)) {
    console.error(`unknown test layer '${name}'; layers: ${Object.keys(LAYERS).join(', ')}`);
    process.exit(2);
  }
}

mkdirSync(ARTIFACTS, { recursive: true });
const totals = { passed: 0, failed: 0 };
const rows = [];
for (const name of selected) {
  console.log(`\n=== ${name} ===`);
  const result = await LAYERS[name]();
  totals.passed += result.passed;
  totals.failed += result.failed;
  rows.push(`${name.padEnd(8)} ${result.passed} passed, ${result.failed} failed`);
}
console.log(`\n${rows.join('\n')}`);
if (selected.some((n) => n !== 'unit')) console.log(`artifacts: ${ARTIFACTS}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed > 0 ? 1 : 0;

function testFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? testFiles(path) : path.endsWith('.test.js') ? [path] : [];
  });
}

function runUnit() {
  const mocha = new Mocha({ reporter: 'spec', timeout: 20000 });
  for (const file of testFiles('out/test/unit').sort()) mocha.addFile(file);
  return new Promise((resolve) => {
    const runner = mocha.run((failures) => {
      resolve({ passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? failures });
    });
  });
}

/** Runs a layer's command, echoing its output; a layer that dies without a summary counts as one failure. */
function runCommand(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ARTIFACTS } });
    let last;
    let buffered = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop();
      for (const line of lines) {
        const m = /^(\d+) passed, (\d+) failed$/.exec(line.trim());
        if (m) last = { passed: Number(m[1]), failed: Number(m[2]) };
      }
    });
    child.on('error', (error) => {
      console.log(`${command} could not start: ${error.message}`);
      resolve({ passed: last?.passed ?? 0, failed: (last?.failed ?? 0) + 1 });
    });
    child.on('close', (code) => {
      const m = /^(\d+) passed, (\d+) failed$/.exec(buffered.trim());
      if (m) last = { passed: Number(m[1]), failed: Number(m[2]) };
      if (!last) resolve({ passed: 0, failed: 1 });
      else if (code !== 0 && last.failed === 0) resolve({ passed: last.passed, failed: 1 });
      else resolve(last);
    });
  });
}
