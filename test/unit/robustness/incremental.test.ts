// Incremental equals full: after every edit in a random sequence, the incremental checker (which
// re-uses work from earlier versions) must give exactly what a fresh check() of the text gives.
// Edits insert, delete and replace at random places, often creating or removing headings, fences,
// front matter delimiters, HTML comments and link reference definitions, which move block
// boundaries or change how text far from the edit parses.

import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import * as checker from '../../../server/src/checker';
import type { LintResult } from '../../../server/src/engine';
import { checkOptions, editSpec, markdownDocument, paragraph, resolveEdit, type Options } from '../../helpers/markdown-arbitrary';
import { checkProperty, comparable, propertyTimeout, seed, truncate } from '../../helpers/robustness';

type IncrementalChecker = { check(text: string, options?: checker.CheckOptions): LintResult };

/** Looked up by name, so this file still builds against an engine that lacks the API. */
function createIncrementalChecker(): IncrementalChecker {
  const create = (checker as unknown as Record<string, unknown>)['createIncrementalChecker'];
  assert.equal(typeof create, 'function', 'server/src/checker.ts does not export createIncrementalChecker() yet');
  return (create as () => IncrementalChecker)();
}

/** A step is an edit, or (now and then) a change of the options the document is checked with. */
const step = fc.oneof({ weight: 12, arbitrary: editSpec.map((edit) => ({ edit })) }, { weight: 1, arbitrary: checkOptions.map((options) => ({ options })) });

/** A realistic multi-section draft, so edits land among many blocks. */
const sectionedDraft = fc
  .array(fc.tuple(fc.constantFrom('## Who we will involve', '## Questions', '## What happens next', '### Notes', '## How to respond', '# Parks consultation'), markdownDocument), { minLength: 2, maxLength: 6 })
  .map((sections) => sections.map(([h, body]) => `${h}\n\n${body}`).join('\n\n'));

/** Long stretches without headings, which the engine cuts into blocks at blank lines. */
const longStretches = fc
  .tuple(fc.array(paragraph, { minLength: 20, maxLength: 60 }), fc.array(fc.constantFrom('\n\n', '\n\n', '\n', '\n\n- ', '\n\n> ', '\n\n<div>\n', '\n\n```\n', '\n\n    '), { minLength: 1, maxLength: 8 }))
  .map(([paragraphs, separators]) => `# Parks strategy\n\n${paragraphs.map((p, i) => (i === 0 ? p : separators[i % separators.length] + p)).join('')}\n`);

function expectSame(incremental: LintResult, text: string, options: Options, history: string[]): void {
  const full = checker.check(text, options);
  const got = comparable(incremental);
  const want = comparable(full);
  if (!isDeepStrictEqual(got, want)) {
    assert.deepEqual(
      got,
      want,
      `incremental ≠ full after ${history.length} step(s)\noptions: ${JSON.stringify(options)}\nsteps:\n${history.map((h) => `  ${h}`).join('\n')}\ntext: ${truncate(JSON.stringify(text), 3000)}`,
    );
  }
}

describe('robustness: incremental checking equals a full check', function () {
  this.timeout(propertyTimeout(20000));

  before(() => console.log(`    (fast-check seed ${seed()}; set ROBUSTNESS_SEED=random for a new one)`));

  for (const [name, initial] of [
    ['random documents', markdownDocument],
    ['multi-section drafts', sectionedDraft],
    ['long stretches without headings', longStretches],
  ] as const) {
    it(`after each edit of a random sequence (${name})`, async () => {
      await checkProperty(
        `incremental = full (${name})`,
        fc.property(initial, checkOptions, fc.array(step, { minLength: 1, maxLength: 20 }), (start, startOptions, steps) => {
          const incremental = createIncrementalChecker();
          let text = start;
          let options: Options = startOptions;
          const history: string[] = [`open ${truncate(JSON.stringify(text), 200)}`];
          expectSame(incremental.check(text, options), text, options, history);
          for (const s of steps) {
            if ('options' in s) {
              options = s.options;
              history.push(`options ${JSON.stringify(options)}`);
            } else {
              const { start: from, end, newText } = resolveEdit(text, s.edit);
              history.push(`replace [${from}, ${end}) ${JSON.stringify(text.slice(from, end))} with ${truncate(JSON.stringify(newText), 200)}`);
              text = text.slice(0, from) + newText + text.slice(end);
            }
            expectSame(incremental.check(text, options), text, options, history);
          }
        }),
        name === 'random documents' ? 30 : 15,
      );
    });
  }

  it('when the same checker sees unrelated documents in turn', async () => {
    await checkProperty(
      'incremental = full (unrelated documents)',
      fc.property(fc.array(fc.tuple(markdownDocument, checkOptions), { minLength: 2, maxLength: 6 }), (docs) => {
        const incremental = createIncrementalChecker();
        const history: string[] = [];
        for (const [text, options] of docs) {
          history.push(`check ${truncate(JSON.stringify(text), 200)}`);
          expectSame(incremental.check(text, options), text, options, history);
        }
      }),
      30,
    );
  });

  it('when an edit is undone (the text returns to an earlier version)', async () => {
    await checkProperty(
      'incremental = full (undo)',
      fc.property(markdownDocument, fc.array(editSpec, { minLength: 1, maxLength: 8 }), (start, edits) => {
        const incremental = createIncrementalChecker();
        const versions = [start];
        for (const edit of edits) {
          const text = versions[versions.length - 1];
          const { start: from, end, newText } = resolveEdit(text, edit);
          versions.push(text.slice(0, from) + newText + text.slice(end));
        }
        const history: string[] = [];
        // Forwards through every version, then back again as undo would.
        for (const text of [...versions, ...[...versions].reverse()]) {
          history.push(`check ${truncate(JSON.stringify(text), 200)}`);
          expectSame(incremental.check(text, { path: 'drafts/x.md' }), text, { path: 'drafts/x.md' }, history);
        }
      }),
      20,
    );
  });
});
