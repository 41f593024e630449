// Document rules' findings are kept between checks while what each rule read is unchanged (see
// checkBuilt in server/src/engine/lint.ts). These tests check that a kept result always equals a
// full check, after small edits anywhere and after every kind of change that must run rules again,
// and that results really are kept when only other blocks changed. EDIT_SEEDS=4,5,6 and
// RESCAN_SEED=7 try other edit sequences.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { allRules, check, createIncrementalChecker, docsUrl, type CheckOptions } from '../../../server/src/checker';
import { blockFact, defineDocumentRule, Linter, placedSentence, type LintSettings } from '../../../server/src/engine';

const comparable = (r: ReturnType<typeof check>) => ({ kind: r.kind, findings: r.findings, notices: r.notices });

/** Every example draft and every rule's own examples, as one long draft with many blocks. */
function bigDraft(): string {
  const parts = ['---', 'type: consultation', 'region: wales', '---', '', '# Riverside parks consultation', ''];
  for (const file of ['weak-engagement-plan.md', 'strong-engagement-plan.md', 'weak-consultation.md', 'consultation-survey.md']) {
    const text = readFileSync(`examples/${file}`, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
    parts.push(text.replace(/^# /gm, '## '), '');
  }
  for (const rule of allRules) {
    parts.push(rule.example.flagged.replace(/^# /gm, '### '), '', rule.example.ok.replace(/^# /gm, '### '), '');
  }
  return parts.join('\n');
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TYPED = [
  'a', 'e', 's', ' ', ' ', '.', ',', '?', '\n', '\n\n', 'x', 'We will report back', ' within 12 weeks', ' by email', 'Do you agree that',
  'residents', 'carers', 'young people', '## Who we will involve\n\n', '### What happens next\n\n', '<!-- coproduction-lint-disable-line -->',
  '<!-- coproduction-lint-disable feedback-loop-missing -->', 'the decision has already been made', 'NHS', 'Welsh language', '- ', '| a | b |\n|---|---|\n',
];

function editAt(text: string, next: () => number): string {
  const at = Math.floor(next() * text.length);
  const r = next();
  if (r < 0.55) {
    // Typing in the middle of a line of prose, as the language server sees most often.
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const lineEnd = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
    const where = lineStart + Math.floor(next() * (lineEnd - lineStart + 1));
    return text.slice(0, where) + TYPED[Math.floor(next() * 12)] + text.slice(where);
  }
  if (r < 0.75) return text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 6));
  return text.slice(0, at) + TYPED[Math.floor(next() * TYPED.length)] + text.slice(at);
}

describe('document rules kept between checks', () => {
  it('give the same result as a full check after many small edits', function () {
    this.timeout(120_000);
    for (const seed of (process.env.EDIT_SEEDS ?? '1,2,3').split(',').map(Number)) {
      const next = random(seed);
      const checker = createIncrementalChecker();
      let text = bigDraft();
      assert.deepEqual(comparable(checker.check(text)), comparable(check(text)));
      for (let i = 0; i < 60; i++) {
        text = editAt(text, next);
        assert.deepEqual(comparable(checker.check(text)), comparable(check(text)), `seed ${seed}, edit ${i}`);
      }
    }
  });

  it('give the same result as a full check when settings, vocabulary, kind, region, front matter or suppressions change', () => {
    const checker = createIncrementalChecker();
    let text = bigDraft();
    const same = (options: CheckOptions, why: string) => assert.deepEqual(comparable(checker.check(text, options)), comparable(check(text, options)), why);
    const plain: CheckOptions = {};
    same(plain, 'first check');
    const settings = (s: Partial<LintSettings>): CheckOptions => ({ settings: { rules: {}, include: [], ...s } });
    same(settings({ rules: { 'feedback-loop-missing': 'error' } }), 'a rule severity');
    same(settings({ rules: { 'stakeholders-missing': 'off' } }), 'a rule turned off');
    same(settings({ vocabulary: { groups: ['Friends of Riverside Park'] } }), 'vocabulary groups');
    text = text.replace('Residents', 'Friends of Riverside Park');
    same(settings({ vocabulary: { groups: ['Friends of Riverside Park'] } }), 'an own group named');
    same(settings({ vocabulary: { allowedPhrases: ['report back'] } }), 'allowed phrases');
    same(settings({ options: { 'response-period-missing': { minimumWeeks: 8 } } }), 'rule options');
    same({ kind: 'survey' }, 'kind forced');
    same({ region: 'england' }, 'region');
    same(plain, 'back to the defaults');
    text = text.replace('region: wales', 'region: scotland');
    same(plain, 'front matter region');
    text = text.replace('type: consultation', 'type: feedback-report');
    same(plain, 'front matter kind');
    text = text.replace('type: feedback-report', 'type: consultation');
    same(plain, 'front matter kind back');
    const heading = text.indexOf('\n## ', 200);
    text = `${text.slice(0, heading)}\n\n<!-- coproduction-lint-disable -->\n${text.slice(heading)}`;
    same(plain, 'a suppression comment');
    text = text.replace('<!-- coproduction-lint-disable -->', '<!-- coproduction-lint-disable-file stakeholders-missing -->');
    same(plain, 'a file-wide suppression');
    text = text.replace('<!-- coproduction-lint-disable-file stakeholders-missing -->', '');
    same(plain, 'the suppression removed');
    const last = text.lastIndexOf('\n### ');
    text = `${text.slice(0, last)}\n\n## Who we will involve\n\nResidents and carers.\n${text.slice(last)}`;
    same(plain, 'a section added');
    text = text.replace('## Who we will involve\n\nResidents and carers.\n', '## Who we will involve\n\nResidents and carers and young people.\n');
    same(plain, 'a new section edited');
    text = text.replace('## Who we will involve\n\nResidents and carers and young people.\n', '');
    same(plain, 'the section removed');
    text = text.replace(/\n/g, '\r\n');
    same(plain, 'line breaks changed');
  });

  it('are kept while only other blocks change, and moved with their blocks', () => {
    let runs = 0;
    const rule = defineDocumentRule({
      id: 'first-promise',
      summary: 'test',
      why: 'test',
      howToFix: 'test',
      principles: [],
      defaultSeverity: 'warning',
      appliesTo: ['policy'],
      fixKind: 'none',
      messages: { first: 'First promise' },
      example: { flagged: '', ok: '' },
      check(doc, context) {
        runs++;
        for (const block of doc.blocks) {
          const hits = blockFact(block, 'test-promises', (parsed) => parsed.sentences.flatMap((s, i) => (/\bpromise\b/.test(s.text) ? [i] : [])));
          if (hits.length === 0) continue;
          const sentence = placedSentence(block, hits[0]);
          context.report({ messageId: 'first', start: sentence.start, end: sentence.end });
          return;
        }
      },
    });
    const linter = new Linter();
    const options = { rules: [rule], docsUrl, kind: 'policy' as const };
    const blocks = ['# Plan', '## One\n\nNothing here.', '## Two\n\nWe promise to listen.', '## Three\n\nMore text.'];
    const lint = (text: string) => {
      const result = linter.lint(text, options);
      return result.findings.map((f) => text.slice(f.start, f.end));
    };
    let text = blocks.join('\n\n');
    assert.deepEqual(lint(text), ['We promise to listen.']);
    assert.equal(runs, 1);
    text = text.replace('More text.', 'More text, and more.');
    assert.deepEqual(lint(text), ['We promise to listen.'], 'a later block changed');
    assert.equal(runs, 1, 'kept');
    text = text.replace('Nothing here.', 'Nothing here at all.');
    assert.deepEqual(lint(text), ['We promise to listen.'], 'an earlier block changed: the finding moves');
    assert.equal(runs, 1, 'kept and moved');
    text = text.replace('We promise to listen.', 'We promise to listen closely.');
    assert.deepEqual(lint(text), ['We promise to listen closely.'], 'the block with the finding changed');
    assert.equal(runs, 2, 'run again');
    text = text.replace('Nothing here at all.', 'We promise nothing.');
    assert.deepEqual(lint(text), ['We promise nothing.'], 'an earlier block now has the fact');
    assert.equal(runs, 3, 'run again');
  });
});

describe('rescanning blocks after an edit', () => {
  it('finds the same blocks and link definitions as a scan of the whole text', async () => {
    const fc = (await import('fast-check')).default;
    const { editSpec, markdownDocument, paragraph, resolveEdit } = await import('../../helpers/markdown-arbitrary');
    const { rescanBlocks, scanBlocks } = await import('../../../server/src/engine/blocks');
    // Long stretches without headings too, which are cut at blank lines every 2 KB or so.
    const long = fc
      .tuple(fc.array(paragraph, { minLength: 20, maxLength: 60 }), fc.array(fc.constantFrom('\n\n', '\n\n', '\n', '\n\n- ', '\n\n> ', '\n\n<div>\n', '\n\n```\n', '\n\n<!--\n', '\n\n[a]: /x\n\n', '\n\n# T\n\n'), { minLength: 1, maxLength: 8 }))
      .map(([paragraphs, separators]) => `# Parks strategy\n\n${paragraphs.map((p, i) => (i === 0 ? p : separators[i % separators.length] + p)).join('')}\n`);
    fc.assert(
      fc.property(fc.oneof(markdownDocument, long), fc.array(editSpec, { minLength: 1, maxLength: 12 }), (start, edits) => {
        let text = start;
        let last = rescanBlocks(text, undefined).scan;
        for (const edit of edits) {
          const { start: from, end, newText } = resolveEdit(text, edit);
          text = text.slice(0, from) + newText + text.slice(end);
          const again = rescanBlocks(text, last);
          const whole = scanBlocks(text);
          assert.deepEqual(again.scan.spans, whole.spans);
          assert.deepEqual([...again.definitions], [...whole.definitions]);
          last = again.scan;
        }
      }),
      { numRuns: 300, seed: Number(process.env.RESCAN_SEED ?? 20261122) },
    );
  });
});
