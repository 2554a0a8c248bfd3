import { describe, expect, it } from 'vitest';
import { mimeTypeFor } from '../../../electron/core/mime-types.ts';

describe('mimeTypeFor', () => {
  it('names the types the built UI is made of, with a charset for text', () => {
    expect(mimeTypeFor('/dist/renderer/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/dist/renderer/assets/index-DmtcDRxa.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/dist/renderer/assets/index-B1.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('/dist/renderer/assets/literata.woff2')).toBe('font/woff2');
  });

  it('names stored image types whatever the case of the extension', () => {
    expect(mimeTypeFor('assets/ab12.PNG')).toBe('image/png');
    expect(mimeTypeFor('assets/ab12.jpeg')).toBe('image/jpeg');
    expect(mimeTypeFor('assets/ab12.jpg')).toBe('image/jpeg');
    expect(mimeTypeFor('assets/ab12.webp')).toBe('image/webp');
    expect(mimeTypeFor('assets/ab12.avif')).toBe('image/avif');
    expect(mimeTypeFor('assets/ab12.gif')).toBe('image/gif');
    expect(mimeTypeFor('assets/ab12.svg')).toBe('image/svg+xml');
  });

  it('calls anything unknown opaque bytes, so nothing is sniffed into a script', () => {
    expect(mimeTypeFor('/x/file.exe')).toBe('application/octet-stream');
    expect(mimeTypeFor('/x/README')).toBe('application/octet-stream');
    expect(mimeTypeFor('/x/.png')).toBe('application/octet-stream');
    expect(mimeTypeFor('/x.d/file')).toBe('application/octet-stream');
    expect(mimeTypeFor('C:\\x.d\\file')).toBe('application/octet-stream');
  });
});
