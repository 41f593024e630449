import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { check, createIncrementalChecker } from '../../../server/src/checker';
import { Linter } from '../../../server/src/engine';
import { allRules, docsUrl } from '../../../server/src/checker';

const WEAK = readFileSync('examples/weak-engagement-plan.md', 'utf8');

/** Replaces the first occurrence of `from` (which must exist) with `to`. */
function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  assert.ok(at >= 0, `edit target not found: ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

const comparable = (r: ReturnType<typeof check>) => ({ kind: r.kind, findings: r.findings, notices: r.notices });

describe('incremental checking', () => {
  it('gives the same result as a full check after every edit', () => {
    const steps: Array<[string, string]> = [
      ['report back.', 'report back within 12 weeks.'],
      ['## Next steps', '## Who we will involve\n\nResidents near the depot.\n\n## Next steps'],
      ['## Our approach', '```\n## Our approach'],
      ['Officers will analyse', '```\n\nOfficers will analyse'],
      ['1. Do you agree', '1. To what extent do you agree or disagree'],
      ['bus depot site.', 'bus depot site. See [the map][map].'],
      ['## Survey questions', '[map]: https://example.org/map\n\n## Survey questions'],
      ['---\ntype: engagement-plan', '---\ntype: consultation'],
      ['---\ntype: consultation\nregion: england\n---', '# Notes'],
      ['# Notes', '---\ntype: survey\n---'],
      ['<!--', '<!--'],
    ];
    const checker = createIncrementalChecker();
    let text = WEAK;
    assert.deepEqual(comparable(checker.check(text)), comparable(check(text)));
    for (const [from, to] of steps) {
      if (!text.includes(from)) continue;
      text = edit(text, from, to);
      assert.deepEqual(comparable(checker.check(text)), comparable(check(text)), `after ${JSON.stringify(to)}`);
    }
    // An unclosed comment swallows the rest, then closing it brings the rest back.
    text = edit(text, '## Survey questions', '<!-- draft\n\n## Survey questions');
    assert.deepEqual(comparable(checker.check(text)), comparable(check(text)));
    text = edit(text, '<!-- draft', '<!-- draft -->');
    assert.deepEqual(comparable(checker.check(text)), comparable(check(text)));
    const crlf = text.replace(/\n/g, '\r\n');
    assert.deepEqual(comparable(checker.check(crlf)), comparable(check(crlf)));
  });

  it('re-uses the blocks an edit did not touch and parses the one it did', () => {
    const linter = new Linter();
    const options = { rules: allRules, docsUrl };
    const before = linter.lint(WEAK, options).document.blocks;
    const after = linter.lint(edit(WEAK, 'agreed by the Cabinet.', 'agreed by the Cabinet in the autumn of 2027.'), options).document.blocks;
    assert.equal(after.length, before.length);
    assert.equal(after[0], before[0], 'the first block is the same object');
    assert.equal(after[1].origin, before[1].origin, 'an unmoved block keeps its parse');
    assert.notEqual(after[after.length - 1].origin, before[before.length - 1].origin, 'the edited block is parsed again');
  });

  it('a block that moves keeps its parse and its findings move with it', () => {
    const linter = new Linter();
    const options = { rules: allRules, docsUrl };
    const first = linter.lint(WEAK, options);
    const moved = edit(WEAK, '## Background', '## Background\n\nAn extra sentence here.');
    const second = linter.lint(moved, options);
    const question = (r: typeof first, text: string) =>
      r.findings.filter((f) => f.ruleId === 'leading-question').map((f) => text.slice(f.start, f.end));
    assert.deepEqual(question(second, moved), question(first, WEAK));
    const last = (r: typeof first) => r.document.blocks[r.document.blocks.length - 1];
    assert.equal(last(second).origin, last(first).origin);
    assert.equal(last(second).start, last(first).start + '\n\nAn extra sentence here.'.length);
  });

  it('a document over the size limit gets one notice and is not parsed', () => {
    const result = check(WEAK, { maxLength: 100 });
    assert.equal(result.kind, null);
    assert.deepEqual(result.findings, []);
    assert.deepEqual(result.document.blocks, []);
    assert.deepEqual(
      result.notices.map((n) => [n.id, n.severity, WEAK.slice(n.start, n.end), n.message]),
      [['too-large', 'information', '---', 'This document is larger than 100 characters, so it was not checked. Split it into smaller drafts, or raise the size limit to check it.']],
    );
  });
});
