// Property tests for the engine: whatever Markdown comes in, check() never throws, no rule fails,
// every range is inside the text, every fix can be applied and the result checked again.

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { check } from '../../../server/src/checker';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../server/src/engine';
import { checkOptions, markdownDocument } from '../../helpers/markdown-arbitrary';
import { applyOffsetEdits, assertResultInvariants, checkProperty, comparable, propertyTimeout, seed } from '../../helpers/robustness';

const KINDS: ReadonlyArray<DocumentKind | undefined> = [undefined, ...DOCUMENT_KINDS];

describe('robustness: engine properties', function () {
  this.timeout(propertyTimeout(20000));

  before(() => console.log(`    (fast-check seed ${seed()}; set ROBUSTNESS_SEED=random for a new one)`));

  it('checks any Markdown, as every kind, without throwing; ranges and fixes stay inside the text', async () => {
    await checkProperty(
      'engine invariants',
      fc.property(markdownDocument, (text) => {
        const fixesTried = new Set<string>();
        for (const kind of KINDS) {
          const what = `check(text, { kind: ${kind ?? 'undefined'} })`;
          const result = check(text, { kind, path: 'drafts/draft.md' });
          assert.equal(result.document.text, text, `${what}: the model's text is not the input`);
          assertResultInvariants(text, result, what);
          for (const finding of result.findings) {
            for (const fix of finding.fixes) {
              const key = JSON.stringify(fix.edits);
              if (fixesTried.has(key)) continue;
              fixesTried.add(key);
              const fixed = applyOffsetEdits(text, fix.edits);
              const again = check(fixed, { kind, path: 'drafts/draft.md' });
              assertResultInvariants(fixed, again, `${what} after applying ${finding.ruleId} fix '${fix.title}'`);
            }
          }
        }
      }),
      60,
    );
  });

  it('gives the same result when the same text is checked twice (no state leaks between checks)', async () => {
    await checkProperty(
      'engine determinism',
      fc.property(fc.array(markdownDocument, { minLength: 2, maxLength: 3 }), checkOptions, (texts, options) => {
        const first = texts.map((t) => comparable(check(t, options)));
        // Interleave the documents, so state left by one check would show in the next.
        const second = [...texts].reverse().map((t) => comparable(check(t, options))).reverse();
        assert.deepEqual(second, first);
      }),
      40,
    );
  });

  it('checks with any settings and path without throwing', async () => {
    await checkProperty(
      'engine invariants with settings',
      fc.property(markdownDocument, checkOptions, (text, options) => {
        assertResultInvariants(text, check(text, options), `check(text, ${JSON.stringify(options)})`);
      }),
      60,
    );
  });
});
