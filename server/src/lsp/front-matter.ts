// Where the front matter sits, for edits that go into it ("Mark as policy draft") or just after
// it ("Ignore in this file"). Text-only, so it works on any version of the document.

import { eolOf, findFrontMatter, type TextEdit } from '../engine';

/** Inserts a line of its own after the front matter (or at the top), then a blank line. */
export function insertAfterFrontMatter(text: string, line: string): TextEdit {
  const eol = eolOf(text);
  const fm = findFrontMatter(text);
  if (!fm) {
    const at = text.startsWith('\uFEFF') ? 1 : 0;
    return { start: at, end: at, newText: `${line}${eol}${eol}` };
  }
  // Front matter that ends the file has no line break after its closing delimiter.
  const needsBreak = fm.end === text.length && !/[\r\n]$/.test(text);
  return { start: fm.end, end: fm.end, newText: `${needsBreak ? eol : ''}${line}${eol}${eol}` };
}

/**
 * The edit that declares the file a policy draft: a `type` line in the front matter (replacing
 * any `type` already there), or new front matter at the top.
 */
export function markAsPolicyEdit(text: string): TextEdit {
  const eol = eolOf(text);
  const fm = findFrontMatter(text);
  if (!fm) {
    const at = text.startsWith('\uFEFF') ? 1 : 0;
    return { start: at, end: at, newText: `---${eol}type: policy${eol}---${eol}` };
  }
  const line = fm.lang === 'yaml' ? 'type: policy' : 'type = "policy"';
  const key = fm.lang === 'yaml' ? /^type[ \t]*:.*$/m : /^type[ \t]*=.*$/m;
  const body = text.slice(fm.bodyStart, fm.bodyEnd);
  const existing = key.exec(body);
  if (existing) {
    const start = fm.bodyStart + existing.index;
    return { start, end: start + existing[0].replace(/\r$/, '').length, newText: line };
  }
  return { start: fm.bodyStart, end: fm.bodyStart, newText: `${line}${eol}` };
}
