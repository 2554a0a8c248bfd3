import { createHash } from 'node:crypto';
import { appendFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OTHER_RECORD_AT_MOST } from '../../../electron/core/library/article-files.ts';
import { EVENT_EDIT_NAMES_AT_MOST } from '../../../electron/core/library/article-record.ts';
import { Library } from '../../../electron/core/library/library.ts';
import { extractedArticle, legacyArticle, noImages, tempDir } from '../helpers/library.ts';

const laptop = { id: 'laptop1', name: 'Laptop' };
const desktop = { id: 'desktop1', name: 'Desktop' };

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function folder() {
  const temp = await tempDir();
  cleanups.push(temp.cleanup);
  return temp.dir;
}

/** Opens the library as `device`, does `work`, closes it. */
async function as<T>(dir: string, device: typeof laptop, work: (library: Library) => Promise<T>): Promise<T> {
  const library = await Library.open(dir, { device });
  try {
    return await work(library);
  } finally {
    await library.close();
  }
}

/**
 * An article saved on the laptop (tagged there with `laptopTags`) and tagged "floods" on the desktop: the desktop's
 * record file, to be changed as a newer version or a runaway sync would, and a stamp to write into it.
 */
async function desktopRecord(dir: string, laptopTags: string[] = []) {
  const id = await as(dir, laptop, async (library) => {
    const { article } = await library.save(extractedArticle(3), { loadImage: noImages });
    if (laptopTags.length > 0) await library.tag([article.id], laptopTags, []);
    return article.id;
  });
  await as(dir, desktop, (library) => library.tag([id], ['floods'], []));
  const file = join(dir, 'articles', id, 'records', 'desktop1.json');
  const record = JSON.parse(await readFile(file, 'utf8'));
  const at: string = Object.values(record.tags as Record<string, { at: string }>)[0]!.at;
  return { id, file, record, at };
}

describe('one library written by two devices', () => {
  it('converges to the same article whichever device opens it first', async () => {
    const dir = await folder();
    const id = await as(dir, laptop, async (library) => {
      const { article } = await library.save(extractedArticle(1), { loadImage: noImages });
      await library.tag([article.id], ['climate'], []);
      return article.id;
    });
    await as(dir, desktop, async (library) => {
      await library.tag([id], ['floods'], []);
      await library.update([id], { state: 'archived' });
    });
    await as(dir, laptop, (library) => library.update([id], { favorite: true }));
    const seen = await Promise.all(
      [desktop, laptop].map((device) => as(dir, device, async (library) => library.summary(id))),
    );
    expect(seen[0]).toEqual(seen[1]);
    expect(seen[0]).toMatchObject({ tags: ['climate', 'floods'], state: 'archived', favorite: true });
    // Each device wrote only its own record.
    expect((await readdir(join(dir, 'articles', id, 'records'))).sort()).toEqual(['desktop1.json', 'laptop1.json']);
  });

  it('makes one article of one page saved on both, and keeps a deleted one another device highlighted', async () => {
    const dir = await folder();
    const first = await as(dir, laptop, (library) => library.save(extractedArticle(2), { loadImage: noImages }));
    const second = await as(dir, desktop, (library) => library.save(extractedArticle(2), { loadImage: noImages }));
    expect(second.article.id).toBe(first.article.id);
    await as(dir, desktop, (library) => library.delete([first.article.id]));
    expect(await as(dir, laptop, async (library) => library.findSummary(first.article.id))).toBeUndefined();
  });
});

