// What a converted draft looks like to the rest of the checker: Markdown for the engine, and a
// way back from a Markdown offset to where a person finds the text in the file they wrote.

/** A draft in another format (Word, plain text) turned into the Markdown the engine checks. */
export interface Converted {
  markdown: string;
  /**
   * Where a person finds the text at a Markdown offset: for Word, the nearest heading above and
   * the paragraph number under it ("Who we will involve ¶3"); for a heading, its own text.
   * Undefined when the file's own line numbers say it better (plain text) or before any content.
   */
  placeAt(offset: number): string | undefined;
  /**
   * The 0-based line and UTF-16 column in the original file for a Markdown offset, when the
   * original has lines to point at (plain text). Absent for Word, where only a place makes sense.
   */
  originalPosition?(offset: number): { line: number; character: number };
}

/** Longer headings are shortened in places, so a message stays readable. */
const MAX_HEADING_IN_PLACE = 60;

/** The place for the paragraph `n` (1-based) under a heading; before any heading, "Start ¶n". */
export function paragraphPlace(heading: string | undefined, n: number): string {
  return `${heading === undefined ? 'Start' : shortHeading(heading)} ¶${n}`;
}

export function shortHeading(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= MAX_HEADING_IN_PLACE ? oneLine : `${oneLine.slice(0, MAX_HEADING_IN_PLACE - 1).trimEnd()}…`;
}

/** Records, in Markdown order, which place each stretch of the Markdown came from. */
export class PlaceMap {
  private starts: number[] = [];
  private places: string[] = [];

  /** The Markdown from `start` up to the next recorded stretch belongs to `place`. */
  add(start: number, place: string): void {
    const n = this.starts.length;
    if (n > 0 && this.starts[n - 1] === start) {
      this.places[n - 1] = place;
      return;
    }
    this.starts.push(start);
    this.places.push(place);
  }

  /** The place of the last stretch starting at or before the offset. */
  placeAt(offset: number): string | undefined {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? undefined : this.places[lo - 1];
  }
}
