import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annalsIn } from '../helpers/cli.ts';
import { tempDir } from '../helpers/library.ts';
import { fixtures, zipFolder } from '../import/support.ts';

const seedPage = fileURLToPath(new URL('../../fixtures/pages/seed-article.html', import.meta.url));

let library: string;
let work: string;
let cleanup: () => Promise<void>;
let server: Server;
let origin: string;

beforeEach(async () => {
  const temp = await tempDir();
  const files = await tempDir('annals-import-files-');
  library = temp.dir;
  work = files.dir;
  const seed = await readFile(seedPage, 'utf8');
  server = createServer((request, response) => {
    if (request.url === '/talks.html') response.writeHead(200, { 'Content-Type': 'text/html' }).end(seed);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  cleanup = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await temp.cleanup();
    await files.cleanup();
  };
});
afterEach(() => cleanup());

const annals = (...args: string[]) => annalsIn(args, { ANNALS_LIBRARY: library, ANNALS_ALLOW_PRIVATE_NETWORK: '1' });

describe('annals import', () => {
  it('imports a Pocket zip without fetching, as one JSON object, and changes nothing the second time', async () => {
    const file = join(work, 'export.zip');
    await writeFile(file, zipFolder('pocket'));
    const first = await annals('import', file, '--no-fetch', '--json');
    expect(first.code).toBe(0);
    const result = JSON.parse(first.stdout);
    expect(result).toMatchObject({ format: 'pocket', added: 5, skippedCount: 2, fetch: { pending: 5, done: 0 } });
    const second = JSON.parse((await annals('import', file, '--no-fetch', '--json')).stdout);
    expect(second).toMatchObject({ added: 0, updated: 0, unchanged: 5 });
    const listed = JSON.parse((await annals('list', '--json')).stdout) as { tags: string[]; url: string }[];
    expect(listed.find((row) => row.url.startsWith('https://news.example/harbour-talks'))?.tags).toEqual([
      'politics',
      'port city',
      'harbour',
    ]);
  });

  it('stores the text an Omnivore zip carries even with --no-fetch, its highlights anchored in it', async () => {
    const file = join(work, 'omnivore.zip');
    await writeFile(file, zipFolder('omnivore'));
    const run = await annals('import', file, '--no-fetch', '--json');
    expect(run.code).toBe(0);
    // The two articles whose text the zip carries are stored; the one it does not carry waits for the app.
    expect(JSON.parse(run.stdout)).toMatchObject({ format: 'omnivore', added: 3, fetch: { done: 2, pending: 1 } });
    const listed = JSON.parse((await annals('list', '--json')).stdout) as {
      id: string;
      title: string;
      wordCount: number;
    }[];
    const harbour = listed.find((row) => row.title.startsWith('Harbour talks resume'))!;
    expect(harbour.wordCount).toBeGreaterThan(30);
    expect((await annals('show', harbour.id, '--text')).stdout).toMatch(/negotiators returned to the table/);
    const annotations = JSON.parse((await annals('annotations', harbour.id, '--json')).stdout) as {
      exact: string;
      orphaned: boolean;
    }[];
    // Anchored in the stored text, but for the one whose words the article no longer has (kept, orphaned).
    const highlights = annotations.filter((annotation) => annotation.exact !== null);
    expect(highlights.filter((annotation) => !annotation.orphaned).map((annotation) => annotation.exact)).toEqual([
      'negotiators returned to the table on Monday morning',
      'Both sides described the first session as "long but useful".',
    ]);
    expect(highlights.filter((annotation) => annotation.orphaned).map((annotation) => annotation.exact)).toEqual([
      'a sentence Omnivore kept that the article no longer has',
    ]);
    expect(listed.find((row) => row.title === 'An article Omnivore never stored')?.wordCount).toBe(0);
  });

  it('stores the text a Wallabag export carries with --no-fetch, its annotations anchored', async () => {
    const run = await annals('import', join(fixtures, 'wallabag.json'), '--no-fetch');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Imported from Wallabag/);
    expect(run.stdout).toMatch(/\nStored the text of \d+ articles? the export carried\./);
    const listed = JSON.parse((await annals('list', '--json')).stdout) as { id: string; title: string }[];
    const harbour = listed.find((row) => row.title.startsWith('Harbour talks resume'))!;
    expect((await annals('show', harbour.id, '--text')).stdout).toMatch(/negotiators returned to the table/);
    const annotations = JSON.parse((await annals('annotations', harbour.id, '--json')).stdout) as {
      exact: string | null;
      orphaned: boolean;
    }[];
    const anchored = annotations.filter((annotation) => annotation.exact !== null && !annotation.orphaned);
    expect(anchored.map((annotation) => annotation.exact)).toEqual(['neither side would speak to the other']);
    expect(annotations.filter((annotation) => annotation.orphaned).map((annotation) => annotation.exact)).toEqual([
      'words that were edited out later',
    ]);
  });

  it('fetches the text before exiting, with progress on stderr, and lists what failed', async () => {
    const file = join(work, 'instapaper export.csv');
    await writeFile(
      file,
      `URL,Title,Selection,Folder,Timestamp,Tags\n${origin}/talks.html,Talks,,Unread,1688628695,"[""world""]"\n${origin}/gone.html,Gone,,Archive,1688628695,[]\n`,
    );
    const run = await annals('import', file);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Imported from Instapaper export \(CSV\): 2 new, 0 updated, 0 already here/);
    expect(run.stdout).toMatch(/Fetched 1 articles\./);
    expect(run.stdout).toMatch(new RegExp(`1 could not be fetched.*\\n  ${origin}/gone.html: .*404`));
    expect(run.stderr).toMatch(/Fetching imported articles: 2\/2/);
    const listed = JSON.parse((await annals('list', '--json')).stdout) as { title: string; tags: string[] }[];
    expect(listed.find((row) => row.tags.includes('world'))?.title).toMatch(/^Kremlin Confirms/);
  });

  it('names the problem: a wrong --from, an unknown file, a file of no known format', async () => {
    const wrongFrom = await annals('import', join(fixtures, 'instapaper.csv'), '--from', 'wallabag');
    expect(wrongFrom.code).toBe(1);
    expect(wrongFrom.stderr).toMatch(/said to come from Wallabag, but it looks like an export of Instapaper/);
    const badFrom = await annals('import', join(fixtures, 'instapaper.csv'), '--from', 'delicious');
    expect(badFrom.code).toBe(2);
    expect(badFrom.stderr).toMatch(/--from must be one of pocket, instapaper/);
    const text = join(work, 'notes.txt');
    await writeFile(text, 'just some notes\n');
    const unknown = await annals('import', text);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/looks like plain text\. Annals reads exports of Pocket/);
  });
});
