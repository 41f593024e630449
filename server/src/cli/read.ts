// Reads one source into text, or says why it cannot be checked.

import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { cannotRead, type Source } from './files';
/** How far to look for a NUL byte, the usual sign of a binary file (as git does). */
const SNIFF_BYTES = 8 * 1024;

export type Reading =
  | { type: 'text'; text: string }
  | { type: 'too-large' }
  | { type: 'binary' }
  | { type: 'unreadable'; problem: string };

/** Larger files than `maxBytes` are left alone, as in the editor: the checker is for drafts, not data dumps. */
export function readSource(source: Source, cwd: string, stdin: () => Buffer, maxBytes: number): Reading {
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
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { type: 'binary' };
  // Not fatal: invalid UTF-8 becomes U+FFFD. A leading BOM is dropped, as editors hide it too.
  return { type: 'text', text: new TextDecoder('utf-8').decode(bytes) };
}
