// Draws the extension icon, docs/icon.png: a 128×128 PNG of two overlapping speech bubbles (two
// voices in one conversation) with a tick on the front one. Pure Node (zlib for the PNG stream),
// 4×4 supersampled for smooth edges, so the output is the same on every machine.
//
//   node test/package/make-icon.mjs [out.png]      (default docs/icon.png)

import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SS = 4; // subsamples per axis

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16), 255];
const NAVY = hex('#1f4e79');
const AMBER = hex('#f2b53c');
const WHITE = hex('#ffffff');
const GREEN = hex('#1e8a5a');

const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const triangle = (ax, ay, bx, by, cx, cy) => (x, y) => {
  const s = (px, py, qx, qy) => (qx - px) * (y - py) - (qy - py) * (x - px);
  const d1 = s(ax, ay, bx, by), d2 = s(bx, by, cx, cy), d3 = s(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};
const capsule = (ax, ay, bx, by, r) => (x, y) => {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= r * r;
};
const union = (...shapes) => (x, y) => shapes.some((s) => s(x, y));

// Back bubble (amber), tail to the lower left.
const back = union(roundRect(10, 14, 84, 70, 16), triangle(22, 64, 42, 64, 16, 86));
// Front bubble (white), tail to the lower right, with a navy halo that separates it from the back one.
const front = union(roundRect(42, 44, 118, 100, 16), triangle(88, 94, 108, 94, 114, 116));
const halo = union(roundRect(37, 39, 123, 105, 21), triangle(84, 92, 112, 92, 119, 122));
// Tick on the front bubble.
const tick = union(capsule(60, 73, 73, 86, 5.5), capsule(73, 86, 99, 59, 5.5));
const background = roundRect(0, 0, SIZE, SIZE, 26);

// Top-most first.
const layers = [
  [tick, GREEN],
  [front, WHITE],
  [halo, NAVY],
  [back, AMBER],
  [background, NAVY],
];

const rgba = Buffer.alloc(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const x = px + (sx + 0.5) / SS, y = py + (sy + 0.5) / SS;
        const hit = layers.find(([shape]) => shape(x, y));
        if (!hit) continue;
        const c = hit[1];
        // premultiplied accumulation
        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255;
      }
    }
    const n = SS * SS, a = acc[3] / n, o = (py * SIZE + px) * 4;
    rgba[o + 3] = Math.round(a);
    for (let i = 0; i < 3; i++) rgba[o + i] = a === 0 ? 0 : Math.round(acc[i] / n / (a / 255));
  }
}

// PNG: signature, IHDR (8-bit RGBA), one IDAT (filter byte 0 per row), IEND.
const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // colour type RGBA
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) rgba.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = process.argv[2] ?? 'docs/icon.png';
writeFileSync(out, png);
console.log(`${out}: ${png.length} bytes`);
