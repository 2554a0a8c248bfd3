import { readFile, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Article } from '../../contract/index.ts';
import { countWords, htmlToText, readingMinutes } from '../extract/plain-text.ts';
import { writeFileAtomic } from '../storage/atomic-write.ts';
import { readJsonFile } from '../storage/json-file.ts';
import { pathExists } from '../storage/path-exists.ts';
import { makePrivateFolder } from '../storage/private-files.ts';
import type { AbsorbRule, FoundCopy } from '../sync/conflict-rules.ts';
import { type VersionMeta, versionIdOf } from './version-meta.ts';

/**
 * A conflict copy of an older Annals' text of an article (content.html or text.txt: two computers
 * saved the article again, each its own text). The text the sync tool kept stays the one shown; the
 * copy's is kept as a version of the article beside it, named by its text like every version, so two
 * computers settling the same copy write the same files. The two files of one text travel as a pair:
 * the other's copy, when it is there, is taken in with it.
 */
export function legacyTextRule(pattern: RegExp): AbsorbRule {
  return { kind: 'legacy-text', pattern, absorb: keepAsVersion };
}

const decode = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

async function keepAsVersion({ libraryDir, copy, original, bytes }: FoundCopy): Promise<void> {
  const articleDir = join(libraryDir, dirname(original));
  const isHtml = original.endsWith('.html');
  const partnerFile = join(libraryDir, dirname(copy), partnerName(basename(copy), isHtml));
  const partner = await readFile(partnerFile, 'utf8').catch(() => null);
  // Loaded only when such a copy turns up: a command that merely lists the library never parses HTML.
  const [{ parsePage }, { sanitizeStoredHtml }] = await Promise.all([
    import('../extract/dom.ts'),
    import('../extract/sanitize.ts'),
  ]);
  const html = sanitizeStoredHtml(isHtml ? decode(bytes) : (partner ?? paragraphsHtml(decode(bytes))));
  const text = isHtml ? (partner ?? htmlToText(parsePage(html).body)) : decode(bytes);
  if (text.trim() === '') throw new Error('it holds no text');

  const base = await readJsonFile(join(articleDir, 'article.json'), Article);
  if (base.status !== 'ok') throw new Error('the article’s own article.json cannot be read');
  const shownText = await readFile(join(articleDir, 'text.txt'), 'utf8').catch(() => null);
  const versionId = versionIdOf(text);
  // The text shown already, differing only in markup: nothing to keep.
  if (shownText === null || versionIdOf(shownText) !== versionId) {
    const savedAt = (await stat(join(libraryDir, copy))).mtime.toISOString();
    await writeVersion(join(articleDir, 'versions'), versionMeta(base.value, versionId, text, savedAt), html, text);
  }
  if (partner !== null) await rm(partnerFile, { force: true });
}

/** content<conflict mark>.html ↔ text<conflict mark>.txt: the same mark, the other file. */
function partnerName(copy: string, isHtml: boolean): string {
  const [stem, ext, otherStem, otherExt] = isHtml
    ? ['content', '.html', 'text', '.txt']
    : ['text', '.txt', 'content', '.html'];
  return `${otherStem}${copy.slice(stem.length, copy.length - ext.length)}${otherExt}`;
}

function paragraphsHtml(text: string): string {
  const escaped = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escaped(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** What the kept text was saved with: the article's description, its own length, when the copy was written. */
function versionMeta(article: Article, versionId: string, text: string, savedAt: string): VersionMeta {
  const { title, byline, siteName, excerpt, publishedAt, url, canonicalUrl, sourceUrl, lang, leadImage, assets } =
    article;
  const wordCount = countWords(text);
  return {
    versionId,
    savedAt,
    ...{ title, byline, siteName, excerpt, publishedAt, url, canonicalUrl, sourceUrl, lang, leadImage, assets },
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    // Written by an older Annals, like the base text: never taken for a newer save.
    source: 'legacy',
    device: 'legacy',
  };
}

/** A version's three files, unless it is there already (versions never change). */
async function writeVersion(folder: string, meta: VersionMeta, html: string, text: string): Promise<void> {
  const file = (ext: string) => join(folder, `${meta.versionId}.${ext}`);
  if (await pathExists(file('json'))) return;
  await makePrivateFolder(folder);
  await writeFileAtomic(file('html'), html);
  await writeFileAtomic(file('txt'), text);
  await writeFileAtomic(file('json'), JSON.stringify(meta, null, 1));
}
