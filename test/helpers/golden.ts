// Golden files: expected output kept in test/fixtures/<folder>/. UPDATE_GOLDEN=1 rewrites them
// from the actual output instead of comparing.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function expectGolden(folder: string, name: string, actual: string): void {
  const path = join(folder, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(folder, { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  assert.ok(existsSync(path), `no golden file ${path}: run with UPDATE_GOLDEN=1 to write it`);
  assert.equal(actual, readFileSync(path, 'utf8'), `${name} differs from the golden file (UPDATE_GOLDEN=1 rewrites it)`);
}
