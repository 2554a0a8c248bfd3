import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Annotations } from '../../../electron/core/annotations/annotations.ts';
import { Library } from '../../../electron/core/library/library.ts';
import { SearchService } from '../../../electron/core/search/search-service.ts';
import { formatOneId, formatOneText, writeFormatOneArticle } from '../helpers/format-one.ts';
import { extractedArticle, noImages, tempDir, testDevice } from '../helpers/library.ts';

// The plain text search indexes is read apart from the article's HTML, without merging its records where they
// cannot change which text is shown: it must stay the text the reader is shown, whatever the article's files.

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function openLibrary(): Promise<{ library: Library; dir: string }> {
  const temp = await tempDir();
  cleanups.push(temp.cleanup);
  await writeFormatOneArticle(temp.dir);
  const library = await Library.open(temp.dir, { device: testDevice });
  cleanups.push(() => library.close().catch(() => {}));
  return { library, dir: temp.dir };
}

const correctedText =
  'Harbour talks resume on Monday, the union confirmed.\n\nThe port authority and the dockers met for six hours.';
/** The format-1 article's page saved again, its text corrected since. */
const savedAgain = (text: string) =>
  extractedArticle(1, {
    url: 'https://news.example/harbour-talks',
    canonicalUrl: null,
    title: 'Harbour talks resume',
    text,
  });

/** What search would index as the article's text, beside the text the reader is shown. */
async function texts(library: Library, id: string) {
  return { indexed: await library.text(id), shown: (await library.content(id)).text };
}

function searchOver(library: Library) {
  const search = new SearchService(library, new Annotations(library), { readOnly: true });
  cleanups.push(() => search.close());
  return async (query: string) => (await search.search(query, 20)).map((hit) => hit.id);
}

describe('the text search indexes is the text shown', () => {
  it('is the base text of an article an older Annals saved, tagged and highlighted since', async () => {
    const { library } = await openLibrary();
    await library.tag([formatOneId], ['port-strike'], []);
    await new Annotations(library).create(formatOneId, {
      kind: 'highlight',
      range: { start: 0, end: 13 },
      color: 'yellow',
      note: '',
      tags: [],
    });
    expect(await texts(library, formatOneId)).toEqual({ indexed: formatOneText, shown: formatOneText });
  });

  it('is the corrected text once the page was saved again, and search finds its words only', async () => {
    const { library } = await openLibrary();
    await library.tag([formatOneId], ['port-strike'], []);
    await library.save(savedAgain(correctedText), { loadImage: noImages });
    expect(await library.versions(formatOneId)).toHaveLength(2);
    const { indexed, shown } = await texts(library, formatOneId);
    expect(indexed).toBe(shown);
    expect(indexed.startsWith(correctedText)).toBe(true);
    const search = searchOver(library);
    expect(await search('dockers')).toEqual([formatOneId]);
    expect(await search('union confirmed')).toEqual([formatOneId]);
  });

  it('is the newest text of an article saved three times', async () => {
    const { library } = await openLibrary();
    const first = await library.save(extractedArticle(2, { text: 'The ferry sailed at dawn.' }), {
      loadImage: noImages,
    });
    const id = first.article.id;
    await library.save(extractedArticle(2, { text: 'The ferry sailed at dawn with ninety passengers.' }), {
      loadImage: noImages,
    });
    await library.save(extractedArticle(2, { text: 'The ferry sailed at dawn with ninety-two passengers.' }), {
      loadImage: noImages,
    });
    const { indexed, shown } = await texts(library, id);
    expect(indexed).toBe(shown);
    expect(indexed).toContain('ninety-two');
  });

  it('is nothing, as shown, when the tagged article’s record from an older Annals is damaged', async () => {
    const { library, dir } = await openLibrary();
    await library.tag([formatOneId], ['port-strike'], []);
    await writeFile(join(dir, 'articles', formatOneId, 'article.json'), '{"id": "oldarticle01", "title": 4');
    expect(await texts(library, formatOneId)).toEqual({ indexed: '', shown: '' });
  });
});
