import type { OffsetMap, OffsetRange } from './types';

/** Builds prose text and its map to source offsets, one piece at a time. */
export class ProseBuilder {
  private parts: string[] = [];
  private runs: number[] = [];
  length = 0;

  /** Appends text whose characters sit at consecutive source offsets from `sourceStart`. */
  appendContiguous(text: string, sourceStart: number): void {
    if (text.length === 0) return;
    const runs = this.runs;
    const n = runs.length;
    if (n > 0 && runs[n - 3] + runs[n - 1] === this.length && runs[n - 2] + runs[n - 1] === sourceStart) {
      runs[n - 1] += text.length;
    } else {
      runs.push(this.length, sourceStart, text.length);
    }
    this.parts.push(text);
    this.length += text.length;
  }

  /**
   * Appends a node value that may differ from its source slice (escapes, entities, stripped
   * indentation or quote markers): each character is aligned with the next matching source
   * character, looking a short way ahead so one unmatched character cannot derail the rest.
   */
  appendAligned(value: string, source: string, sourceStart: number): void {
    if (value === source) {
      this.appendContiguous(value, sourceStart);
      return;
    }
    let s = 0;
    let runStart = 0;
    let runSource = sourceStart;
    for (let v = 0; v < value.length; v++) {
      const ch = value[v];
      let found = -1;
      const limit = Math.min(source.length, s + 16);
      for (let k = s; k < limit; k++) {
        if (source[k] === ch) {
          found = k;
          break;
        }
      }
      const at = found >= 0 ? found : Math.min(s, Math.max(source.length - 1, 0));
      if (sourceStart + at !== runSource + (v - runStart)) {
        this.appendContiguous(value.slice(runStart, v), runSource);
        runStart = v;
        runSource = sourceStart + at;
      }
      s = found >= 0 ? found + 1 : s;
    }
    this.appendContiguous(value.slice(runStart), runSource);
  }

  /** Appends a stand-in character (e.g. for inline code) mapped to one source offset. */
  appendPlaceholder(ch: string, sourceOffset: number): void {
    this.appendContiguous(ch, sourceOffset);
  }

  finish(): { text: string; map: OffsetMap } {
    // Soft line breaks read as spaces; the replacement keeps every index in place.
    return { text: this.parts.join('').replace(/[\r\n]/g, ' '), map: { runs: this.runs, base: 0 } };
  }
}

/** Source offset of prose index `i`; an index past the last run maps just after it. */
export function toSource(map: OffsetMap, i: number): number {
  return map.base + toRelativeSource(map.runs, i);
}

function toRelativeSource(runs: readonly number[], i: number): number {
  if (runs.length === 0) return 0;
  let lo = 0;
  let hi = runs.length / 3 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[mid * 3] <= i) lo = mid;
    else hi = mid - 1;
  }
  const base = lo * 3;
  const offsetInRun = i - runs[base];
  if (offsetInRun < 0) return runs[base + 1];
  if (offsetInRun >= runs[base + 2]) return runs[base + 1] + runs[base + 2];
  return runs[base + 1] + offsetInRun;
}

/** Source range covering prose characters [start, end). */
export function toSourceRange(map: OffsetMap, start: number, end: number): OffsetRange {
  if (end <= start) {
    const at = toSource(map, start);
    return { start: at, end: at };
  }
  return { start: toSource(map, start), end: toSource(map, end - 1) + 1 };
}

/** Line and column lookups over the document text (0-based, UTF-16 columns). */
export class LineIndex {
  private lineStarts?: number[];

  constructor(readonly text: string) {}

  /** Built on first use: most checks never need a line number. */
  private get starts(): number[] {
    return (this.lineStarts ??= lineStartsOf(this.text));
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): { line: number; character: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offset(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    return Math.min(this.starts[line] + Math.max(0, character), this.lineEnd(line));
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** Offset of the end of the line's content, before its line break. */
  lineEnd(line: number): number {
    if (line >= this.starts.length - 1) return this.text.length;
    let end = this.starts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The document's own line break (its first one), for text inserted into it. */
export function eolOf(text: string): string {
  const m = /\r\n|\r|\n/.exec(text);
  return m ? m[0] : '\n';
}
