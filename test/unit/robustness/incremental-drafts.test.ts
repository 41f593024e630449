// Incremental equals full on real drafts: the random documents in incremental.test.ts rarely hold
// what the document rules react to (stakeholder tables, feedback promises, dates, channels,
// questions, acronyms), so these edits move, delete and copy whole lines between the example
// drafts, the workshop pairs and the council excerpts. Document-rule results are kept across
// edits while the facts they read are unchanged; this is where a stale one would show.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { check, createIncrementalChecker, type CheckOptions } from '../../../server/src/checker';
import { checkProperty, comparable, propertyTimeout, seed, truncate } from '../../helpers/robustness';

const DRAFTS = ['examples', 'examples/workshop']
  .flatMap((dir) => readdirSync(resolve(dir)).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => join(dir, f)))
  .map((path) => readFileSync(resolve(path), 'utf8'));
const LINES = [...new Set(DRAFTS.flatMap((d) => d.split('\n')))];

type Step =
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'insert'; at: number; line: string }
  | { kind: 'move'; from: number; to: number }
  | { kind: 'type'; at: number; column: number; text: string }
  | { kind: 'options'; options: CheckOptions };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), line: fc.constantFrom(...LINES) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('move' as const), from: fc.nat(), to: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('type' as const), at: fc.nat(), column: fc.nat(), text: fc.constantFrom('x', ' ', '?', '.', '\n', '## ', 'by 1 May 2027 ', 'co-produce ', 'NHS ') }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('options' as const),
      options: fc.constantFrom<CheckOptions>(
        { path: 'drafts/x.md' },
        { path: 'drafts/x.md', region: 'wales' },
        { path: 'drafts/x.md', kind: 'consultation' },
        { path: 'drafts/x.md', settings: { rules: { 'long-sentence': 'off' } } },
        { path: 'drafts/x.md', settings: { vocabulary: { groups: ['allotment holders'], plainWords: { synergise: 'work together' }, allowedPhrases: ['Hard to Reach Fund'] } } },
      ),
    }),
  },
);

function apply(text: string, s: Exclude<Step, { kind: 'options' }>): string {
  const lines = text.split('\n');
  const at = (n: number) => n % (lines.length + 1);
  switch (s.kind) {
    case 'delete':
      lines.splice(at(s.at), s.count);
      break;
    case 'insert':
      lines.splice(at(s.at), 0, s.line);
      break;
    case 'move': {
      const [line] = lines.splice(at(s.from) % Math.max(1, lines.length), 1);
      lines.splice(at(s.to), 0, line ?? '');
      break;
    }
    case 'type': {
      const i = s.at % lines.length;
      const column = s.column % (lines[i].length + 1);
      lines[i] = lines[i].slice(0, column) + s.text + lines[i].slice(column);
      break;
    }
  }
  return lines.join('\n');
}

describe('robustness: incremental checking equals a full check on real drafts', function () {
  this.timeout(propertyTimeout(30000));
  before(() => console.log(`    (fast-check seed ${seed()}; ${DRAFTS.length} drafts, ${LINES.length} distinct lines)`));

  it('after each line edit, copy from another draft, move, keystroke or options change', async () => {
    await checkProperty(
      'incremental = full (real drafts)',
      fc.property(fc.integer({ min: 0, max: DRAFTS.length - 1 }), fc.array(step, { minLength: 1, maxLength: 25 }), (which, steps) => {
        const incremental = createIncrementalChecker();
        let text = DRAFTS[which];
        let options: CheckOptions = { path: 'drafts/x.md' };
        const history: string[] = [`open draft ${which}`];
        const expectSame = () => {
          const got = comparable(incremental.check(text, options));
          const want = comparable(check(text, options));
          if (!isDeepStrictEqual(got, want)) {
            assert.deepEqual(got, want, `incremental ≠ full after:\n${history.map((h) => `  ${h}`).join('\n')}\ntext: ${truncate(JSON.stringify(text), 3000)}`);
          }
        };
        expectSame();
        for (const s of steps) {
          history.push(JSON.stringify(s));
          if (s.kind === 'options') options = s.options;
          else text = apply(text, s);
          expectSame();
        }
      }),
      40,
      30000,
    );
  });
});
