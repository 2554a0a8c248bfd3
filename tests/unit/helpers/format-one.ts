import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { legacyArticle } from './library.ts';

// An article as an earlier Annals (library format 1) left it: article.json, its text, its highlights.
export const formatOneId = 'oldarticle01';
export const formatOneText = 'Harbour talks resume on Monday.\n\nThe port authority and the union met for six hours.';
const html = '<p>Harbour talks resume on Monday.</p><p>The port authority and the union met for six hours.</p>';
const article = legacyArticle({
  id: formatOneId,
  url: 'https://news.example/harbour-talks',
  sourceUrl: 'https://news.example/harbour-talks',
  title: 'Harbour talks resume',
  siteName: 'News Example',
  byline: 'A. Reporter',
  excerpt: 'Harbour talks resume on Monday.',
  publishedAt: '2024-03-04T09:00:00+01:00',
  savedAt: '2024-03-04T10:00:00.000Z',
  updatedAt: '2024-03-05T10:00:00.000Z',
  state: 'archived',
  favorite: true,
  tags: ['port'],
  wordCount: 15,
  progress: 0.4,
  lang: 'en',
  annotationCount: 2,
  archivedAt: '2024-03-05T10:00:00.000Z',
});
const highlight = (id: string, exact: string, start: number, note: string) => ({
  id,
  articleId: formatOneId,
  kind: 'highlight',
  anchor: { exact, prefix: '', suffix: '', start, end: start + exact.length },
  orphaned: false,
  color: 'green',
  note,
  tags: [],
  created: '2024-03-05T10:00:00.000Z',
  modified: '2024-03-05T10:00:00.000Z',
});
/** Its two highlights, in the order annotations.json holds them. */
export const formatOneHighlights = [
  highlight('hlone01', 'six hours', 75, 'long meeting'),
  highlight('hltwo02', 'Harbour talks', 0, 'the talks'),
];

/** Writes the format-1 article's folder into the library at `dir`. */
export async function writeFormatOneArticle(dir: string): Promise<void> {
  const folder = join(dir, 'articles', formatOneId);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'article.json'), JSON.stringify(article, null, 2));
  await writeFile(join(folder, 'content.html'), html);
  await writeFile(join(folder, 'text.txt'), formatOneText);
  await writeFile(
    join(folder, 'annotations.json'),
    JSON.stringify({ schema: 1, annotations: formatOneHighlights }, null, 2),
  );
}
