import { join } from 'node:path';
import type { StorySummary } from '../../contract/index.ts';
import { writeFileAtomic } from '../storage/atomic-write.ts';
import { makePrivateFolder } from '../storage/private-files.ts';
import { readSmallFile } from '../storage/small-file.ts';
import { HybridClock } from '../sync/clock.ts';
import { DeviceRecords } from '../sync/device-records.ts';
import { type ArticleDates, type FoundGroup, resolveStories, storyIdOf } from './stories/story-groups.ts';
import {
  emptyDecisions,
  type FoundGroupsFile,
  foundGroupsKind,
  LEGACY_STORIES_FILE,
  type LegacyStories,
  legacyDecisions,
  legacyStoriesKind,
  mergeDecisions,
  STORY_RECORDS_FOLDER,
  type StoriesRecord,
  type StoryDecisions,
  storiesRecordKind,
} from './stories/story-records.ts';

/** The stories as the reader sees them: derived from what Annals found and what the reader decided. */
export interface StoriesView {
  stories: { id: string; title: string; renamed: boolean; articleIds: string[] }[];
  /** Articles the reader placed by hand: Annals never moves them again. */
  pinned: string[];
  /** When the reader last opened each timeline, by scope. */
  visits: Record<string, string>;
}

export const emptyStories = (): StoriesView => ({ stories: [], pinned: [], visits: {} });

/** A decision to record: a name (null: taken back), a placement (with an article; itself: on its own), a visit. */
export interface StoryChanges {
  names?: Record<string, string | null>;
  placements?: Record<string, string>;
  visits?: Record<string, string>;
}

/**
 * Where stories are kept: this device's found groups (`.annals/<device>/story-groups.json`, derived),
 * every device's decisions (story-records.ts), and a format-1 stories.json read as the base.
 */
export class StoryStore {
  private found: FoundGroup[] = [];
  private foundIndex = new Map<string, FoundGroup>();
  private base: StoryDecisions = emptyDecisions();
  private others: StoryDecisions = emptyDecisions();
  private own: StoriesRecord;
  private merged: StoryDecisions = emptyDecisions();
  private readonly clock: HybridClock;
  private readonly foundFile: string;

  constructor(
    private readonly libraryDir: string,
    private readonly device: string,
    now: () => Date,
    private readonly report: (message: string) => void,
    private readonly readOnly = false,
    clock?: HybridClock,
  ) {
    this.clock = clock ?? new HybridClock(device, () => now().getTime());
    this.own = { format: 2, kind: 'stories', device, ...emptyDecisions() };
    this.foundFile = `.annals/${device}/story-groups.json`;
  }

  /** Reads every device's decisions, the format-1 base and what this device found. */
  async load(datesOf: (id: string) => ArticleDates | undefined): Promise<void> {
    const options = { device: this.device, readOnly: this.readOnly };
    const legacyRead = await readSmallFile(this.libraryDir, LEGACY_STORIES_FILE, legacyStoriesKind, {
      ...options,
      missingIsLoss: true,
    });
    if (legacyRead.status === 'recovered' && legacyRead.message) this.report(legacyRead.message);
    const legacy = legacyRead.status === 'missing' ? null : legacyRead.value;
    const found = await readSmallFile(this.libraryDir, this.foundFile, foundGroupsKind, {
      ...options,
      keepLastGood: false,
    });
    // A device that has found nothing yet starts from the format-1 grouping: an old library opens as it was.
    this.setFound(
      (found.status === 'missing' ? null : found.value?.groups) ??
        legacy?.stories.map((story) => ({ articles: story.articleIds })) ??
        [],
    );
    const records = await this.records().load();
    this.own = records.get(this.device) ?? this.own;
    this.others = mergeDecisions([...records].filter(([device]) => device !== this.device).map(([, r]) => r));
    this.base = legacy ? this.legacyBase(legacy, datesOf) : emptyDecisions();
    this.merged = mergeDecisions([this.base, this.others, this.own]);
  }

  decisions(): StoryDecisions {
    return this.merged;
  }

  foundGroups(): readonly FoundGroup[] {
    return this.found;
  }

  /** The stories from what was found and decided, with no titles yet (see TimelineState). */
  resolve(datesOf: (id: string) => ArticleDates | undefined) {
    const { names, placements } = this.merged;
    return resolveStories(
      this.found,
      new Map(Object.entries(placements).map(([id, written]) => [id, written.value])),
      new Map(Object.entries(names)),
      datesOf,
    );
  }

  /** Records the reader's decisions in this device's record. */
  async decide(changes: StoryChanges): Promise<void> {
    const next: StoriesRecord = {
      ...this.own,
      names: { ...this.own.names },
      placements: { ...this.own.placements },
      visits: { ...this.own.visits },
    };
    const at = this.clock.now();
    for (const [key, value] of Object.entries(changes.names ?? {})) next.names[key] = { value, at };
    for (const [key, value] of Object.entries(changes.placements ?? {})) next.placements[key] = { value, at };
    for (const [key, value] of Object.entries(changes.visits ?? {})) next.visits[key] = { value, at };
    if (!this.readOnly) await this.records().writeOwn(next);
    this.own = next;
    this.merged = mergeDecisions([this.base, this.others, this.own]);
  }

