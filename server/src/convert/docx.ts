// Reads a Word draft (.docx) into the Markdown the engine checks, keeping what rules rely on:
// the title, headings, paragraphs, bulleted and numbered lists, and tables. Each stretch of the
// Markdown remembers where it is in Word (section heading and paragraph number), so findings can
// point a person to the place in the document they have open.
//
// mammoth reads the file; we take its document tree (through `transformDocument`) and write the
// Markdown ourselves, since its own Markdown output is deprecated and does not escape Word text.
// mammoth's warnings (unrecognised styles and elements) are not problems with the draft.

import mammoth from 'mammoth';
import { escapeLine } from './escape';
import { PlaceMap, paragraphPlace, shortHeading, type Converted } from './places';

export type WordReading = Converted | { problem: string };

/** Problems are written to follow the file's name: "consultation.docx is password-protected…". */
export const WORD_PROBLEMS = {
  unreadable: 'is not a readable Word document (the file is damaged or not a .docx)',
  passwordProtected: 'is password-protected: remove the password in Word and try again',
  legacyDoc: 'is a Word 97–2003 .doc file, which is not supported: open it in Word and save it as .docx',
  oleOther: 'is an older Office file or a password-protected one, not a .docx: save it in Word as a .docx without a password and try again',
  tooLarge: 'unpacks to more than 200 MB of text, far more than a draft: it was not checked',
} as const;

/** The text parts of a .docx (XML) may unpack to at most this much; a zip bomb stops here. */
const MAX_UNPACKED_XML = 200 * 1024 * 1024;

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Reads a .docx. Never throws: a file that cannot be read comes back as a problem. */
export async function readWordDraft(bytes: Buffer): Promise<WordReading> {
  try {
    // Windows' "New > Microsoft Word Document" makes an empty file, which Word opens as a blank page.
    if (bytes.length === 0) return toMarkdown([]);
    if (bytes.subarray(0, 8).equals(OLE_MAGIC)) return { problem: oleProblem(bytes) };
    const unpacked = unpackedXmlSize(bytes);
    if (unpacked === undefined) return { problem: WORD_PROBLEMS.unreadable };
    if (unpacked > MAX_UNPACKED_XML) return { problem: WORD_PROBLEMS.tooLarge };
    let body: WordElement[] | undefined;
    await mammoth.convertToHtml(
      { buffer: bytes },
      {
        externalFileAccess: false,
        transformDocument: (document: WordElement) => {
          body = document.children ?? [];
          // Nothing left for mammoth to turn into HTML: we only wanted the tree.
          return { ...document, children: [] };
        },
      },
    );
    if (!body) return { problem: WORD_PROBLEMS.unreadable };
    return toMarkdown(body);
  } catch {
    return { problem: WORD_PROBLEMS.unreadable };
  }
}

/**
 * An encrypted .docx is an OLE compound file holding an "EncryptedPackage" stream; a Word 97–2003
 * document holds a "WordDocument" stream. Stream names are stored in UTF-16LE.
 */
