/**
 * Draws the toolbar icon at each size as a PNG, with no image library: a rounded badge with a
 * clock face whose hand is struck through by a warning bar. Run once; the PNGs are committed.
 * Usage: npx tsx scripts/make-icons.ts
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf: Buffer) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc(body));
  return Buffer.concat([len, body, sum]);
}
function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const head = Buffer.alloc(13);
  head.writeUInt32BE(size, 0);
  head.writeUInt32BE(size, 4);
  head.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', head),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in a unit square, as signed distances; 4x4 supersampling gives smooth edges at 16 px.
const roundedSquare = (x: number, y: number) => {
  const qx = Math.abs(x - 0.5) - 0.5 + 0.18;
  const qy = Math.abs(y - 0.5) - 0.5 + 0.18;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - 0.18;
};
const ring = (x: number, y: number) => Math.abs(Math.hypot(x - 0.5, y - 0.5) - 0.28) - 0.065;
const segment = (x: number, y: number, ax: number, ay: number, bx: number, by: number, r: number) => {
  const px = x - ax,
    py = y - ay,
    dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t) - r;
};
const NAVY: [number, number, number] = [30, 41, 82];
const WHITE: [number, number, number] = [248, 250, 252];
const AMBER: [number, number, number] = [245, 158, 11];

function shade(x: number, y: number): [number, number, number, number] {
  if (roundedSquare(x, y) > 0) return [0, 0, 0, 0];
  if (segment(x, y, 0.2, 0.8, 0.8, 0.2, 0.06) < 0) return [...AMBER, 255];
  if (ring(x, y) < 0 || segment(x, y, 0.5, 0.5, 0.5, 0.3, 0.055) < 0 || segment(x, y, 0.5, 0.5, 0.64, 0.5, 0.055) < 0)
    return [...WHITE, 255];
  return [...NAVY, 255];
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) {
  writeFileSync(
    `public/icon/${size}.png`,
    png(size, (px, py) => {
      const acc = [0, 0, 0, 0];
      for (let i = 0; i < 4; i++)
        for (let j = 0; j < 4; j++) {
          const c = shade((px + (i + 0.5) / 4) / size, (py + (j + 0.5) / 4) / size);
          for (let k = 0; k < 3; k++) acc[k]! += c[k]! * c[3];
          acc[3]! += c[3];
        }
      const a = acc[3]!;
      return a
        ? [Math.round(acc[0]! / a), Math.round(acc[1]! / a), Math.round(acc[2]! / a), Math.round(a / 16)]
        : [0, 0, 0, 0];
    }),
  );
}
