// A small reader for the zip files vsce writes (.vsix): the central directory for the list of
// files, and the stored or deflated data of each. Written here rather than calling `unzip` so the
// package test needs nothing beyond Node on a fresh machine. No zip64, encryption or multi-disk
// archives: a .vsix never needs them, and the reader says so if it meets one.

import { inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * @param {Buffer} zip
 * @returns {{ name: string, method: number, compressedSize: number, size: number, read: () => Buffer }[]}
 */
export function readZip(zip) {
  // The end-of-central-directory record is in the last 22 bytes plus an optional comment (≤ 64 KiB).
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file: no end-of-central-directory record');
  const count = zip.readUInt16LE(eocd + 10);
  const cdSize = zip.readUInt32LE(eocd + 12);
  let at = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff) throw new Error('zip64 archives are not supported');
  if (at + cdSize > eocd) throw new Error('central directory runs past its end record');

  const entries = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error(`bad central directory entry ${n}`);
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    if (flags & 0x1) throw new Error(`${name} is encrypted`);
    entries.push({
      name,
      method,
      compressedSize,
      size,
      read() {
        if (zip.readUInt32LE(localOffset) !== LOCAL) throw new Error(`bad local header for ${name}`);
        const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
        const raw = zip.subarray(start, start + compressedSize);
        const data = method === 0 ? Buffer.from(raw) : method === 8 ? inflateRawSync(raw) : undefined;
        if (!data) throw new Error(`${name}: unsupported compression method ${method}`);
        if (data.length !== size) throw new Error(`${name}: ${data.length} bytes inflated, ${size} expected`);
        return data;
      },
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