function oleProblem(bytes: Buffer): string {
  if (bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'))) return WORD_PROBLEMS.passwordProtected;
  if (bytes.includes(Buffer.from('WordDocument', 'utf16le'))) return WORD_PROBLEMS.legacyDoc;
  return WORD_PROBLEMS.oleOther;
}

/**
 * The declared unpacked size of the zip's XML parts (what mammoth reads), from its central
 * directory; undefined when the bytes are not a complete zip (e.g. a truncated download).
 */
function unpackedXmlSize(bytes: Buffer): number | undefined {
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== 0x04034b50) return undefined;
  // The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 KB.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const entries = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  let total = 0;
  for (let k = 0; k < entries; k++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return undefined;
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.toString('utf8', at + 46, Math.min(bytes.length, at + 46 + nameLength));
    if (/\.(xml|rels)$/i.test(name)) total += size;
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return total;
}

// ---- mammoth's document tree (the parts we read) ----

interface WordElement {
  type: string;
  children?: WordElement[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { isOrdered: boolean; level: string } | null;
  breakType?: string;
  checked?: boolean;
  colSpan?: number;
  rowSpan?: number;
}

type Block =
  | { type: 'heading'; depth: number; text: string }
  | { type: 'title'; text: string }
  | { type: 'paragraph'; lines: string[] }
  | { type: 'item'; ordered: boolean; level: number; lines: string[] }
  | { type: 'table'; rows: string[][] };

const HEADING_STYLE = /^heading\s*([1-9])$/i;

function headingDepth(p: WordElement): number | undefined {
  const m = HEADING_STYLE.exec(p.styleName ?? '') ?? HEADING_STYLE.exec(p.styleId ?? '');
  return m ? Math.min(6, Number(m[1])) : undefined;
}

function isTitle(p: WordElement): boolean {
  return /^title$/i.test(p.styleName ?? '') || /^title$/i.test(p.styleId ?? '');
}

/** A paragraph's text, with line breaks (Shift+Enter) as "\n". Formatting and link targets are dropped. */
function textOf(element: WordElement): string {
  switch (element.type) {
    case 'text':
      return element.value ?? '';
    case 'tab':
      return '\t';
    case 'break':
      return element.breakType === 'line' ? '\n' : ' ';
    case 'checkbox':
      return element.checked ? '☒' : '☐';
    case 'noteReference':
    case 'commentReference':
    case 'image':
      return '';
    default:
      return (element.children ?? []).map(textOf).join('');
  }
}

/** A paragraph's lines as they read: each trimmed, blank ones dropped (they only add space in Word). */
function linesOf(p: WordElement): string[] {
  return textOf(p)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** A cell's text: its paragraphs (and any table inside it) one per line. */
function cellLines(cell: WordElement): string[] {
  const lines: string[] = [];
  for (const child of cell.children ?? []) {
    if (child.type === 'paragraph') lines.push(...linesOf(child));
    else if (child.type === 'table') {
      for (const row of child.children ?? []) {
        const cells = (row.children ?? []).map((c) => cellLines(c).join(' ')).filter((t) => t !== '');
        if (cells.length) lines.push(cells.join(' – '));
      }
    } else lines.push(...linesOf(child));
  }
  return lines;
}

/** Rows of cell texts, laid out on a grid so merged cells do not shift the columns after them. */
function tableRows(table: WordElement): string[][] {
  const rows: string[][] = [];
  // Columns still covered by a cell merged down from a row above, with how many rows remain.
  const covered: number[] = [];
  for (const row of (table.children ?? []).filter((r) => r.type === 'tableRow')) {
    const cells: string[] = [];
    let column = 0;
    const skipCovered = () => {
      while (covered[column] > 0) {
        cells[column] = '';
        covered[column]--;
        column++;
      }
    };
    for (const cell of (row.children ?? []).filter((c) => c.type === 'tableCell')) {
      skipCovered();
      const span = Math.max(1, cell.colSpan ?? 1);
      const down = Math.max(1, cell.rowSpan ?? 1);
      cells[column] = cellLines(cell).map(escapeLine).join('<br>');
      for (let k = 0; k < span; k++) {
        if (k > 0) cells[column + k] = '';
        covered[column + k] = down - 1;
      }
      column += span;
    }
    skipCovered();
    for (let k = column; k < covered.length; k++) {
      if (covered[k] > 0) {
        cells[k] = '';
        covered[k]--;
      }
    }
    rows.push(Array.from(cells, (c) => c ?? ''));
  }
  return rows;
}

/** The body's blocks in Word order, with the title chosen and heading depths settled. */
function blocksOf(body: WordElement[]): Block[] {
  const blocks: Block[] = [];
  // The first Title-styled paragraph is the title; Heading 1 paragraphs are noted for the shift below.
  let titleFound = false;
  for (const element of body) {
    if (element.type === 'table') {
      const rows = tableRows(element);
      if (rows.length) blocks.push({ type: 'table', rows });
      continue;
    }
    if (element.type !== 'paragraph') continue;
    const lines = linesOf(element);
    if (lines.length === 0) continue;
    const depth = headingDepth(element);
    if (isTitle(element) && !titleFound) {
      titleFound = true;
      blocks.push({ type: 'title', text: lines.join(' ') });
    } else if (depth !== undefined) {
      blocks.push({ type: 'heading', depth, text: lines.join(' ') });
    } else if (element.numbering) {
      blocks.push({ type: 'item', ordered: element.numbering.isOrdered, level: Number(element.numbering.level) || 0, lines });
    } else {
      blocks.push({ type: 'paragraph', lines });
    }
  }
  if (!titleFound) {
    const firstH1 = blocks.findIndex((b) => b.type === 'heading' && b.depth === 1);
    if (firstH1 >= 0) {
      blocks[firstH1] = { type: 'title', text: (blocks[firstH1] as { text: string }).text };
    } else if (blocks[0]?.type === 'paragraph' && looksLikeTitle(blocks[0].lines)) {
      // Many drafts set their title in large bold Normal text: a short first line with no full stop.
      blocks[0] = { type: 'title', text: blocks[0].lines.join(' ') };
    }
  }
  // Heading 1 sections sit under the title, so they become "##" when the title is "#".
  const shift = blocks.some((b) => b.type === 'heading' && b.depth === 1) && blocks.some((b) => b.type === 'title') ? 1 : 0;
  return blocks.map((b) => (b.type === 'heading' ? { ...b, depth: Math.min(6, b.depth + shift) } : b));
}

function looksLikeTitle(lines: string[]): boolean {
  const text = lines.join(' ');
  return lines.length === 1 && text.split(' ').length <= 15 && !/[.,;:!?]$/.test(text);
}

/** Writes the Markdown and the map from its offsets to places in Word. */
function toMarkdown(body: WordElement[]): Converted {
  const blocks = blocksOf(body);
  const places = new PlaceMap();
  let markdown = '';
  let heading: string | undefined;
  let paragraph = 0;
  // The open list: content column of each level, and the number of the next item at each level.
  let listColumns: number[] = [];
  let listCounters: number[] = [];
  let listOrdered: boolean[] = [];

  const startBlock = (separator: string, place: string) => {
    if (markdown !== '') markdown += separator;
    places.add(markdown.length, place);
  };
  const nextParagraph = () => paragraphPlace(heading, ++paragraph);

  for (const block of blocks) {
    if (block.type !== 'item') {
      listColumns = [];
      listCounters = [];
      listOrdered = [];
    }
    switch (block.type) {
      case 'title':
      case 'heading': {
        heading = block.text;
        paragraph = 0;
        startBlock('\n\n', shortHeading(block.text));
        markdown += `${'#'.repeat(block.type === 'title' ? 1 : block.depth)} ${escapeLine(block.text)}`;
        break;
      }
      case 'paragraph':
        startBlock('\n\n', nextParagraph());
        markdown += block.lines.map(escapeLine).join('\\\n');
        break;
      case 'item': {
        const continuing = listColumns.length > 0;
        // A list cannot start deeper than its first level, nor skip a level.
        const level = Math.min(block.level, listColumns.length);
        if (level < listColumns.length) {
          listColumns = listColumns.slice(0, level + 1);
          listCounters = listCounters.slice(0, level + 1);
          listOrdered = listOrdered.slice(0, level + 1);
        }
        if (listOrdered[level] !== block.ordered) listCounters[level] = 1;
        listOrdered[level] = block.ordered;
        const indent = level === 0 ? 0 : listColumns[level - 1];
        const marker = block.ordered ? `${listCounters[level]++}.` : '-';
        listColumns[level] = indent + marker.length + 1;
        startBlock(continuing ? '\n' : '\n\n', nextParagraph());
        const pad = ' '.repeat(indent);
        const continuation = `\\\n${' '.repeat(listColumns[level])}`;
        markdown += `${pad}${marker} ${block.lines.map(escapeLine).join(continuation)}`;
        break;
      }
      case 'table': {
        const width = Math.max(1, ...block.rows.map((r) => r.length));
        block.rows.forEach((row, r) => {
          const cells = Array.from({ length: width }, (_, c) => row[c] ?? '');
          startBlock(r === 0 ? '\n\n' : '\n', nextParagraph());
          markdown += `| ${cells.join(' | ')} |`;
          if (r === 0) markdown += `\n|${' --- |'.repeat(width)}`;
        });
        break;
      }
    }
  }
  if (markdown !== '') markdown += '\n';
  return { markdown, placeAt: (offset) => places.placeAt(offset) };
}
