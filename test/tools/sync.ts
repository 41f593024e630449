// `npm run sync`: rewrites the parts of README.md, package.json and the snippets derived from the
// rule metadata. Run it after adding a rule or changing a rule's summary, kinds or severities.

import { readFileSync, writeFileSync } from 'node:fs';
import { GENERATED } from './generated';

for (const { path, update } of GENERATED) {
  const current = readFileSync(path, 'utf8');
  const next = update(current);
  if (next !== current) {
    writeFileSync(path, next);
    console.log(`updated ${path}`);
  }
}
