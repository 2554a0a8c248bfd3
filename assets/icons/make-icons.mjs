#!/usr/bin/env node
// Makes the Windows and macOS icons (icon.ico, icon.icns) from the PNGs beside this file, which are
// drawn from icon.svg. Run it after changing them and commit what it writes:
//   node assets/icons/make-icons.mjs
// Both formats hold PNG images as they are; the sizes below 256 are averaged down from the 512 one.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync, inflateSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** An 8-bit RGBA, non-interlaced PNG (what icon.png is) as its pixels. */
function decodePng(bytes) {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  const data = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[9] !== 6 || body[12] !== 0) throw new Error('only 8-bit RGBA, non-interlaced PNGs');
    } else if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * 4;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= 4 ? pixels[y * stride + x - 4] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const upLeft = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4] : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) throw new Error(`unknown PNG filter ${filter}`);
      pixels[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }
  return { width, height, pixels };
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function encodePng({ width, height, pixels }) {
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) pixels.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  const chunk = (type, body) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])) >>> 0, 0);
    return Buffer.concat([head, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Shrinks to size×size, each pixel the average of the area it covers, weighted by opacity. */
function shrink(image, size) {
  const factor = image.width / size;
  const pixels = Buffer.alloc(size * size * 4);
  /** The source columns (or rows) a target one covers, each with how much of it. */
  const spans = Array.from({ length: size }, (_, target) => {
    const start = target * factor;
    const end = start + factor;
    const span = [];
    for (let source = Math.floor(start); source < Math.ceil(end); source++) {
      span.push([source, Math.min(end, source + 1) - Math.max(start, source)]);
    }
    return span;
  });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (const [sy, wy] of spans[y]) {
        for (const [sx, wx] of spans[x]) {
          const at = (sy * image.width + sx) * 4;
          const weight = wx * wy * image.pixels[at + 3];
          for (let c = 0; c < 3; c++) sum[c] += image.pixels[at + c] * weight;
          sum[3] += weight;
        }
      }
      const at = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) pixels[at + c] = sum[3] === 0 ? 0 : Math.round(sum[c] / sum[3]);
      pixels[at + 3] = Math.round(sum[3] / (factor * factor));
    }
  }
  return { width: size, height: size, pixels };
}

/** Windows: an ICONDIR, one entry per size, each image a PNG (Vista and later read them). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    const at = 6 + 16 * index;
    header[at] = size >= 256 ? 0 : size;
    header[at + 1] = size >= 256 ? 0 : size;
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}

/** macOS: 'icns', its length, then one typed element per image (PNG data for these types; ic11 to ic13
 * are the Retina doubles of 16, 32 and 128; there is no 1024 drawing for ic14). */
function icns(elements) {
  const parts = elements.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + parts.reduce((total, part) => total + part.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

const png512 = readFileSync(path.join(here, 'icon.png'));
const png256 = readFileSync(path.join(here, 'icon-256.png'));
const full = decodePng(png512);
const pngs = new Map([
  [512, png512],
  [256, png256],
  ...[128, 64, 48, 32, 16].map((size) => [size, encodePng(shrink(full, size))]),
]);
const sized = (size) => ({ size, png: pngs.get(size) });

writeFileSync(path.join(here, 'icon.ico'), ico([16, 32, 48, 64, 128, 256].map(sized)));
writeFileSync(
  path.join(here, 'icon.icns'),
  icns(
    [
      ['icp4', 16],
      ['icp5', 32],
      ['ic11', 32],
      ['icp6', 64],
      ['ic12', 64],
      ['ic07', 128],
      ['ic08', 256],
      ['ic13', 256],
      ['ic09', 512],
    ].map(([type, size]) => ({ type, png: pngs.get(size) })),
  ),
);
console.log('Wrote icon.ico and icon.icns.');
