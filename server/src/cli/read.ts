// Reads one source into text, or says why it cannot be checked. Word (.docx) and plain-text (.txt)
// drafts are read into the Markdown the engine checks, with a way back to the original (origin).

import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { readWordDraft } from '../convert/docx';
import { readPlainText } from '../convert/plain-text';
import { cannotRead, type Source } from './files';
import type { Origin } from './report';

/** How far to look for a NUL byte, the usual sign of a binary file (as git does). */
const SNIFF_BYTES = 8 * 1024;

type Reading =
  | { type: 'text'; text: string }
  | { type: 'too-large' }
  | { type: 'binary' }
  | { type: 'unreadable'; problem: string };

/** What the engine checks, and how to point back into the file the person wrote. */
export type DraftReading =
  | { type: 'text'; text: string; origin?: Origin }
  | { type: 'too-large' }
  | { type: 'binary' }
  | { type: 'unreadable'; problem: string };

export type DraftFormat = 'markdown' | 'word' | 'text';

/** By extension: .docx (and .doc) is Word, .txt plain text, anything else Markdown. */
export function draftFormat(name: string | undefined): DraftFormat {
  if (name === undefined) return 'markdown';
  // A .doc is read as Word too, so it gets the message saying to save it as .docx.
  if (/\.docx?$/i.test(name)) return 'word';
  if (/\.txt$/i.test(name)) return 'text';
  return 'markdown';
}

/**
 * Reads a source as the engine needs it. `name` chooses the format (the file's path, or
 * --stdin-filename for standard input). A Word file is recognised by its extension before the
 * binary check, since a .docx is a zip; one that cannot be read is `unreadable`, with a reason.
 * Files larger than `maxBytes` are left alone, as in the editor: the checker is for drafts, not data dumps.
 */
export async function readDraft(source: Source, name: string | undefined, cwd: string, stdin: () => Buffer, maxBytes: number): Promise<DraftReading> {
  const read = readBytes(source, cwd, stdin, maxBytes);
  if ('type' in read) return read;
  const format = draftFormat(name);
  if (format === 'word') {
    const word = await readWordDraft(read.bytes);
    if ('problem' in word) return { type: 'unreadable', problem: `cannot read '${source.display}': it ${word.problem}` };
    return { type: 'text', text: word.markdown, origin: { type: 'word', placeAt: (offset) => word.placeAt(offset) } };
  }
  const reading = decode(read.bytes);
  if (reading.type !== 'text' || format === 'markdown') return reading;
  const converted = readPlainText(reading.text);
  return {
    type: 'text',
    text: converted.markdown,
    origin: { type: 'text', originalPosition: (offset) => converted.originalPosition!(offset) },
  };
}

function readBytes(source: Source, cwd: string, stdin: () => Buffer, maxBytes: number): { bytes: Buffer } | Exclude<Reading, { type: 'text' } | { type: 'binary' }> {
  let bytes: Buffer;
  try {
    if (source.type === 'stdin') {
      bytes = stdin();
    } else {
      const path = resolve(cwd, source.path);
      if (statSync(path).size > maxBytes) return { type: 'too-large' };
      bytes = readFileSync(path);
    }
  } catch (error) {
    return { type: 'unreadable', problem: cannotRead(source.display, error as Error) };
  }
  if (bytes.length > maxBytes) return { type: 'too-large' };
  return { bytes };
}

function decode(bytes: Buffer): Reading {
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { type: 'binary' };
  // Not fatal: invalid UTF-8 becomes U+FFFD. A leading BOM is dropped, as editors hide it too.
  return { type: 'text', text: new TextDecoder('utf-8').decode(bytes) };
}
