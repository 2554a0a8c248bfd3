// What merging made of a story, kept on disk for the next start: read back only when it can be trusted. Each way a
// cache file breaks (a crash, a disk, a sync tool or another program may leave anything there) makes the story merge
// anew, never shows what merging would not, never fails; the files stay within their bounds.
import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { EXTRACTOR_VERSION } from '../../../electron/core/timeline/extraction/extractor-version.ts';
import { MergedStoryFiles } from '../../../electron/core/timeline/merged-story-files.ts';
import type { ArticleEvents, MergedEvent } from '../../../electron/core/timeline/merging/merge-events.ts';
import { MERGE_RULES_VERSION } from '../../../electron/core/timeline/merging/merge-rules-version.ts';
import { tempDir } from '../helpers/library.ts';

/** Where a test's files are kept, removed after it. */
async function folder(): Promise<string> {
  const temp = await tempDir();
  onTestFinished(temp.cleanup);
  return join(temp.dir, 'merged');
}

const none = { people: [], organizations: [], places: [] };
const sentence = 'The council approved the ferry terminal on Tuesday.';
const other = 'The ferry terminal was approved by the council on Tuesday.';

/** Two articles telling one council vote, as merging is given them. */
const entries: ArticleEvents[] = [
  {
    articleId: 'a1',
    publishedAt: '2025-05-21T19:05:00-07:00',
    events: [{ date: '2025-05-20', precision: 'day', text: sentence, start: 0, end: 51, entities: none }],
  },
  {
    articleId: 'a2',
    publishedAt: '2025-05-22T08:00:00-07:00',
    events: [{ date: '2025-05-20', precision: 'day', text: other, start: 10, end: 69, entities: none }],
  },
];
/** What merging made of them: one event, two sources. */
const merged: MergedEvent[] = [
  {
    date: '2025-05-20',
    precision: 'day',
    text: sentence,
    entities: { people: [], organizations: ['council'], places: [] },
    background: false,
    sources: [
      { articleId: 'a1', text: sentence, start: 0, end: 51, dateStart: 42, dateEnd: 50 },
      { articleId: 'a2', text: other, start: 10, end: 69 },
    ],
  },
];
const key = MergedStoryFiles.keyOf('a'.repeat(64));
const otherKey = MergedStoryFiles.keyOf('b'.repeat(64));

async function kept(dir: string, limits?: ConstructorParameters<typeof MergedStoryFiles>[3]) {
  const files = new MergedStoryFiles(dir, false, () => {}, limits);
  files.write(key, merged);
  await files.settled();
  return { files, file: join(dir, `${key}.json`), text: await readFile(join(dir, `${key}.json`), 'utf8') };
}

/** Each way a kept file is found broken, and the file as found. */
const breakages: { name: string; broken: (text: string) => string | Buffer }[] = [
  { name: 'empty (a crash before its first write reached the disk)', broken: () => '' },
  { name: 'cut short', broken: (text) => text.slice(0, Math.floor(text.length / 2)) },
  { name: 'cut short where the JSON still closes', broken: (text) => text.replace(/,\{"articleId":"a2".*?\}/, '') },
  { name: 'a block of NUL bytes where a page never got written', broken: (text) => '\u0000'.repeat(text.length) },
  { name: 'not JSON', broken: (text) => `${text}}` },
  { name: 'JSON of another shape', broken: () => JSON.stringify({ merged: 'nothing' }) },
  { name: 'another format', broken: (text) => text.replace('"format":1', '"format":2') },
  { name: 'written for other events (copied under this name)', broken: (text) => text.replace(key, otherKey) },
  {
    name: 'one byte changed that still parses',
    broken: (text) => text.replace('approved the ferry', 'approved thx ferry'),
  },
  { name: 'binary garbage', broken: () => Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x22, 0xc3, 0x28]) },
];

