import { Library } from '../../../electron/core/library/library.ts';
import { extractedArticle, noImages, testDevice } from './library.ts';

export const firstText =
  'The harbour authority approved the new ferry terminal on Tuesday.\n\nConstruction starts in the spring.';
export const correctedText =
  'The harbour authority approved the new ferry terminal on Tuesday, by seven votes to two.\n\nConstruction starts in the spring.';

const page = (url: string, text: string) =>
  extractedArticle(1, {
    url,
    canonicalUrl: null,
    title: 'Ferry terminal approved',
    text,
    html: text
      .split('\n\n')
      .map((paragraph) => `<p>${paragraph}</p>`)
      .join(''),
  });

/**
 * A library as Annals kept it before one page had one key: the page imported from a read-later export
 * (saved in 2024, its text fetched unless `keptFetched` is false) under its plain address, and saved again later by link under
 * www. with a tracking parameter, as a second article. Answers the ids: `kept` is the one saved first.
 */
export async function writeDuplicatePair(
  dir: string,
  { sameText = false, keptFetched = true }: { sameText?: boolean; keptFetched?: boolean } = {},
): Promise<{ kept: string; other: string }> {
  const library = await Library.open(dir, { device: testDevice });
  try {
    const [imported] = await library.addImported([
      {
        url: 'https://example.com/news/ferry',
        title: 'Ferry terminal approved',
        tags: [],
        archived: false,
        favorite: false,
        savedAt: '2024-03-01T10:00:00.000Z',
      },
    ]);
    if (keptFetched) {
      await library.save(page('https://example.com/news/ferry', firstText), {
        loadImage: noImages,
        into: imported!.id,
      });
    }
    // Saved as its own article by an older Annals: the new key would have found the first.
    const [linked] = await library.addImported([
      {
        url: 'http://www.example.com/news/ferry?utm_source=newsletter',
        title: 'Ferry terminal approved',
        tags: [],
        archived: false,
        favorite: false,
        savedAt: '2024-06-01T10:00:00.000Z',
      },
    ]);
    await library.save(
      page('http://www.example.com/news/ferry?utm_source=newsletter', sameText ? firstText : correctedText),
      {
        loadImage: noImages,
        into: linked!.id,
      },
    );
    return { kept: imported!.id, other: linked!.id };
  } finally {
    await library.close();
  }
}
