import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatStamp } from '../../../electron/core/sync/clock.ts';
import { mergeConflictCopy } from '../../../electron/core/sync/record-file.ts';
import { type FoundGroup, resolveStories } from '../../../electron/core/timeline/stories/story-groups.ts';
import {
  legacyStoriesKind,
  mergeDecisions,
  type StoriesRecord,
  storiesRecordKind,
} from '../../../electron/core/timeline/stories/story-records.ts';
import { StoryStore } from '../../../electron/core/timeline/story-store.ts';
import { damages } from '../helpers/damage.ts';
import { libraryFolders } from './support/library-folders.ts';
import { orders } from './support/orders.ts';

const library = libraryFolders();

// Eight articles of two developing stories, published a day apart: a flood (a…) and a strike (s…).
const published: Record<string, string> = {
  aaaaaa01: '2026-05-01T08:00:00Z',
  aaaaaa02: '2026-05-02T08:00:00Z',
  aaaaaa03: '2026-05-03T08:00:00Z',
  aaaaaa04: '2026-05-04T08:00:00Z',
  ssssss01: '2026-05-01T09:00:00Z',
  ssssss02: '2026-05-02T09:00:00Z',
  ssssss03: '2026-05-03T09:00:00Z',
  ssssss04: '2026-05-04T09:00:00Z',
};
const datesOf = (id: string) => (published[id] ? { date: published[id]! } : undefined);
const flood = ['aaaaaa01', 'aaaaaa02', 'aaaaaa03', 'aaaaaa04'];
const strike = ['ssssss01', 'ssssss02', 'ssssss03', 'ssssss04'];
const at = (ms: number, device: string) => formatStamp(ms, 0, device);
const record = (device: string, decisions: Partial<StoriesRecord>): StoriesRecord => ({
  format: 2,
  kind: 'stories',
  device,
  names: {},
  placements: {},
  visits: {},
  ...decisions,
});

/** The stories of decisions over found groups, as [id, name, articles]. */
function stories(found: FoundGroup[], records: StoriesRecord[]) {
  const { names, placements } = mergeDecisions(records);
  return resolveStories(
    found,
    new Map(Object.entries(placements).map(([id, written]) => [id, written.value])),
    new Map(Object.entries(names)),
    datesOf,
  ).map((story) => [story.id, story.name, story.articleIds]);
}

describe('stories from what each device found and every device decided', () => {
  it('are known by their earliest article, so the same grouping has the same id on every device', () => {
    // Two devices found the same groups, the articles arriving in other orders.
    const laptop = stories([{ articles: [...flood] }, { articles: [...strike] }], []);
    const desktop = stories(
      [{ articles: [...strike].reverse() }, { articles: [flood[2]!, flood[0]!, flood[3]!, flood[1]!] }],
      [],
    );
    expect(laptop).toEqual(desktop);
    expect(laptop.map(([id]) => id)).toEqual(['story-aaaaaa01', 'story-ssssss01']);
  });

  it('give the same stories whatever order the records are read in', () => {
    const found = [{ articles: [...flood] }, { articles: [...strike] }];
    const laptop = record('laptop1', {
      names: { 'story-aaaaaa01': { value: 'The flood', at: at(1_000, 'laptop1') } },
      placements: { ssssss04: { value: 'aaaaaa01', at: at(1_500, 'laptop1') } },
    });
    const desktop = record('desktop1', {
      names: { 'story-aaaaaa01': { value: 'Kellbridge floods', at: at(2_000, 'desktop1') } },
      placements: { aaaaaa04: { value: 'aaaaaa04', at: at(1_200, 'desktop1') } },
      visits: { all: { value: '2026-05-05T00:00:00.000Z', at: at(1_200, 'desktop1') } },
    });
    const phone = record('phone01', {
      placements: { ssssss04: { value: 'ssssss01', at: at(1_800, 'phone01') } },
      names: { 'story-ssssss01': { value: 'Bus strike', at: at(900, 'phone01') } },
    });
    const results = orders([laptop, desktop, phone]).map((list) => stories(found, list));
    for (const result of results) expect(result).toEqual(results[0]);
    expect(results[0]).toEqual([
      // Renamed on two devices: the later name.
      ['story-aaaaaa01', 'Kellbridge floods', ['aaaaaa01', 'aaaaaa02', 'aaaaaa03']],
      // Moved out on its own by the desktop.
      ['story-aaaaaa04', null, ['aaaaaa04']],
      // Moved to the flood on the laptop, back to the strike later on the phone: the later placement.
      ['story-ssssss01', 'Bus strike', strike],
    ]);
    const merged = JSON.parse(
      mergeConflictCopy(
        storiesRecordKind,
        storiesRecordKind.serialize(laptop),
        storiesRecordKind.serialize({ ...phone, device: 'laptop1' }),
      )!,
    );
    expect(merged.placements.ssssss04.value).toBe('ssssss01');
  });

  it('keep a name with the story it was given to, not an article moved elsewhere', () => {
    const found = [{ articles: [...flood] }];
    // Named after its first article, which the reader then moved out: the name was kept under the next one.
    const result = stories(found, [
      record('laptop1', {
        names: {
          'story-aaaaaa01': { value: null, at: at(2_000, 'laptop1') },
          'story-aaaaaa02': { value: 'The flood', at: at(2_000, 'laptop1') },
        },
        placements: { aaaaaa01: { value: 'aaaaaa01', at: at(2_000, 'laptop1') } },
      }),
      record('desktop1', { names: { 'story-aaaaaa01': { value: 'Flood', at: at(1_000, 'desktop1') } } }),
    ]);
    expect(result).toEqual([
      ['story-aaaaaa01', null, ['aaaaaa01']],
      ['story-aaaaaa02', 'The flood', ['aaaaaa02', 'aaaaaa03', 'aaaaaa04']],
    ]);
  });

  it('let a story the reader made grow with articles Annals finds alike', () => {
    const found = [{ articles: [...flood] }, { articles: ['ssssss01'], with: 'aaaaaa04' }];
    const result = stories(found, [
      record('laptop1', { placements: { aaaaaa04: { value: 'aaaaaa04', at: at(1_000, 'laptop1') } } }),
    ]);
    expect(result).toEqual([
      ['story-aaaaaa01', null, ['aaaaaa01', 'aaaaaa02', 'aaaaaa03']],
      // An earlier article joined it: the story is known by that one now, on every device alike.
      ['story-ssssss01', null, ['ssssss01', 'aaaaaa04']],
    ]);
  });
});

