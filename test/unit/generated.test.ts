// README tables, the settings schema and the suppression snippet are generated from the rule
// metadata (`npm run sync`); this fails when someone changes a rule and forgets to regenerate.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GENERATED } from '../tools/generated';

describe('generated files', () => {
  for (const { path, update } of GENERATED) {
    it(`${path} is in step with the rule metadata (run npm run sync)`, () => {
      const current = readFileSync(path, 'utf8');
      assert.equal(update(current), current);
    });
  }
});
