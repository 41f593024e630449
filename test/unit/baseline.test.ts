import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '../../server/src/checker';
import { applyBaseline, filterByBaseline, writeBaseline } from '../../server/src/cli/baseline';
import { excerptOf, fileReport, tooLargeReport, type FileReport } from '../../server/src/cli/report';

const LEADING = 'Do you agree that a new playground is better than the old one?';

const DRAFT = `---
type: consultation
---

# Victoria Park improvements: consultation

## Background

The council wants to improve Victoria Park. We have set aside money for a new playground and
better paths.

## Questions

1. ${LEADING}
2. What would make the park easier for you to use?
3. ${LEADING}

## Next steps

We will publish the results by [insert date].
`;

/** The first leading question asked fairly; the second, identical one stays. */
const FIXED = DRAFT.replace(`1. ${LEADING}`, '1. What do you think of the plans for a new playground?');

function report(text: string, file = 'docs/park.md'): FileReport {
  return fileReport(file, check(text));
}

function findings(reports: FileReport[]): Array<[string, string, number]> {
  return reports.flatMap((r) => r.diagnostics.map((d) => [r.file, d.ruleId, d.line] as [string, string, number]));
}

describe('baseline', () => {
  describe('diagnostic section and excerpt', () => {
    it('gives the heading a finding sits under and the text it flags', () => {
      const leading = report(DRAFT).diagnostics.filter((d) => d.ruleId === 'leading-question');
      assert.deepEqual(
        leading.map((d) => [d.line, d.section, d.excerpt]),
        [
          [14, 'Questions', LEADING],
          [16, 'Questions', LEADING],
        ],
      );
    });

    it("uses '' for the section before the first heading", () => {
      const text = '---\ntype: consultation\n---\n\nDo you agree that the new car park is better than the old one?\n\n# Car park\n';
      const leading = report(text).diagnostics.find((d) => d.ruleId === 'leading-question');
      assert.ok(leading, 'the question before the heading is flagged');
      assert.equal(leading.section, '');
    });

    it('collapses white space and keeps at most 200 characters, never half an emoji', () => {
      assert.equal(excerptOf('  Do you\n   agree\tthat?  '), 'Do you agree that?');
      const long = `${'a'.repeat(199)}😀tail`;
      assert.equal(excerptOf(long), `${'a'.repeat(199)}😀`);
      assert.equal(excerptOf('x'.repeat(300)), 'x'.repeat(200));
    });
  });

  describe('writeBaseline', () => {
    it('writes a version and one entry per finding, counting identical ones, in a fixed order', () => {
      const json = writeBaseline([report(DRAFT)]);
      const baseline = JSON.parse(json) as { version: number; findings: Array<Record<string, unknown>> };
      assert.deepEqual(Object.keys(baseline), ['version', 'findings']);
      assert.equal(baseline.version, 1);
      const leading = baseline.findings.filter((f) => f.ruleId === 'leading-question');
      assert.deepEqual(leading, [{ file: 'docs/park.md', ruleId: 'leading-question', section: 'Questions', text: LEADING, count: 2 }]);
      assert.deepEqual(
        baseline.findings.find((f) => f.ruleId === 'placeholder-left'),
        { file: 'docs/park.md', ruleId: 'placeholder-left', section: 'Next steps', text: '[insert date]', count: 1 },
      );
      // 14 diagnostics, two of them the same leading question.
      assert.equal(report(DRAFT).diagnostics.length, 14);
      assert.equal(baseline.findings.length, 13);
      const ruleIds = baseline.findings.map((f) => f.ruleId as string);
      assert.deepEqual(ruleIds, [...ruleIds].sort());
      // One entry per line, so a pull request shows which findings came and went.
      assert.equal(json.split('\n').filter((l) => l.startsWith('    {"file":')).length, 13);
    });

    it('writes the same text whatever order the files were checked in', () => {
      const a = report(DRAFT, 'a.md');
      const b = report(DRAFT.replace('Victoria Park', 'Albert Park'), 'b.md');
      assert.equal(writeBaseline([b, a]), writeBaseline([a, b]));
    });

    it('writes an empty list when there are no findings', () => {
      assert.equal(writeBaseline([]), '{\n  "version": 1,\n  "findings": []\n}\n');
      assert.deepEqual(filterByBaseline([], writeBaseline([])), { reports: [], matched: 0, unused: 0 });
    });
  });

  describe('filterByBaseline', () => {
    const baseline = writeBaseline([report(DRAFT)]);

    it('leaves nothing to report for the draft it was written from', () => {
      const result = filterByBaseline([report(DRAFT)], baseline);
      assert.deepEqual(findings(result.reports), []);
      assert.equal(result.matched, 14);
      assert.equal(result.unused, 0);
      assert.equal(result.problem, undefined);
      assert.equal(result.reports[0].kind, 'consultation');
    });

    it('still matches when lines are added above and every finding moves', () => {
      const edited = DRAFT.replace(
        '## Background\n',
        '## Background\n\nThis paragraph was added later.\nIt pushes everything down.\n\nAnd so does this one.\n',
      );
      const moved = report(edited);
      // Every finding under Background and below has moved down.
      assert.deepEqual(
        moved.diagnostics.filter((d) => d.ruleId === 'leading-question').map((d) => d.line),
        [19, 21],
      );
      const result = filterByBaseline([moved], baseline);
      assert.deepEqual(findings(result.reports), []);
      assert.equal(result.matched, 14);
    });

    it('reports only a new leading question', () => {
      const added = "Don't you think the new paths are a great improvement?";
      const edited = DRAFT.replace('2. What', `2. ${added}\n3. What`).replace('3. Do you', '4. Do you');
      const result = filterByBaseline([report(edited)], baseline);
      assert.deepEqual(findings(result.reports), [['docs/park.md', 'leading-question', 15]]);
      assert.equal(result.reports[0].diagnostics[0].excerpt, added);
      assert.equal(result.matched, 14);
      assert.equal(result.unused, 0);
    });

    it('counts identical findings: two in the baseline and three now leaves one new', () => {
      const edited = DRAFT.replace('2. What', `2. ${LEADING}\n3. What`).replace('3. Do you', '4. Do you');
      const result = filterByBaseline([report(edited)], baseline);
      // The extra one is reported; which of the three it is does not matter, but it is the last.
      assert.deepEqual(findings(result.reports), [['docs/park.md', 'leading-question', 17]]);
    });

    it('counts baseline findings that are gone', () => {
      const result = filterByBaseline([report(FIXED)], baseline);
      assert.deepEqual(findings(result.reports), []);
      assert.equal(result.matched, 13);
      assert.equal(result.unused, 1);
    });

    it('treats a finding whose flagged text changed as new', () => {
      const result = filterByBaseline([report(DRAFT.replace('publish the results', 'publish a summary of the results'))], baseline);
      assert.deepEqual(findings(result.reports), [['docs/park.md', 'feedback-loop-missing', 20]]);
      assert.equal(result.unused, 1);
    });

    it('treats the same finding in another file or section as new', () => {
      const result = filterByBaseline([report(DRAFT, 'docs/other.md')], baseline);
      assert.equal(result.reports[0].diagnostics.length, 14);
      assert.equal(result.matched, 0);
      assert.equal(result.unused, 14);

      const renamed = filterByBaseline([report(DRAFT.replace('## Questions', '## Your views'))], baseline);
      assert.deepEqual(
        renamed.reports[0].diagnostics.filter((d) => d.ruleId !== 'contact-missing').map((d) => [d.ruleId, d.section]),
        [
          ['leading-question', 'Your views'],
          ['catch-all-question-missing', 'Your views'],
          ['leading-question', 'Your views'],
        ],
      );
    });

    it('matches paths written as ./docs/park.md or with the baseline elsewhere', () => {
      assert.equal(filterByBaseline([report(DRAFT, './docs/park.md')], baseline).matched, 14);
      const fromRoot = writeBaseline([report(DRAFT, 'docs/park.md')], { cwd: '/repo', root: '/repo' });
      const fromDocs = filterByBaseline([report(DRAFT, 'park.md')], fromRoot, { cwd: '/repo/docs', root: '/repo' });
      assert.equal(fromDocs.matched, 14);
    });

    it('matches diagnostics without a section or excerpt, such as too-large notices', () => {
      const large = tooLargeReport('big.md', 5_000_000);
      const result = filterByBaseline([large], writeBaseline([large]));
      assert.deepEqual(findings(result.reports), []);
      assert.equal(result.matched, 1);
    });

    const bad: Array<[string, string, string]> = [
      ['text that is not JSON', '{"version": 1, "findings": [', 'the baseline is not valid JSON ('],
      ['an array', '[]', 'the baseline is not a baseline: expected an object with "version" and "findings"'],
      ['null', 'null', 'the baseline is not a baseline: expected an object with "version" and "findings"'],
      ['no version', '{"findings": []}', 'the baseline is not a baseline: expected "version": 1'],
      [
        'a newer version',
        '{"version": 2, "findings": []}',
        'the baseline was written by a newer version of coproduction-lint (format 2); update coproduction-lint',
      ],
      ['findings that are not a list', '{"version": 1, "findings": {}}', 'the baseline is not a baseline: "findings" should be a list'],
      [
        'an entry without text',
        '{"version": 1, "findings": [{"file": "a.md", "ruleId": "x", "section": "", "count": 1}]}',
        'the baseline is not a baseline: finding 1 has no text "text"',
      ],
      [
        'a count of 0',
        '{"version": 1, "findings": [{"file": "a.md", "ruleId": "x", "section": "", "text": "", "count": 1}, {"file": "a.md", "ruleId": "x", "section": "", "text": "", "count": 0}]}',
        'the baseline is not a baseline: finding 2 has no "count" of 1 or more',
      ],
      ['an entry that is a string', '{"version": 1, "findings": ["a.md"]}', 'the baseline is not a baseline: finding 1 is not an object'],
    ];
    for (const [name, json, problem] of bad) {
      it(`says what is wrong with ${name}, reporting every finding`, () => {
        const result = filterByBaseline([report(DRAFT)], json);
        assert.ok(result.problem?.startsWith(problem), result.problem);
        if (!problem.endsWith('(')) assert.equal(result.problem, problem);
        assert.equal(result.reports[0].diagnostics.length, 14);
        assert.equal(result.matched, 0);
      });
    }
  });

  describe('applyBaseline (reading and writing the file)', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'coproduction-lint-baseline-'));
    });
    afterEach(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    it('writes a missing baseline, passes, and later reports only new findings', () => {
      const first = applyBaseline([report(DRAFT)], { path: 'ci/baseline.json', update: false, cwd: dir });
      // The folder does not exist: that is a problem, not a crash.
      assert.match(first.problem ?? '', /^cannot write baseline 'ci\/baseline\.json': ENOENT/);
      assert.equal(first.reports[0].diagnostics.length, 14);

      mkdirSync(join(dir, 'ci'));
      const written = applyBaseline([report(DRAFT)], { path: 'ci/baseline.json', update: false, cwd: dir });
      assert.equal(written.problem, undefined);
      assert.deepEqual(written.messages, ["wrote baseline 'ci/baseline.json' with 14 findings; later runs report only new findings"]);
      assert.deepEqual(findings(written.reports), []);
      const saved = JSON.parse(readFileSync(join(dir, 'ci/baseline.json'), 'utf8')) as { findings: Array<{ file: string }> };
      // Paths are relative to the baseline's folder, so the file works from any working folder.
      assert.equal(saved.findings[0].file, '../docs/park.md');

      const edited = DRAFT.replace('2. What', "2. Don't you think the new paths are a great improvement?\n3. What").replace('3. Do you', '4. Do you');
      const later = applyBaseline([report(edited, 'park.md')], { path: '../ci/baseline.json', update: false, cwd: join(dir, 'docs') });
      assert.equal(later.problem, undefined);
      assert.deepEqual(findings(later.reports), [['park.md', 'leading-question', 15]]);
      assert.deepEqual(later.messages, ["14 findings in baseline '../ci/baseline.json' not shown"]);
    });

    it('rewrites the baseline with update, and says when findings in it are gone', () => {
      writeFileSync(join(dir, 'baseline.json'), writeBaseline([report(DRAFT)], { cwd: dir, root: dir }));
      const fixed = FIXED;
      const run = applyBaseline([report(fixed)], { path: 'baseline.json', update: false, cwd: dir });
      assert.deepEqual(run.messages, [
        "13 findings in baseline 'baseline.json' not shown",
        "1 finding in baseline 'baseline.json' no longer found; run with --update-baseline to remove them",
      ]);

      const updated = applyBaseline([report(fixed)], { path: 'baseline.json', update: true, cwd: dir });
      assert.deepEqual(updated.messages, ["wrote baseline 'baseline.json' with 13 findings; later runs report only new findings"]);
      const saved = readFileSync(join(dir, 'baseline.json'), 'utf8');
      assert.equal(saved, writeBaseline([report(fixed)], { cwd: dir, root: dir }));
      assert.match(saved, /"ruleId":"leading-question","section":"Questions","text":"Do you agree that a new playground is better than the old one\?","count":1\}/);
    });

    it('reports a corrupt baseline by name and leaves it alone', () => {
      const path = join(dir, 'baseline.json');
      writeFileSync(path, 'not json');
      const run = applyBaseline([report(DRAFT)], { path: 'baseline.json', update: false, cwd: dir });
      assert.match(run.problem ?? '', /^baseline 'baseline\.json' is not valid JSON \(.+\); write it again with --update-baseline$/);
      assert.equal(run.reports[0].diagnostics.length, 14);
      assert.equal(readFileSync(path, 'utf8'), 'not json');
    });

    it('reports a baseline that is a folder', () => {
      mkdirSync(join(dir, 'baseline.json'));
      const run = applyBaseline([report(DRAFT)], { path: 'baseline.json', update: false, cwd: dir });
      assert.match(run.problem ?? '', /^cannot read baseline 'baseline\.json': EISDIR/);
      assert.ok(existsSync(join(dir, 'baseline.json')));
    });
  });
});