describe('story names kept as records', () => {
  /** A device's story store as a fresh start of Annals reads it. */
  async function device(dir: string, id: string) {
    const messages: string[] = [];
    const store = new StoryStore(
      dir,
      id,
      () => new Date(),
      (message) => messages.push(message),
    );
    await store.load(datesOf);
    // What this device found itself, when it had not read a format-1 file: the two stories.
    if (store.foundGroups().length === 0)
      for (const group of [flood, strike])
        for (const [i, article] of group.entries()) store.placeFound(article, i === 0 ? null : group[0]!);
    const named = () =>
      Object.fromEntries(store.resolve(datesOf).flatMap((story) => (story.name ? [[story.id, story.name]] : [])));
    return Object.assign(store, { messages, named });
  }
  const legacy = {
    schema: 1,
    stories: [
      { id: 'story-aaaaaa01', title: 'Kellbridge floods', renamed: true, articleIds: flood },
      { id: 'story-9f3e2a1b7c4d', title: 'Bus strike', renamed: true, articleIds: strike },
    ],
    pinned: ['ssssss02'],
    visits: { 'story:story-9f3e2a1b7c4d': '2026-05-04T10:00:00.000Z', all: '2026-05-04T11:00:00.000Z' },
  };
  const text = `${JSON.stringify(legacy, null, 1)}\n`;

  it('open a format-1 stories.json as it was: groups, names, placed articles and visits under their new ids', async () => {
    const dir = await library();
    await writeFile(join(dir, 'stories.json'), text);
    const store = await device(dir, 'laptop1');
    expect(store.resolve(datesOf).map((story) => [story.id, story.name, story.articleIds])).toEqual([
      ['story-aaaaaa01', 'Kellbridge floods', flood],
      ['story-ssssss01', 'Bus strike', strike],
    ]);
    expect(Object.keys(store.decisions().placements)).toEqual(['ssssss02']);
    expect(store.decisions().visits['story:story-ssssss01']?.value).toBe('2026-05-04T10:00:00.000Z');
    await store.decide({ names: { 'story-ssssss01': 'Rennick bus strike' } });
    expect(await readFile(join(dir, 'stories.json'), 'utf8')).toBe(text);
  });

  it('survive a deleted stories.json', async () => {
    const dir = await library();
    await writeFile(join(dir, 'stories.json'), text);
    await device(dir, 'laptop1');
    await rm(join(dir, 'stories.json'));
    expect((await device(dir, 'laptop1')).named()).toEqual({
      'story-aaaaaa01': 'Kellbridge floods',
      'story-ssssss01': 'Bus strike',
    });
  });

  for (const { name, damage } of damages) {
    it(`survive a ${name} stories.json`, async () => {
      const dir = await library();
      await writeFile(join(dir, 'stories.json'), text);
      await device(dir, 'laptop1');
      await writeFile(join(dir, 'stories.json'), damage(text, { inside: '"Bus strike"', path: ['stories', 1] }));
      const store = await device(dir, 'laptop1');
      expect(store.named()).toEqual({ 'story-aaaaaa01': 'Kellbridge floods', 'story-ssssss01': 'Bus strike' });
      expect(store.messages.join('\n')).toMatch(/The list of stories \(stories\.json\) was damaged/);
    });

    it(`survive this device's ${name} record of them, and converge with another device's rename`, async () => {
      const dir = await library();
      const laptop = await device(dir, 'laptop1');
      await laptop.decide({ names: { 'story-aaaaaa01': 'The flood', 'story-ssssss01': 'Bus strike' } });
      const desktop = await device(dir, 'desktop1');
      await desktop.decide({ names: { 'story-aaaaaa01': 'Kellbridge floods' } });
      const file = join(dir, 'stories', 'records', 'laptop1.json');
      const own = await readFile(file, 'utf8');
      await writeFile(file, damage(own, { inside: '"story-ssssss01"', path: ['names', 'story-ssssss01'] }));
      for (const id of ['laptop1', 'desktop1']) {
        const view = await device(dir, id);
        expect(view.named()).toEqual({ 'story-aaaaaa01': 'Kellbridge floods', 'story-ssssss01': 'Bus strike' });
      }
    });
  }

  it('merge a conflict copy of a format-1 stories.json: the original stands, the copy adds stories it lacks', () => {
    const copy = {
      ...legacy,
      stories: [...legacy.stories, { id: 'story-zzzzzz01', title: 'Heat', renamed: true, articleIds: ['zzzzzz01'] }],
    };
    const merged = JSON.parse(mergeConflictCopy(legacyStoriesKind, text, JSON.stringify(copy))!);
    expect(merged.stories.map((story: { title: string }) => story.title)).toEqual([
      'Kellbridge floods',
      'Bus strike',
      'Heat',
    ]);
  });
});
