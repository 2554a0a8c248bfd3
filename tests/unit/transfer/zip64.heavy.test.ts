import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareEntry, ZipFileWriter } from '../../../electron/core/transfer/backup/zip-writer.ts';
import { SafeZip } from '../../../electron/core/transfer/safe-zip.ts';
import { tempDir } from '../helpers/library.ts';
import { call, openTestCore } from './support.ts';

let work: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  work = await tempDir();
});
afterAll(() => work.cleanup());

const text = (value: string) => new TextEncoder().encode(value);
const ZIP64_END = Buffer.from([0x50, 0x4b, 0x06, 0x06]);

async function writeArchive(name: string, files: [string, string][], zip64?: 'always') {
  const path = join(work.dir, name);
  const writer = await ZipFileWriter.create(path, new Date('2025-05-20T10:00:00Z'), zip64 ? { zip64 } : {});
  for (const [file, content] of files) await writer.add(await prepareEntry(file, text(content)));
  await writer.finish();
  return path;
}

async function readBack(path: string): Promise<Map<string, string>> {
  const zip = await SafeZip.openFile(path, {
    maxEntries: 1_000_000,
    maxEntryBytes: 1024 * 1024,
    maxTotalBytes: 1024 * 1024 * 1024,
    maxRatio: 100,
  });
  const files = new Map<string, string>();
  try {
    for await (const item of zip.files()) {
      if ('reason' in item) throw new Error(`${item.path}: ${item.reason}`);
      files.set(item.path, new TextDecoder().decode(await zip.bytes(item)));
    }
  } finally {
    await zip.close();
  }
  return files;
}

describe('zip64: backups past 65,535 files or 4 GB', () => {
  it('writes an archive of 70,000 files with zip64 records, which Annals and another reader both open', async () => {
    const files: [string, string][] = Array.from({ length: 70_000 }, (_, i) => [
      `articles/gen${i.toString(36).padStart(8, '0')}/text.txt`,
      `article ${i} `.repeat(1 + (i % 7)),
    ]);
    const path = await writeArchive('many.zip', files);
    const bytes = await readFile(path);
    // The classic end record can count only 65,535 files: the zip64 one, just before it, holds the rest.
    expect(bytes.subarray(-22 - 20 - 56, -22 - 20 - 52).equals(ZIP64_END)).toBe(true);

    const read = await readBack(path);
    expect(read.size).toBe(70_000);
    for (const index of [0, 65_534, 65_535, 65_536, 69_999]) expect(read.get(files[index]![0])).toBe(files[index]![1]);

    const other = unzipSync(bytes);
    expect(Object.keys(other)).toHaveLength(70_000);
    expect(new TextDecoder().decode(other[files[69_999]![0]])).toBe(files[69_999]![1]);
  }, 120_000);

  it('reads back zip64 sizes and offsets from every file’s extra fields, as archives past 4 GB hold them', async () => {
    const files: [string, string][] = [
      ['manifest.json', '{"format":"annals-backup"}'],
      ['articles/abc123def/content.html', '<p>Ferry talks resume</p>'.repeat(500)],
      ['articles/abc123def/text.txt', ''],
    ];
    const path = await writeArchive('wide.zip', files, 'always');
    const bytes = await readFile(path);
    expect(bytes.includes(ZIP64_END)).toBe(true);
    expect(await readBack(path)).toEqual(new Map(files));
    const other = unzipSync(bytes);
    expect(new TextDecoder().decode(other['articles/abc123def/content.html'])).toBe(files[1]![1]);
  });

  it('restores a backup whose every record is in zip64 form, as a backup past 4 GB has them', async () => {
    const html = await readFile(new URL('../../fixtures/pages/seed-article.html', import.meta.url), 'utf8');
    const source = await openTestCore(join(work.dir, 'source'));
    const { article } = await call<{ article: { id: string; title: string } }>(source, 'article.saveHtml', {
      html,
      url: 'https://worlddesk.example/2025/05/15/istanbul-talks',
    });
    const { path } = await call<{ path: string }>(source, 'library.backup', { path: join(work.dir, 'classic.zip') });
    await source.close();
    const files = Object.entries(unzipSync(await readFile(path))).map(
      ([name, bytes]) => [name, new TextDecoder().decode(bytes)] as [string, string],
    );
    const wide = await writeArchive('wide-backup.zip', files, 'always');

    const target = await openTestCore(join(work.dir, 'target'));
    try {
      expect(await call(target, 'library.restore', { path: wide })).toMatchObject({ restored: 1, skipped: [] });
      expect(await call(target, 'article.get', { id: article.id })).toMatchObject({ title: article.title });
    } finally {
      await target.close();
    }
  });

  it('writes the classic format while it suffices, so any unzip tool opens a small backup', async () => {
    const path = await writeArchive('small.zip', [['notes.txt', 'hello']]);
    expect((await readFile(path)).includes(ZIP64_END)).toBe(false);
    expect(await readBack(path)).toEqual(new Map([['notes.txt', 'hello']]));
  });
});
