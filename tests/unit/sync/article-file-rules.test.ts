import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeArticleRecords } from '../../../electron/core/library/article-file-rules.ts';
import { type ArticleRecord, emptyRecord } from '../../../electron/core/library/article-record.ts';
import { libraryConflictRules } from '../../../electron/core/library-file-rules.ts';
import { formatStamp } from '../../../electron/core/sync/clock.ts';
import { mergeConflictCopies } from '../../../electron/core/sync/conflict-merge.ts';
import { KEEP_ORIGINAL, type MergeRule } from '../../../electron/core/sync/conflict-rules.ts';
import { legacyArticle } from '../helpers/library.ts';
import { libraryFolders } from './support/library-folders.ts';

// The rules every kind of file in a library settles a sync tool's conflict copy by. Each must be the
// same whichever side runs it, so two computers settling one pair write the same bytes.

const folder = libraryFolders();
const rules = libraryConflictRules();
const at = (ms: number, device = 'laptop1') => formatStamp(ms, 0, device);
const COPY = '.sync-conflict-20261202-101500-ABCDEF1';

async function settle(files: Record<string, string>) {
  const dir = await folder();
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  const settled = await mergeConflictCopies(dir, rules, { now: () => new Date('2026-12-02T10:15:00Z') });
  const read = (path: string) => readFile(join(dir, path), 'utf8');
  return { dir, settled, read };
}

const withCopy = (path: string) => path.replace(/(\.[a-z]+)$/, `${COPY}$1`);

function record(edit: (record: ArticleRecord) => void): ArticleRecord {
  const made = emptyRecord('article1', 'laptop1');
  edit(made);
  return made;
}

describe('two copies of one device’s record of an article', () => {
  const a = record((r) => {
    r.fields.state = { value: 'archived', at: at(5) };
    r.tags.climate = { on: true, at: at(2), name: 'climate' };
    r.note = {
      at: at(3),
      value: { id: 'note0001', text: 'first', color: 'yellow', tags: [], created: '2026-01-01' },
      supersedes: [],
    };
    r.versionsRemoved.aaaaaaaaaaaaaaaaaaaa = at(1);
  });
  const b = record((r) => {
    r.fields.state = { value: 'read', at: at(4) };
    r.fields.favorite = { value: true, at: at(6) };
    r.tags.climate = { on: false, at: at(7), name: 'climate' };
    r.tags.flood = { on: true, at: at(1), name: 'flood' };
    r.note = {
      at: at(8),
      value: { id: 'note0001', text: 'second', color: 'yellow', tags: [], created: '2026-01-01' },
      supersedes: [at(3)],
    };
    r.annotations.hilite01 = { fields: { color: { value: 'green', at: at(9) } }, deleted: { value: true, at: at(10) } };
  });

  it('merge value by value, the value set last winning, in either order', () => {
    const merged = mergeArticleRecords(a, b);
    expect(mergeArticleRecords(b, a)).toEqual(merged);
    expect(merged.fields.state?.value).toBe('archived');
    expect(merged.fields.favorite?.value).toBe(true);
    expect(merged.tags).toEqual({ climate: b.tags.climate, flood: b.tags.flood });
    expect(merged.note?.value.text).toBe('second');
    expect(merged.annotations.hilite01?.deleted?.value).toBe(true);
    expect(Object.keys(merged.versionsRemoved)).toEqual(['aaaaaaaaaaaaaaaaaaaa']);
  });

  it('are settled in the library: the copy merged into the record and removed', async () => {
    const path = 'articles/article1/records/laptop1.json';
    const { dir, settled, read } = await settle({ [path]: JSON.stringify(a), [withCopy(path)]: JSON.stringify(b) });
    expect(settled).toMatchObject([{ kind: 'article-records', outcome: 'merged' }]);
    expect(JSON.parse(await read(path))).toEqual(mergeArticleRecords(a, b));
    expect(await readdir(join(dir, 'articles/article1/records'))).toEqual(['laptop1.json']);
  });

  it('keep a damaged copy aside whole rather than half merged', async () => {
    const path = 'articles/article1/records/laptop1.json';
    const { settled, read } = await settle({ [path]: JSON.stringify(a), [withCopy(path)]: '{"format": 2, "arti' });
    expect(settled).toMatchObject([{ outcome: 'quarantined' }]);
    expect(JSON.parse(await read(path))).toEqual(a);
  });
});

