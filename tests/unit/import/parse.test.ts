import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseExport } from '../../../electron/core/transfer/import/parse.ts';
import type { ImportItem } from '../../../electron/core/transfer/import/types.ts';
import { fixtureBytes, zipFolder } from './support.ts';

const byUrl = (items: ImportItem[], url: string) => {
  const item = items.find((candidate) => candidate.url.startsWith(url));
  if (!item) throw new Error(`no item for ${url}`);
  return item;
};

const carried = async (item: ImportItem) =>
  typeof item.html === 'function' ? new TextDecoder().decode((await item.html()) ?? undefined) : item.html;

describe('detecting an export by its content', () => {
  it('recognises every format whatever the file is called', async () => {
    const cases: [Uint8Array, string][] = [
      [zipFolder('pocket'), 'pocket'],
      [fixtureBytes('pocket.csv'), 'pocket'],
      [fixtureBytes('ril_export.html'), 'pocket-html'],
      [fixtureBytes('instapaper.csv'), 'instapaper'],
      [fixtureBytes('instapaper-old.csv'), 'instapaper'],
      [zipFolder('omnivore'), 'omnivore'],
      [fixtureBytes('wallabag.json'), 'wallabag'],
      [fixtureBytes('readwise-reader.csv'), 'readwise'],
      [fixtureBytes('bookmarks.html'), 'bookmarks'],
      [fixtureBytes('../feeds/subscriptions.opml'), 'opml'],
    ];
    for (const [bytes, format] of cases) expect((await parseExport(bytes)).format).toBe(format);
  });

  it('names what a file looks like when it is none of the formats', async () => {
    await expect(parseExport(strToU8('<html><body><p>Just a page</p></body></html>'))).rejects.toThrow(
      /looks like an HTML page.*Annals reads exports of Pocket/,
    );
    await expect(parseExport(strToU8('name,email\nAda,ada@example.com\n'))).rejects.toThrow(
      /CSV file with the columns name, email/,
    );
    await expect(parseExport(strToU8('Highlight,Book Title,Book Author\nx,y,z\n'))).rejects.toThrow(
      /Readwise highlights export/,
    );
    await expect(parseExport(strToU8('{"hello": "world"}'))).rejects.toThrow(/neither a Wallabag export/);
    await expect(parseExport(zipSync({ 'photos/cat.jpg': strToU8('x') }))).rejects.toThrow(
      /neither a Pocket export.*nor an Omnivore export.*photos\/cat\.jpg/,
    );
  });

  it('refuses a file given as one service when it is another', async () => {
    await expect(parseExport(fixtureBytes('instapaper.csv'), { from: 'pocket' })).rejects.toThrow(
      /said to come from Pocket, but it looks like an export of Instapaper/,
    );
    expect((await parseExport(fixtureBytes('ril_export.html'), { from: 'pocket' })).format).toBe('pocket-html');
  });
});

describe('Pocket', () => {
  it('reads every part of the zip, by header name, with multi-line titles, Unicode and highlights', async () => {
    const parsed = await parseExport(zipFolder('pocket'));
    expect(parsed.description).toBe('Pocket export (zip of 2 CSV files and highlights)');
    const urls = parsed.items.map((item) => item.url);
    expect(urls).toHaveLength(6);
    const talks = byUrl(parsed.items, 'https://news.example/harbour-talks?utm');
    expect(talks.tags).toEqual(['politics', 'port city']);
    expect(talks.savedAt).toBe('2023-07-06T07:31:35.000Z');
    expect(talks.archived).toBe(false);
    expect(talks.highlights.map((h) => h.quote)).toEqual([
      'negotiators returned to the table',
      'a quote that is nowhere in the article',
    ]);
    expect(talks.highlights[0]!.created).toBe('2023-07-07T03:20:00.000Z');
    const essay = byUrl(parsed.items, 'https://essays.example/slow-journalism');
    expect(essay.title).toBe('Notes on "slow" journalism: a reader\'s guide');
    expect(essay.archived).toBe(true);
    expect(essay.tags).toEqual([]);
    expect(byUrl(parsed.items, 'https://reise.example/').tags).toEqual(['reisen', 'Kaffee & Kuchen']);
    expect(byUrl(parsed.items, 'https://reise.example/').title).toBe('Café culture in Zürich — ein Überblick');
    // A cell that looks like a spreadsheet formula is a title like any other: kept as its characters.
    expect(byUrl(parsed.items, 'https://spreadsheets.example/').title).toBe(
      '=HYPERLINK("https://evil.example","Click me")',
    );
  });

  it('reports malformed rows and links that are not web pages, with their row numbers', async () => {
    const { skipped } = await parseExport(zipFolder('pocket'));
    expect(skipped).toEqual([
      expect.objectContaining({ where: 'part_000000.csv, row 6', reason: expect.stringMatching(/malformed/) }),
      expect.objectContaining({
        where: 'part_000001.csv, row 4',
        reason: expect.stringMatching(/javascript: link/),
        url: 'javascript:alert(1)',
      }),
    ]);
  });

  it('reads the older HTML export: sections give the archived state, tags are comma-separated', async () => {
    const parsed = await parseExport(fixtureBytes('ril_export.html'));
    expect(parsed.items.map((item) => [item.title, item.archived, item.tags])).toEqual([
      ['Harbour talks resume', false, ['politics', 'port city']],
      ['Résumé tips & tricks', false, []],
      ['Notes on slow journalism', true, ['essays']],
    ]);
    expect(parsed.items[0]!.savedAt).toBe('2023-07-06T07:31:35.000Z');
  });
});

