import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchImage } from '../../../electron/core/extract/index.ts';
import { fixtureBytes, type LocalServer, rejection, startServer } from './support.ts';

const PNG = fixtureBytes('images/istanbul-talks.png');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x1a, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);
const AVIF = Buffer.concat([
  Buffer.from([0, 0, 0, 0x1c]),
  Buffer.from('ftypavif'),
  Buffer.from([0, 0, 0, 0]),
  Buffer.from('avifmif1miaf'),
]);
const SVG = Buffer.from(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><rect width="1" height="1"/></svg>',
);

const routes: Record<string, [string, Buffer]> = {
  '/a.png': ['image/png', PNG],
  '/a.jpg': ['image/jpeg', JPEG],
  '/legacy.jpg': ['image/jpg', JPEG],
  '/a.gif': ['image/gif', GIF],
  '/a.webp': ['image/webp', WEBP],
  '/a.avif': ['image/avif', AVIF],
  '/a.svg': ['image/svg+xml; charset=utf-8', SVG],
  '/html-as-png': ['image/png', Buffer.from('<!DOCTYPE html><p>gotcha</p>')],
  '/jpeg-as-png': ['image/png', JPEG],
  '/text-as-svg': ['image/svg+xml', Buffer.from('just text')],
  '/page': ['text/html', Buffer.from('<p>page</p>')],
  '/a.tiff': ['image/tiff', Buffer.from('II*\u0000')],
  '/binary': ['application/octet-stream', PNG],
  '/empty.png': ['image/png', Buffer.alloc(0)],
  '/huge.png': ['image/png', Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)])],
};

let server: LocalServer;
beforeAll(async () => {
  server = await startServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/moved.png') {
      res.writeHead(301, { location: '/a.png' });
      return res.end();
    }
    const route = routes[req.url ?? ''];
    if (!route) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'content-type': route[0] });
    res.end(route[1]);
  });
});
afterAll(async () => {
  await server.close();
});

describe('fetchImage', () => {
  it('downloads a PNG with its type, extension and SHA-256 (the asset file name)', async () => {
    const image = await fetchImage(`${server.origin}/a.png`);
    expect(image.type).toBe('image/png');
    expect(image.ext).toBe('png');
    expect(Buffer.from(image.bytes).equals(PNG)).toBe(true);
    expect(image.sha256).toBe(createHash('sha256').update(PNG).digest('hex'));
  });

  it('accepts every supported format when the bytes match the declared type', async () => {
    const found = [];
    for (const path of ['/a.jpg', '/legacy.jpg', '/a.gif', '/a.webp', '/a.avif', '/a.svg']) {
      const { type, ext } = await fetchImage(`${server.origin}${path}`);
      found.push(`${type} ${ext}`);
    }
    expect(found).toEqual([
      'image/jpeg jpg',
      'image/jpeg jpg',
      'image/gif gif',
      'image/webp webp',
      'image/avif avif',
      'image/svg+xml svg',
    ]);
  });

  it('follows redirects like page downloads do', async () => {
    expect((await fetchImage(`${server.origin}/moved.png`)).ext).toBe('png');
  });

  it('refuses files whose bytes are not the image type the server claims', async () => {
    expect(await rejection(fetchImage(`${server.origin}/html-as-png`))).toEqual({
      code: 'UNSUPPORTED_CONTENT',
      message: 'The image is damaged or is not really image/png',
    });
    expect((await rejection(fetchImage(`${server.origin}/jpeg-as-png`))).code).toBe('UNSUPPORTED_CONTENT');
    expect((await rejection(fetchImage(`${server.origin}/text-as-svg`))).code).toBe('UNSUPPORTED_CONTENT');
  });

  it('refuses web pages, unsupported formats, untyped downloads and empty files with clear messages', async () => {
    expect((await rejection(fetchImage(`${server.origin}/page`))).message).toBe(
      'That address is a web page, not an image',
    );
    expect((await rejection(fetchImage(`${server.origin}/a.tiff`))).message).toBe(
      'That image format (image/tiff) is not supported',
    );
    expect((await rejection(fetchImage(`${server.origin}/binary`))).message).toBe('That address is not an image');
    expect((await rejection(fetchImage(`${server.origin}/empty.png`))).message).toBe('The image is empty');
  });

  it('caps the size (15 MB by default, smaller on request)', async () => {
    expect(await rejection(fetchImage(`${server.origin}/huge.png`, { maxBytes: 1024 * 1024 }))).toEqual({
      code: 'TOO_LARGE',
      message: 'That image is larger than 1 MB',
    });
    expect((await fetchImage(`${server.origin}/huge.png`)).bytes.length).toBe(PNG.length + 2 * 1024 * 1024);
  });

  it('applies the same address rules as pages', async () => {
    expect((await rejection(fetchImage('data:image/png;base64,iVBORw0KGgo='))).code).toBe('BAD_INPUT');
    expect((await rejection(fetchImage(`${server.origin}/a.png`, { blockPrivateNetwork: true }))).code).toBe(
      'BAD_INPUT',
    );
  });
});
