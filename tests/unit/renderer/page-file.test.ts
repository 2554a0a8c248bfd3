// A page file dropped on the window is read by its own charset before it reaches the core.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodePageFile, pageFileText } from '../../../renderer/src/lib/page-file.ts';

const page = (name: string) => readFileSync(new URL(`../../fixtures/pages/${name}`, import.meta.url));

describe('a dropped page file', () => {
  it('reads a GB2312 page as Chinese, even with its declaration after a long script', async () => {
    expect(await pageFileText(new Blob([page('gbk-meta.html')]))).toContain('青石港北航道下月重新开放');
    expect(decodePageFile(page('gbk-late-meta.html'))).toContain('港口北航道将于下月重新开放');
  });

  it('reads windows-1251 as Russian and a UTF-8 copy that still declares GB2312 as UTF-8', () => {
    expect(decodePageFile(page('cp1251-meta.html'))).toContain('Совет одобрил реконструкцию рыбного рынка');
    const converted = decodePageFile(page('utf8-declared-gbk.html'));
    expect(converted).toContain('青石港北航道下月重新开放');
    expect(converted).not.toMatch(/\ufffd/);
  });

  it('reads a page with no declaration as UTF-8, and a byte-order mark wins', () => {
    expect(decodePageFile(Buffer.from('<p>“Déjà vu”</p>'))).toBe('<p>“Déjà vu”</p>');
    const bom = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>ok</p>', 'utf16le')]);
    expect(decodePageFile(bom)).toBe('<p>ok</p>');
  });
});
