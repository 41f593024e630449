import assert from 'node:assert/strict';
import { applyEdits, buildDocument, insertSectionEdit, LineIndex, setHeadingDepth, snippetToText } from '../../../server/src/engine';

describe('engine helpers', () => {
  it('snippet bodies become plain text', () => {
    assert.equal(snippetToText(['# ${1:Title}', 'type: ${2|policy,survey|}', 'Cost \\$5 ${3:for ${4:nested}}$0']), '# Title\ntype: policy\nCost $5 for nested');
    assert.equal(snippetToText('$TM_FILENAME and ${1} done'), ' and  done');
  });

  it('line index handles LF, CRLF and lone CR', () => {
    const lines = new LineIndex('a\r\nbb\rccc\nd');
    assert.equal(lines.lineCount, 4);
    assert.deepEqual(lines.position(3), { line: 1, character: 0 });
    assert.deepEqual(lines.position(6), { line: 2, character: 0 });
    assert.deepEqual(lines.position(100), { line: 3, character: 1 });
    assert.equal(lines.offset(2, 2), 8);
    assert.equal(lines.lineEnd(0), 1);
  });

  it('edits apply from the end backwards and overlaps are refused', () => {
    assert.equal(
      applyEdits('Do you agree?', [
        { start: 0, end: 2, newText: 'To what extent do' },
        { start: 12, end: 12, newText: ' or disagree' },
      ]),
      'To what extent do you agree or disagree?',
    );
    assert.throws(() => applyEdits('abc', [{ start: 0, end: 2, newText: '' }, { start: 1, end: 3, newText: '' }]), /overlapping/);
  });

  it('heading levels in a fragment shift together', () => {
    assert.equal(setHeadingDepth('## A\n\n### B\n\ntext #1\n', 3), '### A\n\n#### B\n\ntext #1\n');
    assert.equal(setHeadingDepth('## A\n', 1), '# A\n');
  });

  it('a new section goes before the first matching sibling, else at the end', () => {
    const text = '# T\n\n## Why\n\nText.\n\n## Contact\n\nEmail.\n';
    const doc = buildDocument(text);
    assert.equal(applyEdits(text, [insertSectionEdit(doc, '## New\n\nBody.', [/contact/i])]), '# T\n\n## Why\n\nText.\n\n## New\n\nBody.\n\n## Contact\n\nEmail.\n');
    assert.equal(applyEdits(text, [insertSectionEdit(doc, '## New\n\nBody.', [/nothing/i])]), `${text}\n## New\n\nBody.\n`);
    assert.equal(applyEdits('', [insertSectionEdit(buildDocument(''), '## New', [])]), '## New\n');
  });
});
