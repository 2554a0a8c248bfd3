import { describe, expect, it } from 'vitest';
import type { Article } from '../../../electron/contract/index.ts';
import { ArticleRecord, emptyRecord } from '../../../electron/core/library/article-record.ts';
import { type BaseLayer, type MergeInput, mergeArticle } from '../../../electron/core/library/merge-article.ts';
import type { VersionMeta } from '../../../electron/core/library/version-meta.ts';
import { formatStamp } from '../../../electron/core/sync/clock.ts';
import { legacyArticle as formatOneArticle } from '../helpers/library.ts';

/** Every order of a list (merging must not depend on the order records are read in). */
function orders<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    orders([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

const at = (ms: number, device: string) => formatStamp(1_764_672_000_000 + ms, 0, device);
const id = 'article1';

function record(device: string, edit: (record: ArticleRecord) => void): ArticleRecord {
  const made = emptyRecord(id, device);
  edit(made);
  return made;
}

function version(versionId: string, savedAt: string, title: string): VersionMeta {
  return {
    versionId,
    savedAt,
    title,
    byline: null,
    siteName: 'Example',
    excerpt: '',
    publishedAt: null,
    url: 'https://news.example/a',
    canonicalUrl: null,
    sourceUrl: 'https://news.example/a',
    lang: 'en',
    leadImage: null,
    wordCount: 100,
    readingMinutes: 1,
    assets: [],
    source: 'save',
    device: 'laptop1',
  };
}

const v1 = version('a'.repeat(20), '2025-05-01T00:00:00.000Z', 'First text');
const v2 = version('b'.repeat(20), '2025-05-02T00:00:00.000Z', 'Second text');

/** The merge of `records` in every order: all the same, answered once. */
function mergedEveryOrder(records: ArticleRecord[], rest: Partial<MergeInput> = {}) {
  const results = orders(records).map((ordered) =>
    mergeArticle({ id, base: null, legacyVersionId: null, versions: [v1, v2], ...rest, records: ordered }),
  );
  for (const result of results) expect(result).toEqual(results[0]);
  return results[0]!;
}

const legacyArticle: Article = formatOneArticle({
  id,
  url: 'https://news.example/a',
  sourceUrl: 'https://news.example/a',
  title: 'As saved by format 1',
  updatedAt: '2024-02-01T00:00:00.000Z',
  state: 'read',
  favorite: true,
  tags: ['Climate', 'long reads'],
  wordCount: 10,
  progress: 0.5,
  annotationCount: 1,
});

describe('merging an article’s records', () => {
  it('takes each field from the device that set it last, whatever order the records are read in', () => {
    const laptop = record('laptop1', (r) => {
      r.fields.state = { value: 'archived', at: at(10, 'laptop1') };
      r.fields.favorite = { value: false, at: at(30, 'laptop1') };
    });
    const desktop = record('desktop1', (r) => {
      r.fields.state = { value: 'read', at: at(5, 'desktop1') };
      r.fields.favorite = { value: true, at: at(20, 'desktop1') };
      r.fields.progress = { value: 0.4, at: at(1, 'desktop1') };
    });
    const { article } = mergedEveryOrder([laptop, desktop])!;
    expect(article).toMatchObject({ state: 'archived', favorite: false, progress: 0.4 });
  });

  it('keeps a tag added on one device and another added on the other; a removal wins only when later', () => {
    const laptop = record('laptop1', (r) => {
      r.tags.climate = { on: true, at: at(1, 'laptop1'), name: 'Climate' };
      r.tags.energy = { on: false, at: at(9, 'laptop1'), name: 'energy' };
    });
    const desktop = record('desktop1', (r) => {
      r.tags.floods = { on: true, at: at(2, 'desktop1'), name: 'floods' };
      r.tags.energy = { on: true, at: at(3, 'desktop1'), name: 'energy' };
    });
    expect(mergedEveryOrder([laptop, desktop])!.article.tags).toEqual(['Climate', 'floods']);
  });

  it('keeps both texts of a note edited on two devices apart, marked, until the next edit replaces both', () => {
    const names = { laptop1: 'Laptop', desktop1: 'Desktop' };
    const base = { id: 'note00001', color: 'yellow' as const, tags: [], created: '2025-05-01T00:00:00.000Z' };
    const first = { at: at(1, 'laptop1'), value: { ...base, text: 'First thoughts' }, supersedes: [] };
    const laptop = record('laptop1', (r) => {
      r.note = { at: at(5, 'laptop1'), value: { ...base, text: 'Laptop edit' }, supersedes: [first.at] };
    });
    const desktop = record('desktop1', (r) => {
      r.note = { at: at(6, 'desktop1'), value: { ...base, text: 'Desktop edit' }, supersedes: [first.at] };
    });
    const both = mergedEveryOrder([laptop, desktop], { deviceNames: names })!;
    const note = both.annotations.find((annotation) => annotation.kind === 'note')!;
    expect(note.note).toContain('**Edited on Laptop:**\n\nLaptop edit');
    expect(note.note).toContain('**Edited on Desktop:**\n\nDesktop edit');

    const settled = record('laptop1', (r) => {
      r.note = {
        at: at(9, 'laptop1'),
        value: { ...base, text: 'One text again' },
        supersedes: [first.at, at(5, 'laptop1'), at(6, 'desktop1')],
      };
    });
    const after = mergedEveryOrder([settled, desktop], { deviceNames: names })!;
    expect(after.annotations.find((annotation) => annotation.kind === 'note')!.note).toBe('One text again');
  });

  it('unites highlights by id, each field from its latest change, a deletion likewise', () => {
    const anchor = { exact: 'words', prefix: '', suffix: '', start: 0, end: 5 };
    const made = {
      kind: 'highlight' as const,
      anchor,
      orphaned: false,
      color: 'yellow' as const,
      note: '',
      tags: [],
      created: '2025-05-01T00:00:00.000Z',
      versionId: v2.versionId,
    };
    const laptop = record('laptop1', (r) => {
      r.annotations.hl0000001 = { created: { value: made, at: at(1, 'laptop1') }, fields: {} };
      r.annotations.hl0000002 = { created: { value: made, at: at(2, 'laptop1') }, fields: {} };
      r.annotations.hl0000001!.fields.color = { value: 'green', at: at(8, 'laptop1') };
    });
    const desktop = record('desktop1', (r) => {
      r.annotations.hl0000001 = { fields: { note: { value: 'why', at: at(4, 'desktop1') } } };
      r.annotations.hl0000002 = { fields: {}, deleted: { value: true, at: at(5, 'desktop1') } };
      r.annotations.hl0000003 = { created: { value: made, at: at(3, 'desktop1') }, fields: {} };
    });
    const { annotations, article } = mergedEveryOrder([laptop, desktop])!;
    expect(annotations.map((annotation) => annotation.id)).toEqual(['hl0000001', 'hl0000003']);
    expect(annotations[0]).toMatchObject({ color: 'green', note: 'why', versionId: v2.versionId });
    expect(article.annotationCount).toBe(2);
  });

  it('keeps a deleted article when a highlight was made elsewhere that the deleting device had not seen', () => {
    const anchor = { exact: 'words', prefix: '', suffix: '', start: 0, end: 5 };
    const made = {
      kind: 'highlight' as const,
      anchor,
      orphaned: false,
      color: 'yellow' as const,
      note: '',
      tags: [],
      created: '2025-05-01T00:00:00.000Z',
      versionId: null,
    };
    const deleting = record('laptop1', (r) => {
      r.fields.deleted = { value: true, at: at(10, 'laptop1'), seen: {} };
    });
    const highlighting = record('desktop1', (r) => {
      r.annotations.hl0000001 = { created: { value: made, at: at(9, 'desktop1') }, fields: {} };
    });
    const kept = mergedEveryOrder([deleting, highlighting], { deviceNames: { desktop1: 'Desktop' } })!;
    expect(kept).toMatchObject({ deleted: false, keptBy: 'Desktop' });

    const seenIt = record('laptop1', (r) => {
      r.fields.deleted = { value: true, at: at(10, 'laptop1'), seen: { hl0000001: at(9, 'desktop1') } };
    });
    expect(mergedEveryOrder([seenIt, highlighting])!.deleted).toBe(true);
  });

  it('shows the version made current last, and an article whose current text has not arrived as arriving', () => {
    const laptop = record('laptop1', (r) => {
      r.fields.currentVersion = { value: v1.versionId, at: at(1, 'laptop1') };
    });
    const desktop = record('desktop1', (r) => {
      r.fields.currentVersion = { value: v2.versionId, at: at(2, 'desktop1') };
    });
    const merged = mergedEveryOrder([laptop, desktop])!;
    expect(merged).toMatchObject({ currentVersion: v2.versionId, arriving: false });
    expect(merged.article.title).toBe('Second text');
    expect(merged.versions.map((v) => v.versionId)).toEqual([v2.versionId, v1.versionId]);

    const arriving = mergedEveryOrder([laptop, desktop], { versions: [v1] })!;
    expect(arriving).toMatchObject({ currentVersion: v2.versionId, arriving: true });
    expect(arriving.article.title).toBe('First text');
  });

  it('leaves out a removed version and never shows it as current', () => {
    const laptop = record('laptop1', (r) => {
      r.fields.currentVersion = { value: v1.versionId, at: at(1, 'laptop1') };
    });
    const desktop = record('desktop1', (r) => {
      r.versionsRemoved[v1.versionId] = at(2, 'desktop1');
    });
    const merged = mergedEveryOrder([laptop, desktop])!;
    expect(merged.versions.map((v) => v.versionId)).toEqual([v2.versionId]);
    expect(merged.currentVersion).toBe(v2.versionId);
  });

  it('keeps a report apart that one device kept apart while another re-dated it, and merges it back by the later word', () => {
    const laptop = record('laptop1', (r) => {
      r.eventChoices.ev1 = { apart: { value: true, at: at(1, 'laptop1') } };
    });
    const desktop = record('desktop1', (r) => {
      r.events.ev1 = { date: { value: '2025-03-05', at: at(2, 'desktop1') } };
    });
    expect(mergedEveryOrder([laptop, desktop])!.eventEdits).toEqual({ ev1: { apart: true, date: '2025-03-05' } });
    const later = record('desktop1', (r) => {
      r.eventChoices.ev1 = { apart: { at: at(3, 'desktop1') } };
    });
    expect(mergedEveryOrder([laptop, later])!.eventEdits).toEqual({});
  });

  it('reads a record whose event choices name one this version does not know, and keeps the rest of it', () => {
    const newer = ArticleRecord.parse({
      ...record('laptop1', (r) => {
        r.tags.climate = { on: true, at: at(1, 'laptop1'), name: 'Climate' };
      }),
      eventChoices: {
        ev1: { apart: { value: true, at: at(1, 'laptop1') }, pinned: { value: 1, at: at(1, 'laptop1') } },
      },
    });
    const merged = mergedEveryOrder([newer])!;
    expect(merged.eventEdits).toEqual({ ev1: { apart: true } });
    expect(merged.article?.tags).toContain('Climate');
  });

  it('reads a record whose event edits name a field this version does not know, and keeps the rest of it', () => {
    const newer = ArticleRecord.parse({
      ...record('laptop1', (r) => {
        r.tags.climate = { on: true, at: at(1, 'laptop1'), name: 'Climate' };
      }),
      events: {
        ev1: { hidden: { value: true, at: at(1, 'laptop1') }, colour: { value: 'teal', at: at(1, 'laptop1') } },
      },
    });
    expect(newer.events.ev1?.colour?.value).toBe('teal');
    const merged = mergedEveryOrder([newer])!;
    expect(merged.eventEdits).toEqual({ ev1: { hidden: true } });
    expect(merged.article?.tags).toContain('Climate');
  });

  it('reads a format-1 article as it was, and lets any record change it', () => {
    const base: BaseLayer = {
      article: legacyArticle,
      annotations: [
        {
          id: 'note00001',
          articleId: id,
          kind: 'note',
          anchor: null,
          orphaned: false,
          color: 'yellow',
          note: 'Old note',
          tags: [],
          created: '2024-01-02T00:00:00.000Z',
          modified: '2024-01-03T00:00:00.000Z',
        },
      ],
      eventOverrides: { ev1: { hidden: true } },
      promoted: [],
    };
    const alone = mergeArticle({ id, base, legacyVersionId: null, records: [], versions: [] })!;
    expect(alone.article).toEqual({ ...legacyArticle, updatedAt: '2024-02-01T00:00:00.000Z' });
    expect(alone.annotations.map((annotation) => annotation.note)).toEqual(['Old note']);
    expect(alone.eventEdits).toEqual({ ev1: { hidden: true } });
    expect(alone.shownText).toEqual({ kind: 'base' });

    const laptop = record('laptop1', (r) => {
      r.fields.favorite = { value: false, at: at(1, 'laptop1') };
      r.tags.climate = { on: false, at: at(1, 'laptop1'), name: 'Climate' };
      r.events.ev1 = { hidden: { at: at(2, 'laptop1') } };
    });
    const changed = mergeArticle({ id, base, legacyVersionId: null, records: [laptop], versions: [] })!;
    expect(changed.article).toMatchObject({
      favorite: false,
      tags: ['long reads'],
      state: 'read',
      title: legacyArticle.title,
    });
    expect(changed.eventEdits).toEqual({});
  });
});