describe('Instapaper', () => {
  it('maps folders to states, custom folders and JSON tags to tags, selections to highlights', async () => {
    const parsed = await parseExport(fixtureBytes('instapaper.csv'));
    expect(parsed.description).toBe('Instapaper export (CSV)');
    const rows = parsed.items.map((item) => ({
      title: item.title,
      archived: item.archived,
      favorite: item.favorite,
      tags: item.tags,
    }));
    expect(rows).toEqual([
      { title: 'Harbour talks resume', archived: false, favorite: false, tags: ['politics', 'port city'] },
      { title: 'Notes on slow journalism', archived: true, favorite: false, tags: [] },
      { title: 'How tides work, explained', archived: false, favorite: true, tags: ['science'] },
      { title: 'Sourdough for beginners', archived: false, favorite: false, tags: ['Recipes'] },
    ]);
    expect(parsed.items[0]!.highlights.map((h) => h.quote)).toEqual(['negotiators returned to the table']);
    expect(parsed.items[2]!.savedAt).toBe('2023-08-02T18:13:20.000Z');
  });

  it('reads the older columns without dates or tags', async () => {
    const parsed = await parseExport(fixtureBytes('instapaper-old.csv'));
    expect(parsed.description).toBe('Instapaper export (CSV, older columns)');
    expect(parsed.items.map((item) => [item.archived, item.favorite, item.savedAt])).toEqual([
      [false, false, null],
      [true, false, null],
      [false, true, null],
    ]);
  });
});

describe('Omnivore', () => {
  it('takes metadata, stored HTML and highlight files with labels and notes', async () => {
    const parsed = await parseExport(zipFolder('omnivore'));
    expect(parsed.items).toHaveLength(3);
    const talks = parsed.items[0]!;
    expect(talks.archived).toBe(true);
    expect(talks.tags).toEqual(['politics', 'Port City']);
    expect(talks.savedAt).toBe('2023-07-06T07:31:35.000Z');
    // Stored text is read from the zip when the article is stored, not while the file is previewed.
    expect(typeof talks.html).toBe('function');
    expect(await carried(talks)).toContain('negotiators returned to the table');
    expect(talks.highlights).toEqual([
      {
        quote: 'negotiators returned to the table on Monday morning',
        note: 'The key sentence of the piece.',
        tags: ['talks', 'port'],
        created: null,
      },
      { quote: 'Both sides described the first session as "long but useful".', note: '', tags: [], created: null },
      { quote: 'a sentence Omnivore kept that the article no longer has', note: '', tags: [], created: null },
    ]);
    expect(await carried(parsed.items[1]!)).toContain('Limmat');
    expect(parsed.items[2]!.html).toBeNull();
    expect(parsed.items[2]!.archived).toBe(false);
  });
});

