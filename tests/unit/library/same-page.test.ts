import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/core/library/library.ts';
import { pageKeyOf } from '../../../electron/core/library/page-key.ts';
import { extractedArticle, noImages, tempDir, testDevice } from '../helpers/library.ts';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function openTemp(): Promise<Library> {
  const temp = await tempDir();
  const library = await Library.open(temp.dir, { device: testDevice });
  cleanups.push(temp.cleanup);
  cleanups.push(() => library.close().catch(() => {}));
  return library;
}

const storyText =
  'The harbour authority approved the new ferry terminal on Tuesday.\n\nConstruction starts in the spring.';
const correctedText =
  'The harbour authority approved the new ferry terminal on Tuesday, by seven votes to two.\n\nConstruction starts in the spring.';

/** The page as a link saved by the reader, or a feed's item, hands it to the library (no canonical link). */
const story = (url: string, text = storyText) =>
  extractedArticle(1, { url, canonicalUrl: null, title: 'Ferry terminal approved', text });

describe('one page under the addresses its site gives it', () => {
  it('is one article when saved by link and then arriving from a feed under a plainer address', async () => {
    const library = await openTemp();
    const saved = await library.save(story('https://www.example.com/news/story?utm_source=x'), { loadImage: noImages });
    expect(library.findByUrl('http://example.com/news/story')?.id).toBe(saved.article.id);
    const fromFeed = await library.save(story('http://example.com/news/story'), { loadImage: noImages, feedId: 'f1' });
    expect(fromFeed.created).toBe(false);
    expect(fromFeed.article.id).toBe(saved.article.id);
    expect(library.size).toBe(1);
    // The same text again adds no version.
    expect(await library.versions(saved.article.id)).toHaveLength(1);
  });

  it('adds a version when the page arrives again with changed text', async () => {
    const library = await openTemp();
    const saved = await library.save(story('http://example.com/news/story'), { loadImage: noImages, feedId: 'f1' });
    const again = await library.save(story('https://m.example.com/news/story/#comments', correctedText), {
      loadImage: noImages,
    });
    expect(again.article.id).toBe(saved.article.id);
    expect(library.size).toBe(1);
    expect(await library.versions(saved.article.id)).toHaveLength(2);
    expect((await library.text(saved.article.id)).startsWith(correctedText.slice(0, 60))).toBe(true);
  });

  it('finds the article by the page’s own address when the page has since named a canonical', async () => {
    const library = await openTemp();
    const saved = await library.save(story('https://www.example.com/news/story?utm_source=x'), { loadImage: noImages });
    const again = await library.save(
      { ...story('http://example.com/news/story', correctedText), canonicalUrl: 'https://example.com/news/12345' },
      { loadImage: noImages },
    );
    expect(again.article.id).toBe(saved.article.id);
    expect(library.size).toBe(1);
    expect(await library.versions(saved.article.id)).toHaveLength(2);
  });

  it('keeps pages apart whose meaningful parameters differ', async () => {
    const library = await openTemp();
    await library.save(story('https://example.com/article?id=1'), { loadImage: noImages });
    const other = await library.save(story('https://example.com/article?id=2', correctedText), {
      loadImage: noImages,
    });
    expect(other.created).toBe(true);
    expect(library.size).toBe(2);
  });

  it('finds an article saved by an older Annals under the plain address after a restart', async () => {
    const temp = await tempDir();
    cleanups.push(temp.cleanup);
    const first = await Library.open(temp.dir, { device: testDevice });
    const saved = await first.save(story('https://www.example.com/news/story/'), { loadImage: noImages });
    await first.close();
    const reopened = await Library.open(temp.dir, { device: testDevice });
    cleanups.push(() => reopened.close().catch(() => {}));
    expect(reopened.findByUrl('http://example.com:80/news/story?fbclid=abc&gclid=def')?.id).toBe(saved.article.id);
  });
});

describe('the page key', () => {
  it('ignores scheme, www. and m., default port, fragment, tracking parameters and a trailing slash', () => {
    const key = pageKeyOf('http://example.com/news/story');
    for (const address of [
      'https://www.example.com/news/story?utm_source=x&utm_medium=email',
      'https://EXAMPLE.com:443/news/story/',
      'https://m.example.com/news/story#comments',
      'http://www.example.com/news/story?fbclid=1&gclid=2',
    ])
      expect(pageKeyOf(address)).toBe(key);
  });

  it('keeps meaningful parameters, paths as written, and non-default ports', () => {
    expect(pageKeyOf('https://example.com/a?page=2&id=7')).toBe(pageKeyOf('https://example.com/a?id=7&page=2'));
    expect(pageKeyOf('https://example.com/a?id=7')).not.toBe(pageKeyOf('https://example.com/a?id=8'));
    expect(pageKeyOf('https://example.com/News')).not.toBe(pageKeyOf('https://example.com/news'));
    expect(pageKeyOf('https://example.com:8080/a')).not.toBe(pageKeyOf('https://example.com/a'));
  });

  it('never takes a prefix off when that would name another site', () => {
    // m.github.io and www.github.io are sites of their own, not mobile copies of github.io.
    expect(pageKeyOf('https://m.github.io/post')).not.toBe(pageKeyOf('https://github.io/post'));
    expect(pageKeyOf('https://www.github.io/post')).not.toBe(pageKeyOf('https://github.io/post'));
    expect(pageKeyOf('https://www.user.github.io/post')).toBe(pageKeyOf('https://user.github.io/post'));
  });

  it('keeps an address that is no web address as it is', () => {
    expect(pageKeyOf('file:Notes from the meeting')).toBe('file:Notes from the meeting');
  });
});
