import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { looksLikeZip, readZip, safeRelativePath } from '../../../electron/core/transfer/safe-zip.ts';

const small = { maxEntries: 10, maxEntryBytes: 1024 * 1024, maxTotalBytes: 2 * 1024 * 1024 };

describe('readZip', () => {
  it('reads stored and deflated files with their paths', () => {
    const archive = zipSync({
      'part_000000.csv': [strToU8('title,url\nA,https://a.example/\n'), { level: 0 }],
      'content/story.html': strToU8('<p>Hello</p>'.repeat(100)),
      'empty.txt': new Uint8Array(0),
    });
    expect(looksLikeZip(archive)).toBe(true);
    const { entries, skipped } = readZip(archive);
    expect(skipped).toEqual([]);
    expect(entries.map((e) => e.path).sort()).toEqual(['content/story.html', 'empty.txt', 'part_000000.csv']);
    expect(new TextDecoder().decode(entries.find((e) => e.path === 'content/story.html')!.bytes)).toBe(
      '<p>Hello</p>'.repeat(100),
    );
  });

  it('skips entries that would land outside the library: .., absolute paths, drive letters, symlinks', () => {
    const archive = zipSync({
      '../../evil.txt': strToU8('x'),
      '/etc/passwd': strToU8('x'),
      'C:/Windows/evil.txt': strToU8('x'),
      link: [strToU8('/etc/passwd'), { os: 3, attrs: (0o120777 << 16) >>> 0 }],
      'ok/./fine.txt': strToU8('fine'),
    });
    const { entries, skipped } = readZip(archive);
    expect(entries.map((e) => e.path)).toEqual(['ok/fine.txt']);
    expect(skipped.map((s) => s.reason)).toEqual([
      expect.stringContaining('leaves the archive'),
      expect.stringContaining('leaves the archive'),
      expect.stringContaining('leaves the archive'),
      'it is a symbolic link',
    ]);
  });

  it('stops a zip bomb while inflating, before it fills memory', () => {
    const archive = zipSync({ 'bomb.csv': new Uint8Array(20 * 1024 * 1024) });
    expect(archive.length).toBeLessThan(100_000);
    expect(() => readZip(archive, small)).toThrow(/inflates to more than Annals accepts/);
  });

  it('caps the total of many small files, and the number of entries', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 5; i++) files[`f${i}.bin`] = new Uint8Array(800 * 1024);
    expect(() => readZip(zipSync(files), small)).toThrow(/TOO_LARGE|inflates to more/);
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 11; i++) many[`f${i}`] = strToU8('x');
    expect(() => readZip(zipSync(many), small)).toThrow(/holds 11 files; at most 10/);
  });

  it('names the problem when the bytes are not a zip or the archive is cut short', () => {
    expect(() => readZip(strToU8('title,url\n'))).toThrow(/not a zip archive/);
    const archive = zipSync({ 'a.txt': strToU8('hello '.repeat(1000)) });
    const cut = archive.slice(0, 40);
    expect(() => readZip(cut)).toThrow(/not a zip archive|damaged/);
  });
});

describe('safeRelativePath', () => {
  it('normalises backslashes and refuses escapes', () => {
    expect(safeRelativePath('a\\b\\c.txt')).toBe('a/b/c.txt');
    expect(safeRelativePath('a/../../b')).toBeNull();
    expect(safeRelativePath('\\\\server\\share')).toBeNull();
  });
});