describe('a record another device wrote with a newer version', () => {
  it('shows what this version can read of it, and leaves out only the entry it cannot', async () => {
    const dir = await folder();
    const { id, file, record, at } = await desktopRecord(dir);
    // A highlight in a colour this version has never heard of.
    record.annotations.futurehighlight1 = { fields: { color: { value: 'ultraviolet', at } } };
    await writeFile(file, JSON.stringify(record));
    const { summary, told } = await as(dir, laptop, async (library) => {
      await library.tag([id], ['rain'], []);
      await library.update([id], { favorite: true });
      return {
        summary: library.summary(id),
        told: library.recovered.filter((message) => message.includes('from device desktop1')),
      };
    });
    expect(summary?.tags).toEqual(['floods', 'rain']);
    // Said once, however often the file is read, naming what was left out.
    expect(told).toHaveLength(1);
    expect(told[0]).toContain('the entry this version cannot read was left out');
    // Nothing is written back into the other device's file.
    expect(JSON.parse(await readFile(file, 'utf8')).annotations.futurehighlight1).toBeDefined();
  });
});

describe('a record of another device that is out of bounds', () => {
  it('a runaway file is not read: the article keeps what every other record says, and the reader is told', async () => {
    const dir = await folder();
    const { id, file } = await desktopRecord(dir, ['rain']);
    // Still whole JSON (trailing blanks), only too large to be worth stalling every read of the article for.
    await appendFile(file, ' '.repeat(OTHER_RECORD_AT_MOST));
    const { summary, told } = await as(dir, laptop, async (library) => ({
      summary: await library.summary(id),
      told: library.recovered.filter((message) => message.includes('from device desktop1')),
    }));
    expect(summary?.tags).toEqual(['rain']);
    expect(told).toHaveLength(1);
    expect(told[0]).toContain('more than the 64.0 MB it may be');
    expect((await stat(file)).size).toBeGreaterThan(OTHER_RECORD_AT_MOST);
  });

  it('an event edit with more field names than any version writes is left out, the rest of the record shown', async () => {
    const dir = await folder();
    const { id, file, record, at } = await desktopRecord(dir);
    const names = Array.from({ length: EVENT_EDIT_NAMES_AT_MOST + 1 }, (_, index) => [
      `field${index}`,
      { value: 1, at },
    ]);
    record.events = { 'some-event': Object.fromEntries(names) };
    await writeFile(file, JSON.stringify(record));
    const { summary, told } = await as(dir, laptop, async (library) => ({
      summary: await library.summary(id),
      told: library.recovered.filter((message) => message.includes('from device desktop1')),
    }));
    expect(summary?.tags).toEqual(['floods']);
    expect(told).toHaveLength(1);
    expect(told[0]).toContain('the entry this version cannot read was left out');
  });
});

describe('a format-1 library', () => {
  it('opens as it is, its files untouched, and changes go to a record of this device', async () => {
    const dir = await folder();
    const id = 'oldarticle01';
    const article = legacyArticle({
      id,
      url: 'https://news.example/old',
      sourceUrl: 'https://news.example/old',
      updatedAt: '2024-01-02T00:00:00.000Z',
      state: 'read',
      favorite: true,
      tags: ['old'],
      wordCount: 3,
      progress: 0.3,
      lang: 'en',
    });
    const files: Record<string, string> = {
      'article.json': JSON.stringify(article),
      'content.html': '<p>Old words here.</p>',
      'text.txt': 'Old words here.',
    };
    await mkdir(join(dir, 'articles', id), { recursive: true });
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, 'articles', id, name), text);
    await writeFile(join(dir, 'library.json'), JSON.stringify({ schema: 1, articles: [] }));
    const hash = async () =>
      createHash('sha256')
        .update((await Promise.all(Object.keys(files).map((name) => readFile(join(dir, 'articles', id, name))))).join())
        .digest('hex');
    const before = await hash();

    await as(dir, laptop, async (library) => {
      expect(library.summary(id)).toMatchObject({ title: 'Saved by an older Annals', state: 'read', tags: ['old'] });
      expect((await library.content(id)).text).toBe('Old words here.');
      await library.tag([id], ['kept'], []);
    });
    expect(await hash()).toBe(before);
    expect(await readdir(join(dir, 'articles', id, 'records'))).toEqual(['laptop1.json']);
    expect(await as(dir, laptop, async (library) => library.summary(id).tags)).toEqual(['old', 'kept']);
  });
});
