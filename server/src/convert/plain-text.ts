// Reads a plain-text draft (.txt) as Markdown, line for line, so line numbers in findings are the
// file's own. The only changes are at line starts: a line that looks like a heading gets "# " or
// "## " in front so section rules can find it, "•" bullets become "-" list items, and a deeply
// indented first line of a paragraph loses its indent so it is not read as code (which is never
// checked). `originalPosition` undoes those changes for any Markdown offset.
//
// Heading rules (a text that already has Markdown headings is left alone):
// - the first non-blank line of the file is the title ("# ") when it is short (at most 15 words,
//   80 characters) and does not end with . , ; : ! or ?;
// - after that, a line preceded by a blank line (or the start) is a section heading ("## ") when
//   it is short in the same way and either
//   - is in CAPITALS (at least two letters, no lower case), or
//   - stands alone (a blank line or the end follows) and the paragraphs around it are not also
//     single short lines (a list of names written one per paragraph is not a run of headings);
// - a heading numbered "2.1 Costs" or "2.1. Costs" is one level deeper per extra number ("### ").
// Lines starting with list markers (- * + •), "|", ">", "<" or "#" are never headings.

import { LineIndex } from '../engine/offsets';
import type { Converted } from './places';

const MAX_HEADING_WORDS = 15;
const MAX_HEADING_LENGTH = 80;
const BULLET = /^([ \t]*)[•◦▪‣·](?=[ \t])/;
const NOT_A_HEADING_START = /^\s*(?:[-*+•◦▪‣·|><#]|\d{1,9}\))/;
/** ATX headings, or a text line underlined with === or --- (a setext heading). */
const MARKDOWN_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)|^ {0,3}\S.*(?:\r\n|\r|\n) {0,3}(?:={2,}|-{2,})[ \t]*$/m;

interface LineChange {
  /** Characters added in front of the line ("## "). */
  added: number;
  /** Characters of the original line's start left out (indentation). */
  removed: number;
}

/** Reads a .txt draft; never throws. */
export function readPlainText(text: string): Converted {
  const parts = text.split(/(\r\n|\r|\n)/);
  const lines = parts.filter((_, i) => i % 2 === 0);
  const breaks = parts.filter((_, i) => i % 2 === 1);
  const changes: LineChange[] = lines.map(() => ({ added: 0, removed: 0 }));
  const out = lines.slice();

  const blank = (i: number) => i < 0 || i >= lines.length || lines[i].trim() === '';
  for (let i = 0; i < lines.length; i++) {
    // Same length, so no offset moves.
    out[i] = out[i].replace(BULLET, '$1-');
    const indent = /^[ \t]*/.exec(lines[i])![0];
    if (blank(i - 1) && !blank(i) && columns(indent) >= 4) {
      out[i] = out[i].slice(indent.length);
      changes[i].removed = indent.length;
    }
  }

  if (!MARKDOWN_HEADING.test(text)) {
    const first = lines.findIndex((line) => line.trim() !== '');
    const headings = new Map<number, number>();
    if (first >= 0 && isShortLine(lines[first]) && !NOT_A_HEADING_START.test(lines[first])) headings.set(first, 1);
    for (let i = first + 1; first >= 0 && i < lines.length; i++) {
      if (!blank(i - 1) || blank(i) || !isShortLine(lines[i]) || NOT_A_HEADING_START.test(lines[i])) continue;
      const capitals = /[A-Z].*[A-Z]/.test(lines[i]) && !/[a-z]/.test(lines[i]);
      const standsAlone = blank(i + 1) && !singleShortNeighbour(lines, i, -1, first) && !singleShortNeighbour(lines, i, 1, first);
      if (capitals || standsAlone) headings.set(i, numberedDepth(lines[i].trim()));
    }
    for (const [i, depth] of headings) {
      const prefix = `${'#'.repeat(depth)} `;
      out[i] = prefix + out[i];
      changes[i].added = prefix.length;
    }
  }

  let markdown = '';
  out.forEach((line, i) => (markdown += line + (breaks[i] ?? '')));
  const index = new LineIndex(markdown);
  return {
    markdown,
    placeAt: () => undefined,
    originalPosition(offset) {
      const { line, character } = index.position(offset);
      const change = changes[line] ?? { added: 0, removed: 0 };
      return { line, character: Math.max(0, character - change.added) + change.removed };
    },
  };
}

function isShortLine(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && text.length <= MAX_HEADING_LENGTH && text.split(/\s+/).length <= MAX_HEADING_WORDS && !/[.,;:!?]$/.test(text);
}

/** Whether the paragraph before (step -1) or after (step 1) line i is a single short line, other than the title. */
function singleShortNeighbour(lines: string[], i: number, step: -1 | 1, title: number): boolean {
  let j = i + step;
  while (j >= 0 && j < lines.length && lines[j].trim() === '') j += step;
  if (j < 0 || j >= lines.length || j === title) return false;
  const single = (j - 1 < 0 || lines[j - 1].trim() === '') && (j + 1 >= lines.length || lines[j + 1].trim() === '');
  return single && isShortLine(lines[j]);
}

/** "2 Costs" and "2. Costs" are sections ("##"); "2.1 Costs" is one level deeper, and so on. */
function numberedDepth(text: string): number {
  const m = /^(\d{1,3}(?:\.\d{1,3})*)\.?\s/.exec(text);
  return m ? Math.min(6, 1 + m[1].split('.').length) : 2;
}

function columns(indent: string): number {
  let n = 0;
  for (const ch of indent) n = ch === '\t' ? n + 4 - (n % 4) : n + 1;
  return n;
}
