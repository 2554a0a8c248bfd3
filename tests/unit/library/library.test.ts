import { mkdir, readdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library/library.ts';
import { extractedArticle, imageLoader, noImages, tempDir, testDevice } from '../helpers/library.ts';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function openTemp() {
  const temp = await tempDir();
  const library = await Library.open(temp.dir, { device: testDevice });
  cleanups.push(temp.cleanup);
  cleanups.push(() => library.close().catch(() => {}));
  return { dir: temp.dir, library };
}

describe('the library', () => {
  it('keeps saved articles, their state and their files across a restart', async () => {
    const { dir, library } = await openTemp();
    const { article } = await library.save(extractedArticle(1), { loadImage: noImages });
    await library.update([article.id], { state: 'archived', favorite: true });
    await library.setProgress(article.id, 0.42);
    await library.close();

    const reopened = await Library.open(dir, { device: testDevice });
    cleanups.push(() => reopened.close());
    const stored = await reopened.get(article.id);
    expect(stored).toMatchObject({ title: 'Story number 1', state: 'archived', favorite: true, progress: 0.42 });
    expect(stored.publishedAt).toBe('2025-05-02T09:00:00-07:00');
    expect((await reopened.content(article.id)).text).toContain('The council met on Tuesday');
    const versions = join(dir, 'articles', article.id, 'versions');
    const [textFile] = (await readdir(versions)).filter((name) => name.endsWith('.txt'));
    expect(await readFile(join(versions, textFile!), 'utf8')).toContain('Paragraph one of story 1.');
  });

  it('updates the saved copy when the same canonical URL is saved again, keeping the reader’s state', async () => {
    const { library } = await openTemp();
    const first = await library.save(extractedArticle(1), { loadImage: noImages });
    await library.update([first.article.id], { favorite: true, state: 'read' });
    const again = await library.save(
      extractedArticle(1, {
        url: 'https://news.example/story-1?utm_source=newsletter&utm_medium=email',
        title: 'Story number 1 (updated)',
        text: 'Paragraph one of story 1, corrected.\n\nThe council met on Tuesday to discuss item 1.',
      }),
      { loadImage: noImages },
    );
    expect(again.created).toBe(false);
    expect(again.article.id).toBe(first.article.id);
    expect(again.article).toMatchObject({ title: 'Story number 1 (updated)', favorite: true, state: 'read' });
    expect(library.size).toBe(1);
  });

  it('lists inbox, archive, favorites and all, newest first by saved or published date', async () => {
    let clock = Date.parse('2025-06-01T00:00:00Z');
    const temp = await tempDir();
    cleanups.push(temp.cleanup);
    const library = await Library.open(temp.dir, {
      device: testDevice,
      now: () => {
        clock += 60_000;
        return new Date(clock);
      },
    });
    cleanups.push(() => library.close());
    const a = (
      await library.save(extractedArticle(1, { publishedAt: '2025-05-10T23:30:00-07:00' }), { loadImage: noImages })
    ).article;
    const b = (
      await library.save(extractedArticle(2, { publishedAt: '2025-05-11T01:00:00+02:00' }), { loadImage: noImages })
    ).article;
    const c = (await library.save(extractedArticle(3, { publishedAt: null }), { loadImage: noImages })).article;
    await library.update([a.id], { state: 'archived' });
    await library.update([b.id], { favorite: true });

    expect(library.list('inbox', 'saved').map((x) => x.id)).toEqual([c.id, b.id]);
    expect(library.list('archive', 'saved').map((x) => x.id)).toEqual([a.id]);
    expect(library.list('favorites', 'saved').map((x) => x.id)).toEqual([b.id]);
    expect(library.list('all', 'saved').map((x) => x.id)).toEqual([c.id, b.id, a.id]);
    // 2025-05-10T23:30-07:00 is later than 2025-05-11T01:00+02:00; undated articles use their saved time.
    expect(library.list('all', 'published').map((x) => x.id)).toEqual([c.id, a.id, b.id]);
  });

  it('answers the previous states of changed articles so the change can be undone', async () => {
    const { library } = await openTemp();
    const { article } = await library.save(extractedArticle(1), { loadImage: noImages });
    const before = await library.update([article.id], { state: 'archived' });
    expect(library.summary(article.id).state).toBe('archived');
    await library.restoreStates(before);
    expect(library.summary(article.id)).toMatchObject({ state: 'unread', favorite: false });
  });

  it('deletes articles with a tombstone in this device’s record and brings them back on undo', async () => {
    const { dir, library } = await openTemp();
    const { article } = await library.save(extractedArticle(1), { loadImage: noImages });
    await library.delete([article.id]);
    expect(library.size).toBe(0);
    const record = JSON.parse(
      await readFile(join(dir, 'articles', article.id, 'records', `${testDevice.id}.json`), 'utf8'),
    );
    expect(record.fields.deleted.value).toBe(true);
    await library.close();
    const reopened = await Library.open(dir, { device: testDevice });
    cleanups.push(() => reopened.close());
    expect(reopened.size).toBe(0);
    expect(await reopened.undelete([article.id])).toEqual([article.id]);
    expect(reopened.summary(article.id).title).toBe('Story number 1');
    expect((await reopened.content(article.id)).text).toContain('Paragraph one');
  });

  it('brings back an article a format-1 library had moved to its trash', async () => {
    const { dir, library: first } = await openTemp();
    const { article } = await first.save(extractedArticle(1), { loadImage: noImages });
    await first.close();
    await mkdir(join(dir, 'trash'));
    await rename(join(dir, 'articles', article.id), join(dir, 'trash', article.id));
    const library = await Library.open(dir, { device: testDevice });
    cleanups.push(() => library.close());
    expect(library.size).toBe(0);
    expect(await library.undelete([article.id])).toEqual([article.id]);
    expect(library.summary(article.id).title).toBe('Story number 1');
    expect((await library.content(article.id)).text).toContain('Paragraph one');
  });

  it('stores images as local files and points the article at them; failed images are dropped', async () => {
    const { dir, library } = await openTemp();
    const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3]);
    const extracted = extractedArticle(1, {
      html: '<figure><img src="https://cdn.example/a.png"><figcaption>Caption</figcaption></figure><p>Text</p><img src="https://cdn.example/missing.png">',
      images: [{ url: 'https://cdn.example/a.png' }, { url: 'https://cdn.example/missing.png' }],
      leadImage: 'https://cdn.example/a.png',
    });
    const progress: [number, number][] = [];
    const { article } = await library.save(extracted, {
      loadImage: imageLoader({ 'https://cdn.example/a.png': png }),
      onProgress: (done, total) => progress.push([done, total]),
    });
    const { html } = await library.content(article.id);
    expect(html).toMatch(/<img src="assets\/[a-f0-9]{64}\.png">/);
    expect(html).not.toContain('cdn.example');
    expect(html).toContain('Caption');
    expect(article.leadImage).toMatch(/^assets\/[a-f0-9]{64}\.png$/);
    const files = await readdir(join(dir, 'articles', article.id, 'assets'));
    expect(files).toHaveLength(1);
    expect(progress.at(-1)).toEqual([2, 2]);
  });

  it('applies concurrent changes to many articles without losing any', async () => {
    const { dir, library } = await openTemp();
    const ids: string[] = [];
    for (let n = 0; n < 20; n++)
      ids.push((await library.save(extractedArticle(n), { loadImage: noImages })).article.id);
    await Promise.all(
      ids.map((id, i) => (i % 2 ? library.update([id], { favorite: true }) : library.setProgress(id, i / 100))),
    );
    await library.close();
    const reopened = await Library.open(dir, { device: testDevice });
    cleanups.push(() => reopened.close());
    ids.forEach((id, i) => {
      const summary = reopened.summary(id);
      if (i % 2) expect(summary.favorite).toBe(true);
      else expect(summary.progress).toBe(i / 100);
    });
  });

  it('refuses a second writer on the same library with a clear message', async () => {
    const { dir } = await openTemp();
    await expect(Library.open(dir, { device: testDevice })).rejects.toThrow(/open in another Annals process/);
  });

  it('reports an unknown article id as not found', async () => {
    const { library } = await openTemp();
    await expect(library.get('abcdefgh')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
