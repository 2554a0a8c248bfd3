import { z } from 'zod';
import { ArticleId, IsoDate, StoryId } from '../../../contract/index.ts';
import type { SmallFileKind } from '../../storage/small-file.ts';
import {
  isObject,
  LEGACY_STAMP,
  mergeRegisterMaps,
  type RecordHeader,
  readEntries,
  readHeader,
  readRegisters,
  serializeRecord,
} from '../../sync/record-file.ts';
import type { Written } from '../../sync/registers.ts';
import type { FoundGroup } from './story-groups.ts';

/**
 * The reader's decisions about stories, one record per device (`stories/records/<device>.json`):
 * names given (by `story-<article>`, null when taken back), articles placed by hand (with another
 * article, or on their own), and when each timeline was last seen. Each is a register: the decision
 * made last wins. The grouping Annals finds itself is derived on each device and kept apart
 * (`.annals/<device>/story-groups.json`), so a lost stories file costs no name the reader gave.
 */

export interface StoryDecisions {
  names: Record<string, Written<string | null>>;
  placements: Record<string, Written<string>>;
  visits: Record<string, Written<string>>;
}

export interface StoriesRecord extends RecordHeader<'stories'>, StoryDecisions {}

export const STORY_RECORDS_FOLDER = 'stories/records';
export const LEGACY_STORIES_FILE = 'stories.json';

export const emptyDecisions = (): StoryDecisions => ({ names: {}, placements: {}, visits: {} });

/** Several layers of decisions (a format-1 base, each device's record) merged: each decision made last wins. */
export function mergeDecisions(layers: Iterable<StoryDecisions>): StoryDecisions {
  const list = [...layers];
  return {
    names: mergeRegisterMaps(...list.map((layer) => layer.names)),
    placements: mergeRegisterMaps(...list.map((layer) => layer.placements)),
    visits: mergeRegisterMaps(...list.map((layer) => layer.visits)),
  };
}

export const storiesRecordKind: SmallFileKind<StoriesRecord> & { serialize(record: StoriesRecord): string } = {
  label: 'the story decisions of one device',
  read(raw) {
    const header = readHeader(raw, 'stories');
    if (!header || !isObject(raw)) return null;
    const names = readRegisters(raw.names, z.string().max(500).nullable());
    const placements = readRegisters(raw.placements, ArticleId);
    const visits = readRegisters(raw.visits, IsoDate);
    for (const key of Object.keys(names.entries)) if (!StoryId.safeParse(key).success) delete names.entries[key];
    for (const key of Object.keys(placements.entries))
      if (!ArticleId.safeParse(key).success) delete placements.entries[key];
    return {
      value: { ...header, names: names.entries, placements: placements.entries, visits: visits.entries },
      dropped: names.dropped + placements.dropped + visits.dropped,
    };
  },
  combine: (a, b) => ({ ...a, ...mergeDecisions([a, b]) }),
  serialize: serializeRecord,
};

/** The format-1 stories.json: every story with its articles, the pinned articles, the visits. */
export const LegacyStory = z.object({
  id: StoryId,
  title: z.string(),
  renamed: z.boolean(),
  articleIds: z.array(ArticleId),
});
export type LegacyStory = z.infer<typeof LegacyStory>;
export interface LegacyStories {
  schema: 1;
  stories: LegacyStory[];
  /** Articles the reader placed by hand. */
  pinned: string[];
  visits: Record<string, string>;
}

export const legacyStoriesKind: SmallFileKind<LegacyStories> & { serialize(file: LegacyStories): string } = {
  label: 'the list of stories',
  read(raw) {
    if (!isObject(raw) || raw.schema !== 1) return null;
    const list = Array.isArray(raw.stories) ? raw.stories : [];
    const stories = list.flatMap((story) => {
      const parsed = LegacyStory.safeParse(story);
      return parsed.success ? [parsed.data] : [];
    });
    const pinned = (Array.isArray(raw.pinned) ? raw.pinned : []).filter((id) => ArticleId.safeParse(id).success);
    const visits = readEntries(raw.visits, IsoDate);
    return {
      value: { schema: 1, stories, pinned, visits: visits.entries },
      dropped: list.length - stories.length + visits.dropped,
    };
  },
  combine(first, second) {
    // The first stands; the second adds the stories whose articles no story of the first holds.
    const placed = new Set(first.stories.flatMap((story) => story.articleIds));
    const added = second.stories.filter((story) => story.articleIds.every((id) => !placed.has(id)));
    return {
      schema: 1,
      stories: [...first.stories, ...added],
      pinned: [...new Set([...first.pinned, ...second.pinned])],
      visits: { ...second.visits, ...first.visits },
    };
  },
  serialize: (file) => `${JSON.stringify(file, null, 1)}\n`,
};

/** A format-1 stories.json as decisions every record sorts after: names given, articles pinned, visits. */
export function legacyDecisions(legacy: LegacyStories, storyIdOf: (legacyId: string) => string | null): StoryDecisions {
  const at = LEGACY_STAMP;
  const decisions = emptyDecisions();
  const pinned = new Set(legacy.pinned);
  for (const story of legacy.stories) {
    const [first] = story.articleIds;
    if (!first) continue;
    if (story.renamed) decisions.names[`story-${first}`] = { value: story.title, at };
    for (const id of story.articleIds) if (pinned.has(id)) decisions.placements[id] = { value: first, at };
  }
  for (const [scope, visited] of Object.entries(legacy.visits)) {
    // A story's timeline was kept by the story's old id: it is known by its new one now.
    const legacyStory = /^story:(.+)$/.exec(scope)?.[1];
    const key = legacyStory ? storyIdOf(legacyStory) : null;
    decisions.visits[key ? `story:${key}` : scope] = { value: visited, at };
  }
  return decisions;
}

/** What this device found itself: groups of articles (derived, never synced). */
export interface FoundGroupsFile extends RecordHeader<'story-groups'> {
  groups: FoundGroup[];
}

const FoundGroupSchema = z.object({ articles: z.array(ArticleId).min(1), with: ArticleId.optional() });

export const foundGroupsKind: SmallFileKind<FoundGroupsFile> & { serialize(file: FoundGroupsFile): string } = {
  label: 'the stories this device found',
  read(raw) {
    const header = readHeader(raw, 'story-groups');
    if (!header || !isObject(raw) || !Array.isArray(raw.groups)) return null;
    const groups = raw.groups.flatMap((group) => {
      const parsed = FoundGroupSchema.safeParse(group);
      return parsed.success ? [parsed.data as FoundGroup] : [];
    });
    return { value: { ...header, groups }, dropped: raw.groups.length - groups.length };
  },
  combine: (salvaged) => salvaged,
  serialize: (file) => `${JSON.stringify(file)}\n`,
};
