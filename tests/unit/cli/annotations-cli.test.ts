import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annalsIn } from '../helpers/cli.ts';
import { tempDir } from '../helpers/library.ts';

const seed = fileURLToPath(new URL('../../fixtures/pages/seed-article.html', import.meta.url));

let library: string;
let out: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  const temp = await tempDir();
  const exports = await tempDir('annals-export-');
  library = temp.dir;
  out = exports.dir;
  cleanup = async () => {
    await temp.cleanup();
    await exports.cleanup();
  };
});
afterEach(() => cleanup());

const annals = (...args: string[]) => annalsIn(args, { ANNALS_LIBRARY: library });

describe('tags, highlights and exports from the command line', () => {
  it('tags, highlights by quote, lists annotations with offsets into the text, and exports them', async () => {
    const { id } = JSON.parse((await annals('add', seed, '--json')).stdout);
    expect(JSON.parse((await annals('tag', id, 'russia', 'peace talks', '--json')).stdout)).toEqual({
      id,
      tags: ['russia', 'peace talks'],
    });
    expect(JSON.parse((await annals('tag', id, 'russia', '--remove', '--json')).stdout).tags).toEqual(['peace talks']);

    const quote = 'Kremlin confirmed that president Vladimir Putin';
    const made = await annals(
      'highlight',
      id,
      '--quote',
      quote,
      '--note',
      'The *key* line',
      '--color',
      'green',
      '--json',
    );
    expect(made.code).toBe(0);
    const highlight = JSON.parse(made.stdout);
    const text = (await annals('show', id, '--text')).stdout;
    expect(text.slice(highlight.start, highlight.end)).toBe(quote);
    expect(highlight).toMatchObject({
      articleId: id,
      exact: quote,
      color: 'green',
      note: 'The *key* line',
      orphaned: false,
    });

    const listed = JSON.parse((await annals('annotations', id, '--json')).stdout);
    expect(listed).toHaveLength(1);
    for (const key of [
      'id',
      'articleId',
      'exact',
      'prefix',
      'suffix',
      'start',
      'end',
      'orphaned',
      'note',
      'color',
      'tags',
      'created',
      'modified',
    ]) {
      expect(listed[0]).toHaveProperty(key);
    }
    expect(JSON.parse((await annals('annotations', '--json')).stdout)).toHaveLength(1);

    const md = await annals('export', 'annotations', '--format', 'md', '--out', join(out, 'notes'));
    expect(md.code).toBe(0);
    const [file] = await readdir(join(out, 'notes'));
    const markdown = await readFile(join(out, 'notes', file!), 'utf8');
    expect(markdown).toMatch(/^---\n/);
    expect(markdown).toContain(`> ${quote}`);

    expect((await annals('export', 'annotations', '--format', 'csv', '--out', join(out, 'h.csv'))).code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(await readFile(join(out, 'h.csv'), 'utf8'), { header: true }).data;
    expect(rows[0]).toMatchObject({ Highlight: quote });

    expect(
      (
        await annals(
          'export',
          'annotations',
          '--format',
          'jsonld',
          '--tag',
          'peace talks',
          '--out',
          join(out, 'a.jsonld'),
        )
      ).code,
    ).toBe(0);
    const collection = JSON.parse(await readFile(join(out, 'a.jsonld'), 'utf8'));
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  });

  it('searches the library, best first, as one JSON array', async () => {
    const { id } = JSON.parse((await annals('add', seed, '--json')).stdout);
    const found = JSON.parse((await annals('search', 'Peskov', 'kremlin', '--limit', '5', '--json')).stdout);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id, site: 'World Desk Daily' });
    expect(Object.keys(found[0]).sort()).toEqual(['id', 'score', 'site', 'snippet', 'title']);
    expect(found[0].snippet).toMatch(/Peskov/);
    expect(JSON.parse((await annals('search', 'nothing-like-this', '--json')).stdout)).toEqual([]);
    const bad = await annals('search', 'is:sideways');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/is:sideways is not something an article can be/);
  });

  it('fails with one clear line when the quote is not in the article', async () => {
    const { id } = JSON.parse((await annals('add', seed, '--json')).stdout);
    const missing = await annals('highlight', id, '--quote', 'words that never appear anywhere in it');
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/is not in the article/);
    expect((await annals('highlight', id, '--quote', 'Kremlin', '--color', 'teal')).stderr).toMatch(
      /--color must be one of/,
    );
  });
});