describe('Wallabag', () => {
  it('keeps content, flags, dates with their offsets, tags and annotations', async () => {
    const parsed = await parseExport(fixtureBytes('wallabag.json'));
    const [talks, tiny] = parsed.items;
    expect(talks!.archived).toBe(true);
    expect(talks!.favorite).toBe(false);
    expect(talks!.savedAt).toBe('2016-09-08T09:55:58.000Z');
    expect(talks!.tags).toEqual(['politics', 'wallabag import']);
    expect(talks!.highlights.map((h) => [h.quote, h.note])).toEqual([
      ['neither side would speak to the other', 'Why did it take a week?'],
      ['words that were edited out later', ''],
    ]);
    expect(talks!.notes).toEqual(['A note on the whole article']);
    expect(tiny!.favorite).toBe(true);
    expect(tiny!.savedAt).toBe('2020-03-01T04:59:59.000Z');
    expect(parsed.skipped).toEqual([expect.objectContaining({ where: 'entry 3', reason: 'it has no address' })]);
  });
});

describe('Readwise Reader', () => {
  it('skips feed rows, maps locations, reads Python-style tag lists', async () => {
    const parsed = await parseExport(fixtureBytes('readwise-reader.csv'));
    expect(parsed.items.map((item) => [item.title, item.archived, item.tags, item.savedAt])).toEqual([
      ['Harbour talks resume', false, ['politics', 'port city'], '2023-07-06T07:31:35.000Z'],
      ['Notes on slow journalism', true, [], '2023-07-22T04:26:40.000Z'],
      ['Ünïcödé title', false, ["it's"], '2023-08-02T10:00:00.000Z'],
    ]);
    expect(parsed.skipped).toEqual([
      expect.objectContaining({ where: 'the CSV file, row 4', reason: expect.stringMatching(/feed item/) }),
    ]);
  });
});

describe('Netscape bookmarks', () => {
  it('keeps the folder path as a tag and drops javascript: and data: links', async () => {
    const parsed = await parseExport(fixtureBytes('bookmarks.html'));
    expect(parsed.items.map((item) => [item.title, item.tags, item.savedAt])).toEqual([
      ['Harbour talks resume', ['politics'], '2023-07-06T07:31:35.000Z'],
      ['Council meets on Tuesday', ['News/Local'], '2023-07-22T04:26:40.000Z'],
      ['Summit ends without a deal', ['News'], '2023-08-02T18:13:20.000Z'],
      ['Unsorted & loose', [], '2023-08-14T08:00:00.000Z'],
    ]);
    expect(parsed.items[0]!.notes).toEqual(['Where the port talks stand']);
    expect(parsed.skipped.map((row) => row.reason)).toEqual([
      expect.stringMatching(/javascript: link/),
      expect.stringMatching(/data: link/),
    ]);
  });
});

describe('hostile files', () => {
  it('stops reading at the row cap and says so', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `Row ${i},https://many.example/${i},1600000000,,unread`);
    const csv = strToU8(`title,url,time_added,tags,status\n${rows.join('\n')}\n`);
    const parsed = await parseExport(csv, { limits: { maxRows: 20 } });
    expect(parsed.items).toHaveLength(20);
    expect(parsed.skipped).toEqual([
      expect.objectContaining({
        where: 'the CSV file, row 22',
        reason: expect.stringMatching(/more than 20 articles/),
      }),
    ]);
  });

  it('skips zip entries that would land outside the library and reads the rest', async () => {
    const csv = strToU8('title,url,time_added,tags,status\nSafe,https://safe.example/,1600000000,,unread\n');
    const archive = zipSync({
      'part_000000.csv': csv,
      '../../part_000001.csv': csv,
      '/etc/part_000002.csv': csv,
      'link/part_000003.csv': [strToU8('/etc/passwd'), { os: 3, attrs: (0o120777 << 16) >>> 0 }],
    });
    const parsed = await parseExport(archive);
    expect(parsed.items.map((item) => item.url)).toEqual(['https://safe.example/']);
    expect(parsed.skipped.map((row) => row.reason)).toEqual([
      expect.stringMatching(/leaves the archive/),
      expect.stringMatching(/leaves the archive/),
      expect.stringMatching(/symbolic link/),
    ]);
  });

  it('refuses a zip bomb while inflating it', async () => {
    const archive = zipSync({ 'part_000000.csv': new Uint8Array(30 * 1024 * 1024) });
    await expect(
      parseExport(archive, {
        zipLimits: { maxEntries: 10, maxEntryBytes: 1024 * 1024, maxTotalBytes: 2 * 1024 * 1024, maxRatio: 100 },
      }),
    ).rejects.toThrow(/inflates to more than Annals accepts/);
  });
});