  /**
   * An article Annals placed itself: with the found group of `member` (the article it is most like), or in a
   * group of its own. Kept in memory until saveFound.
   */
  placeFound(articleId: string, member: string | null): void {
    const group = member && !this.merged.placements[member] ? this.foundIndex.get(member) : undefined;
    if (group) {
      group.articles.push(articleId);
      this.foundIndex.set(articleId, group);
      return;
    }
    const created: FoundGroup = member ? { articles: [articleId], with: member } : { articles: [articleId] };
    this.found.push(created);
    this.foundIndex.set(articleId, created);
  }

  /**
   * Whether Annals may bring the story of these articles together with others (story-bridges.ts): not when the reader
   * shaped it by hand (an article of it, or of its found group, placed by hand: moved in, moved out, split off, or
   * grown from a story the reader made), nor when it has a name the reader gave and a story already taken has one too.
   */
  mayBridge(articles: readonly string[], taken: readonly (readonly string[])[]): boolean {
    const { placements } = this.merged;
    const shaped = articles.some((id) => {
      const group = this.foundIndex.get(id);
      return placements[id] || group?.with || group?.articles.some((other) => placements[other]);
    });
    return !shaped && !(this.namedByReader(articles) && taken.some((story) => this.namedByReader(story)));
  }

  /**
   * Two found groups as one (an arriving article brought their stories together): `from`'s group joins `to`'s. The
   * story keeps the id of its earliest article (story-groups.ts), the older story's, so links to the other one land
   * on it (see TimelineState.findStory), and names stay with the articles they are kept under.
   */
  joinFound(to: string, from: string): void {
    const into = this.foundIndex.get(to);
    const joining = this.foundIndex.get(from);
    if (!into || !joining || into === joining) return;
    into.articles.push(...joining.articles);
    for (const id of joining.articles) this.foundIndex.set(id, into);
    this.found = this.found.filter((group) => group !== joining);
  }

  /**
   * Articles that leave their found group for a group of their own: an arriving article showed them to be about
   * something else than the rest of their story (story-kept-out.ts).
   */
  splitFound(articles: readonly string[]): void {
    const leaving = new Set(articles);
    for (const id of articles) {
      const group = this.foundIndex.get(id);
      if (group) group.articles = group.articles.filter((other) => !leaving.has(other));
    }
    this.found = this.found.filter((group) => group.articles.length > 0);
    const created: FoundGroup = { articles: [...articles] };
    this.found.push(created);
    for (const id of articles) this.foundIndex.set(id, created);
  }

  /** Found groups that followed an article (`with`) follow another one instead (the article was moved away). */
  refollowFound(from: string, to: string | null): void {
    for (const group of this.found) {
      if (group.with !== from) continue;
      if (to) group.with = to;
      else delete group.with;
    }
  }

  async saveFound(): Promise<void> {
    if (this.readOnly) return;
    const file = join(this.libraryDir, ...this.foundFile.split('/'));
    await makePrivateFolder(join(file, '..'));
    const content: FoundGroupsFile = { format: 2, kind: 'story-groups', device: this.device, groups: this.found };
    await writeFileAtomic(file, foundGroupsKind.serialize(content));
  }

  /** The stories as a format-1 stories.json holds them (backups, which older versions also read). */
  exportLegacy(view: StoriesView): LegacyStories {
    return { schema: 1, stories: view.stories, pinned: view.pinned, visits: view.visits };
  }

  private namedByReader(articles: readonly string[]): boolean {
    return articles.some((id) => this.merged.names[storyIdOf(id)]?.value);
  }

  private setFound(groups: FoundGroup[]): void {
    this.found = groups.map((group) => ({ ...group, articles: [...group.articles] }));
    this.foundIndex = new Map();
    for (const group of this.found) for (const id of group.articles) this.foundIndex.set(id, group);
  }

  /** The format-1 file's decisions, its stories' old ids turned into the ids their groupings have now. */
  private legacyBase(legacy: LegacyStories, datesOf: (id: string) => ArticleDates | undefined): StoryDecisions {
    const plain = legacyDecisions(legacy, () => null);
    // Resolved only when a story's timeline was visited: at 100,000 articles, resolving every story once
    // more than the view needs took some 50 MB for a moment (each backup renders the stories).
    let storyOf: Map<string, string> | null = null;
    const storyOfArticle = (id: string) => {
      if (!storyOf) {
        const placements = new Map(
          Object.entries(mergeDecisions([plain, this.others, this.own]).placements).map(([id, w]) => [id, w.value]),
        );
        storyOf = new Map();
        for (const story of resolveStories(this.found, placements, new Map(), datesOf))
          for (const member of story.articleIds) storyOf.set(member, story.id);
      }
      return storyOf.get(id);
    };
    const firstOf = new Map(legacy.stories.map((story) => [story.id, story.articleIds[0]]));
    return legacyDecisions(legacy, (legacyId) => {
      const first = firstOf.get(legacyId);
      return first ? (storyOfArticle(first) ?? null) : null;
    });
  }

  private records(): DeviceRecords<StoriesRecord> {
    return new DeviceRecords(this.libraryDir, STORY_RECORDS_FOLDER, this.device, storiesRecordKind, {
      readOnly: this.readOnly,
      report: this.report,
      clock: this.clock,
    });
  }
}

export function summaryOf(story: StoriesView['stories'][number]): StorySummary {
  return { id: story.id, title: story.title, renamed: story.renamed, articleIds: [...story.articleIds] };
}
