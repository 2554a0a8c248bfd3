// A restore sanitizes each article's HTML in a worker thread (stored-html-sanitizer.ts), so 100,000
// parsed pages are not garbage in the core's heap. What the reader gets must not depend on where it
// ran: the same markup as a save stores, whether the worker did it, died on a page, or never started.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sanitizeStoredHtml } from '../../../electron/core/extract/sanitize.ts';
import { stageBackup } from '../../../electron/core/transfer/backup/read-backup.ts';
import { StoredHtmlSanitizer } from '../../../electron/core/transfer/backup/stored-html-sanitizer.ts';
import { SafeZip } from '../../../electron/core/transfer/safe-zip.ts';
import { tempDir } from '../helpers/library.ts';
import { backupManifest } from './hostile-archives.ts';
import { oneArticleBackup } from './support.ts';

const CANARY = 'window.__xssCanary = true';
/** Pages a backup could carry to run script or reach the web, in the shapes of the sanitizer's own tests. */
const hostilePages = [
  `<p>Delegations arrive in Istanbul.</p><script>${CANARY}</script>`,
  `<p onclick="${CANARY}">hi<img src="assets/${'a'.repeat(64)}.png" onerror="${CANARY}"></p>`,
  `<a href="javascript:${CANARY}">x</a><a href="https://news.example/next">next</a>`,
  `<svg onload="${CANARY}"><image href="https://evil.example/svg-image.png"></image></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${CANARY}"></style></mglyph></table></mtext></math>`,
  `<noscript><p title="</noscript><img src=x onerror=${CANARY}>"></p></noscript>`,
  '<table background="https://evil.example/background.png"><tr><td>cell</td></tr></table>',
  '<video poster="https://evil.example/poster.png"></video><img src="https://evil.example/tracker.png">',
];

describe('sanitizing restored pages in a worker thread', () => {
  it('stores each page exactly as a save would, sanitized in the worker', async () => {
    const sanitizer = new StoredHtmlSanitizer();
    try {
      const cleaned = await Promise.all(hostilePages.map((page) => sanitizer.sanitize(page)));
      expect(cleaned).toEqual(hostilePages.map(sanitizeStoredHtml));
      expect(cleaned.join('')).not.toMatch(/__xssCanary|evil\.example|<script|<svg|onerror|javascript:/i);
      expect(sanitizer.sanitizedHere).toBe(0);
    } finally {
      await sanitizer.close();
    }
  }, 30_000);

  it('still stores a page sanitized, the same, when the worker dies on it for lack of memory', async () => {
    // A page of 20,000 elements cannot be parsed in a heap of 4 MB: the worker dies on it.
    const huge = `<p>${'<b onclick="x">word</b> '.repeat(20_000)}</p><script>${CANARY}</script>`;
    const sanitizer = new StoredHtmlSanitizer({ maxHeapMB: 4 });
    try {
      const [first, page] = await Promise.all([sanitizer.sanitize(hostilePages[0]!), sanitizer.sanitize(huge)]);
      expect(page).toBe(sanitizeStoredHtml(huge));
      expect(first).toBe(sanitizeStoredHtml(hostilePages[0]!));
      expect(page).not.toMatch(/onclick|__xssCanary/);
      expect(sanitizer.sanitizedHere).toBeGreaterThan(0);
      // Pages after it are sanitized too.
      expect(await sanitizer.sanitize(hostilePages[1]!)).toBe(sanitizeStoredHtml(hostilePages[1]!));
    } finally {
      await sanitizer.close();
    }
  }, 60_000);

  it('sanitizes in the core when no worker can start', async () => {
    const sanitizer = new StoredHtmlSanitizer({ workerUrl: new URL('./no-such-worker.ts', import.meta.url) });
    try {
      for (const page of hostilePages) expect(await sanitizer.sanitize(page)).toBe(sanitizeStoredHtml(page));
      expect(sanitizer.sanitizedHere).toBe(hostilePages.length);
    } finally {
      await sanitizer.close();
    }
  }, 30_000);
});

describe('staging a backup with its pages sanitized in a worker', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let genuine: Record<string, Uint8Array>;
  let htmlPath: string;
  let articleId: string;
  let runs = 0;

  beforeAll(async () => {
    work = await tempDir();
    ({ files: genuine, articleId } = await oneArticleBackup(work.dir));
    htmlPath = Object.keys(genuine).find((path) => /\/versions\/[a-f0-9]{20}\.html$/.test(path))!;
  });
  afterAll(() => work.cleanup());

  /** Stages `files` listed as `listed` (by default truthfully), every page through the worker. */
  async function stage(files: Record<string, Uint8Array>, listed = files) {
    const manifest = backupManifest(
      Object.entries(listed).map(([path, bytes]) => ({
        path,
        bytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      })),
    );
    const zip = await SafeZip.fromBytes(zipSync({ ...files, 'manifest.json': manifest }));
    const dir = join(work.dir, `staged-${++runs}`);
    try {
      return { dir, staged: await stageBackup(zip, dir, { workerFromArticles: 0 }) };
    } finally {
      await zip.close();
    }
  }

  it('stages a hostile page sanitized exactly as a save would', async () => {
    const hostile = hostilePages.join('');
    const { dir, staged } = await stage({ ...genuine, [htmlPath]: strToU8(hostile) });
    const articles = [];
    for await (const article of staged.articles) articles.push(article?.id);
    expect(articles).toEqual([articleId]);
    expect(await readFile(join(dir, htmlPath), 'utf8')).toBe(sanitizeStoredHtml(hostile));
  }, 30_000);

  it('still refuses a backup whose page does not match its manifest', async () => {
    const tampered = { ...genuine, [htmlPath]: strToU8('<p>Not what was backed up.</p>') };
    const lied = { ...tampered, [htmlPath]: strToU8('<p>What was backed up, said.</p>') };
    await expect(stage(tampered, lied)).rejects.toThrow(
      `The backup is damaged: ${htmlPath} does not match its checksum.`,
    );
  });
});
