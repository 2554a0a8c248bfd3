import { onTestFinished } from 'vitest';
import type { ArticleSummary, StorySummary } from '../../../electron/contract/index.ts';
import { Library } from '../../../electron/core/library/library.ts';
import type { Api } from '../sync/support/devices.ts';
import { extractedArticle, noImages, tempDir, testDevice } from './library.ts';

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

/**
 * The pair in a library of its own, opened as the test device with `open` (from devices()); the folder is
 * removed once the test has finished (after the cores are closed).
 */
export async function openDuplicatePair(
  open: (dir: string, device: string, name?: string) => Promise<Api>,
  options: Parameters<typeof writeDuplicatePair>[1] = {},
) {
  const temp = await tempDir();
  onTestFinished(temp.cleanup);
  const { kept, other } = await writeDuplicatePair(temp.dir, options);
  const core = await open(temp.dir, testDevice.id, testDevice.name);
  return { dir: temp.dir, core, kept, other };
}

/**
 * Stories placed by hand: the copy saved by link with a later article about the terminal's costs, the
 * first copy on its own. Answers the later article's id.
 */
export async function copyInStoryWithLaterArticle(core: Api, kept: string, other: string): Promise<string> {
  const { article: third } = await core.call<{ article: ArticleSummary }>('article.saveHtml', {
    html: '<html><head><title>Terminal costs rise</title></head><body><article><p>The ferry terminal will cost more than planned, the harbour authority said on Friday.</p></article></body></html>',
    url: 'https://example.com/news/terminal-costs',
  });
  const { to } = await core.call<{ to: StorySummary }>('stories.moveArticle', { articleId: other, storyId: null });
  await core.call('stories.moveArticle', { articleId: third.id, storyId: to.id });
  await core.call('stories.moveArticle', { articleId: kept, storyId: null });
  return third.id;
}