describe('copies of an article’s version files', () => {
  const text = 'The one text both computers saved.';
  const vid = createHash('sha256').update(text).digest('hex').slice(0, 20);
  const meta = (savedAt: string, device: string) =>
    JSON.stringify({
      versionId: vid,
      savedAt,
      title: 'T',
      byline: null,
      siteName: null,
      excerpt: '',
      publishedAt: null,
      url: 'https://x.example/',
      canonicalUrl: null,
      sourceUrl: null,
      lang: 'en',
      leadImage: null,
      wordCount: 6,
      readingMinutes: 1,
      assets: [],
      source: 'save',
      device,
    });

  it('keep the first save’s description of one text, whichever side holds it', async () => {
    const path = `articles/article1/versions/${vid}.json`;
    const first = meta('2026-12-02T09:00:00.000Z', 'desktop1');
    const later = meta('2026-12-02T09:05:00.000Z', 'laptop1');
    for (const [original, copy] of [
      [later, first],
      [first, later],
    ] as const) {
      const { settled, read } = await settle({ [path]: original, [withCopy(path)]: copy });
      expect(settled[0]).toMatchObject({ kind: 'version-meta', outcome: 'merged' });
      expect(JSON.parse(await read(path))).toMatchObject({ device: 'desktop1' });
    }
  });

  it('check a text by its name, and keep the HTML both sides pick', async () => {
    const txt = `articles/article1/versions/${vid}.txt`;
    const html = `articles/article1/versions/${vid}.html`;
    const { settled, read } = await settle({
      [txt]: 'garbled',
      [withCopy(txt)]: text,
      [html]: '<p>b</p>',
      [withCopy(html)]: '<p>a</p>',
    });
    expect(settled.map((entry) => [entry.kind, entry.outcome]).sort()).toEqual([
      ['version-html', 'merged'],
      ['version-text', 'restored'],
    ]);
    expect(await read(txt)).toBe(text);
    expect(await read(html)).toBe('<p>a</p>');
  });
});

describe('copies of the files an older Annals wrote, and of device names', () => {
  it('union the highlights of annotations.json, the one changed last where both have it', async () => {
    const note = (id: string, text: string, modified: string) => ({
      id,
      articleId: 'article1',
      kind: 'highlight',
      anchor: null,
      orphaned: false,
      color: 'yellow',
      note: text,
      tags: [],
      created: '2026-01-01T00:00:00.000Z',
      modified,
    });
    const path = 'articles/article1/annotations.json';
    const { read } = await settle({
      [path]: JSON.stringify({
        schema: 1,
        annotations: [note('hilite01', 'old', '2026-01-02'), note('hilite02', 'mine', '2026-01-02')],
      }),
      [withCopy(path)]: JSON.stringify({
        schema: 1,
        annotations: [note('hilite01', 'new', '2026-01-03'), note('hilite03', 'theirs', '2026-01-02')],
      }),
    });
    const merged = JSON.parse(await read(path)).annotations as { id: string; note: string }[];
    expect(merged.map((entry) => [entry.id, entry.note])).toEqual([
      ['hilite01', 'new'],
      ['hilite02', 'mine'],
      ['hilite03', 'theirs'],
    ]);
  });

  it('keep a format-1 text aside when its article cannot be read, and the device’s own name file', async () => {
    const { dir, settled, read } = await settle({
      'articles/article1/text.txt': 'one text',
      [withCopy('articles/article1/text.txt')]: 'another text',
      'devices/laptop1.json': '{"id":"laptop1","name":"Laptop"}',
      [withCopy('devices/laptop1.json')]: '{"id":"laptop1","name":"Old name"}',
    });
    expect(settled.map((entry) => [entry.kind, entry.outcome]).sort()).toEqual([
      ['device-name', 'merged'],
      ['legacy-text', 'quarantined'],
    ]);
    expect(await read('articles/article1/text.txt')).toBe('one text');
    expect(JSON.parse(await read('devices/laptop1.json')).name).toBe('Laptop');
    expect((await readdir(join(dir, 'corrupt'), { recursive: true })).join()).toMatch(/another|text/);
  });

  it('take the later article.json of two, in either order', () => {
    const rule = rules.ruleFor('articles/article1/article.json') as MergeRule;
    const article = (updatedAt: string, title: string) =>
      Buffer.from(JSON.stringify(legacyArticle({ id: 'article1', updatedAt, title })));
    const older = article('2026-01-02T00:00:00.000Z', 'older');
    const newer = article('2026-01-03T00:00:00.000Z', 'newer');
    expect(rule.merge(newer, older, 'articles/article1/article.json')).toBe(KEEP_ORIGINAL);
    const merged = rule.merge(older, newer, 'articles/article1/article.json') as Uint8Array;
    expect(JSON.parse(Buffer.from(merged).toString('utf8')).title).toBe('newer');
  });
});