describe('what merging made of a story, kept on disk', () => {
  it('is read back as it was written', async () => {
    const dir = await folder();
    const { files } = await kept(dir);
    expect(await files.read(key, entries)).toEqual(merged);
    // A new start reads it too.
    expect(await new MergedStoryFiles(dir, false).read(key, entries)).toEqual(merged);
  });

  it('is named by the extractor and merging rules it was made under', () => {
    expect(key.startsWith(`1-${EXTRACTOR_VERSION}-${MERGE_RULES_VERSION}-`)).toBe(true);
  });

  it('is found missing, without an error, when nothing was kept or the folder is not there', async () => {
    const dir = await folder();
    expect(await new MergedStoryFiles(dir, false).read(key, entries)).toBeNull();
  });

  for (const { name, broken } of breakages) {
    it(`is merged anew when its file is ${name}, and the file removed`, async () => {
      const dir = await folder();
      const { file, text } = await kept(dir);
      await writeFile(file, broken(text));
      const files = new MergedStoryFiles(dir, false);
      expect(await files.read(key, entries)).toBeNull();
      expect(await readdir(dir)).toEqual([]);
      // What merging makes anew is kept again.
      files.write(key, merged);
      await files.settled();
      expect(await new MergedStoryFiles(dir, false).read(key, entries)).toEqual(merged);
    });
  }

  it('is merged anew when its sources are not the reports merging was given (a digest made to fit)', async () => {
    const dir = await folder();
    const { files } = await kept(dir);
    // Written for these very events, then one article's event moved: the file names a report that is gone.
    const moved = [entries[0]!, { ...entries[1]!, events: [{ ...entries[1]!.events[0]!, start: 11 }] }];
    expect(await files.read(key, moved)).toBeNull();
    // A report merging was given that the file leaves out.
    const more = [...entries, { articleId: 'a3', events: [{ ...entries[0]!.events[0]!, start: 80, end: 131 }] }];
    const again = await kept(dir);
    expect(await again.files.read(key, more)).toBeNull();
  });

  it('is merged anew, unread, when its file is larger than a story’s may be', async () => {
    const dir = await folder();
    const { file, text } = await kept(dir);
    const files = new MergedStoryFiles(dir, false, () => {}, { fileBytes: text.length - 1, folderBytes: 1e9 });
    expect(await files.read(key, entries)).toBeNull();
    await expect(stat(file)).rejects.toThrow();
    // Nor is so large a file written.
    files.write(key, merged);
    await files.settled();
    expect(await readdir(dir)).toEqual([]);
  });

  it('is merged anew when a folder or an unreadable file stands in its place, and the timeline does not fail', async () => {
    const dir = await folder();
    await mkdir(join(dir, `${key}.json`), { recursive: true });
    const told: string[] = [];
    const files = new MergedStoryFiles(dir, false, (message) => told.push(message));
    expect(await files.read(key, entries)).toBeNull();
    files.write(key, merged);
    await files.settled();
    expect(told).toHaveLength(1);
    if (process.platform === 'win32' || process.getuid?.() === 0) return;
    const { file } = await kept(await folder());
    await chmod(file, 0);
    expect(await new MergedStoryFiles(join(file, '..'), true).read(key, entries)).toBeNull();
  });

  it('keeps the folder within its bound, the least recently opened going first', async () => {
    const dir = await folder();
    const { text } = await kept(dir);
    const bound = { fileBytes: 1e6, folderBytes: text.length * 4 };
    const files = new MergedStoryFiles(dir, false, () => {}, bound);
    const keys = ['1', '2', '3', '4', '5'].map((digit) => MergedStoryFiles.keyOf(digit.repeat(64)));
    for (const each of keys.slice(0, 2)) {
      files.write(each, merged);
      await files.settled();
    }
    // The first written is opened again: it stays; the one kept before this start and the second go first.
    expect(await files.read(keys[0]!, entries)).toEqual(merged);
    for (const each of keys.slice(2)) {
      files.write(each, merged);
      await files.settled();
    }
    const left = await readdir(dir);
    const sizes = await Promise.all(left.map(async (name) => (await stat(join(dir, name))).size));
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBeLessThanOrEqual(bound.folderBytes);
    expect(left).toContain(`${keys[0]}.json`);
    expect(left).toContain(`${keys[4]}.json`);
    expect(left).not.toContain(`${key}.json`);
  });

  it('removes the files of older rules and what an unfinished write left, on the first write of a start', async () => {
    const dir = await folder();
    await mkdir(dir, { recursive: true });
    const older = `1-${EXTRACTOR_VERSION - 1}-${MERGE_RULES_VERSION}-${'c'.repeat(64)}.json`;
    const left = `.${key}.json.1234.abcdef.tmp`;
    await writeFile(join(dir, older), '{}');
    await writeFile(join(dir, left), '{');
    const { utimes } = await import('node:fs/promises');
    await utimes(join(dir, left), new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    await writeFile(join(dir, 'notes.txt'), 'not ours');
    await kept(dir);
    expect((await readdir(dir)).sort()).toEqual([`${key}.json`, 'notes.txt']);
  });

  it('is merged anew after the app is updated, and the older release’s files removed on the first write', async () => {
    // A release may change what merging makes (the tagger updated, a rule changed) without MERGE_RULES_VERSION raised.
    const dir = await folder();
    const before = new MergedStoryFiles(dir, false, () => {}, undefined, '1.4.0');
    const fingerprint = 'a'.repeat(64);
    before.write(before.keyOf(fingerprint), merged);
    await before.settled();
    expect(
      await new MergedStoryFiles(dir, false, () => {}, undefined, '1.4.0').read(before.keyOf(fingerprint), entries),
    ).toEqual(merged);
    const updated = new MergedStoryFiles(dir, false, () => {}, undefined, '1.5.0');
    expect(updated.keyOf(fingerprint)).not.toBe(before.keyOf(fingerprint));
    expect(await updated.read(updated.keyOf(fingerprint), entries)).toBeNull();
    updated.write(updated.keyOf(fingerprint), merged);
    await updated.settled();
    expect(await readdir(dir)).toEqual([`${updated.keyOf(fingerprint)}.json`]);
  });

  it('is neither written nor removed in a library opened read-only', async () => {
    const dir = await folder();
    const { file } = await kept(dir);
    await writeFile(file, '');
    const files = new MergedStoryFiles(dir, true);
    expect(await files.read(key, entries)).toBeNull();
    files.write(otherKey, merged);
    await files.settled();
    expect(await readdir(dir)).toEqual([`${key}.json`]);
  });

  describe('a story changed (edited, an article added)', () => {
    const [story, changed, again] = ['1', '2', '3'].map((digit) => digit.repeat(64)) as [string, string, string];
    const other = '4'.repeat(64);
    const part = '5'.repeat(64);

    /** The story's file, another story's and a file of part of the story (as a tag's timeline merges), all kept. */
    async function keptThree(dir: string) {
      const files = new MergedStoryFiles(dir, false);
      const names = {
        story: files.keyOf(story, 'story-one'),
        other: files.keyOf(other, 'story-two'),
        part: files.keyOf(part),
      };
      for (const each of Object.values(names)) files.write(each, merged);
      await files.settled();
      return { files, names };
    }

    it('has its new file replace its older one, and no other story’s', async () => {
      const dir = await folder();
      const { files, names } = await keptThree(dir);
      files.write(files.keyOf(changed, 'story-one'), merged);
      await files.settled();
      const left = (await readdir(dir)).sort();
      expect(left).toEqual([names.other, names.part, files.keyOf(changed, 'story-one')].map((k) => `${k}.json`).sort());
      expect(await files.read(names.other, entries)).toEqual(merged);
      expect(await files.read(names.part, entries)).toEqual(merged);
    });

    it('has its older file replaced after a restart too, when the story changed before it was opened', async () => {
      const dir = await folder();
      const { names } = await keptThree(dir);
      const restarted = new MergedStoryFiles(dir, false);
      restarted.write(restarted.keyOf(again, 'story-one'), merged);
      await restarted.settled();
      expect(await readdir(dir)).not.toContain(`${names.story}.json`);
      expect(await readdir(dir)).toHaveLength(3);
      expect(await restarted.read(restarted.keyOf(again, 'story-one'), entries)).toEqual(merged);
    });

    it('leaves every file as it was in a library opened read-only, whose kept files are still read', async () => {
      const dir = await folder();
      const { names } = await keptThree(dir);
      const before = (await readdir(dir)).sort();
      const readOnly = new MergedStoryFiles(dir, true);
      expect(await readOnly.read(names.story, entries)).toEqual(merged);
      expect(await readOnly.read(readOnly.keyOf(changed, 'story-one'), entries)).toBeNull();
      readOnly.write(readOnly.keyOf(changed, 'story-one'), merged);
      await readOnly.settled();
      expect((await readdir(dir)).sort()).toEqual(before);
    });
  });
});
