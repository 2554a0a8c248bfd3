// A timeline from the events of the articles a scope covers: one entry per real-world event, with all its sources.
import type { ArticleEvent, StorySummary, Timeline, TimelineEvent, TimelineScope } from '../../contract/index.ts';
import { joinedByHand } from './joined-by-hand.ts';
import type { MergedStories } from './merged-stories.ts';
// Types only: merging (compromise and the rules, seconds to load) is loaded where the timeline's thread merges
// (timeline-work.ts), when a story is merged, not when every story's merging was kept (merged-stories.ts).
import type { ArticleEvents, MergedEvent, MergeProgress } from './merging/merge-events.ts';
import type { ScopedArticle } from './timeline-queries.ts';

const TOP_ENTITIES = 12;

export interface TimelineInput {
  scope: TimelineScope;
  title: string;
  articles: ScopedArticle[];
  stories: StorySummary[];
  includeHidden: boolean;
  lastVisitedAt: string | null;
  /** What merging made of stories before, kept for opening them again (none: every story merged anew). */
  kept?: MergedStories;
  /** How far merging a story has got, told between its turns (it gives way to the rest of the app between them). */
  onMerging?: (progress: MergeProgress) => void;
  /** Where a story's reports are merged: the core's timeline thread (timeline-thread.ts), in a worker or in turns. */
  merge: (entries: readonly ArticleEvents[], onMerging: (progress: MergeProgress) => void) => Promise<MergedEvent[]>;
}

export async function buildTimeline(input: TimelineInput): Promise<Timeline> {
  const { includeHidden, lastVisitedAt } = input;
  // Oldest publication first, whatever order the scope lists its articles in: which reports join and whose words
  // an event takes must not depend on whether it is read in its story's timeline or in the library's.
  const articles = [...input.articles].sort((a, b) => publishedOrder(a.summary.publishedAt, b.summary.publishedAt));
  // Merged sources carry offsets, not keys: find each source's own event again by where it is.
  const byPlace = new Map<string, ArticleEvent[]>();
  const place = (articleId: string, start: number, end: number, date: string, precision: string) =>
    `${articleId}|${start}|${end}|${date}|${precision}`;
  const articleOf = new Map<ArticleEvent, string>();
  const eventsByArticle = articles.map(({ summary, events }) => {
    const shown = events.filter((event) => includeHidden || !event.hidden);
    for (const event of shown) {
      articleOf.set(event, summary.id);
      const at = place(summary.id, event.start, event.end, event.date, event.precision);
      const here = byPlace.get(at);
      if (here) here.push(event);
      else byPlace.set(at, [event]);
    }
    // Offsets into the text say where the date's words are only while the reader has not reworded the event. They
    // go last (what merging read is hashed in that order, merged-stories.ts), set on the copy made here, not on a
    // second copy of it: tens of thousands of events on each open of the library's timeline.
    return {
      articleId: summary.id,
      publishedAt: summary.publishedAt,
      // What the reader joined by hand is applied after merging (joined-by-hand.ts): it is not merging's to read, nor
      // a reason to merge the story anew.
      events: shown.map(({ dateStart, dateEnd, joined: _joined, ...event }) =>
        event.edited ? event : Object.assign(event, { dateStart, dateEnd }),
      ),
    };
  });
  const info = new Map(articles.map((a) => [a.summary.id, a]));
  const mergedEvents = await mergeByStory(eventsByArticle, info, input, owners(input));
  const byHand = joinedByHand(mergedEvents, byPlace, place, articleOf);
  const events: TimelineEvent[] = byHand.events.map((merged) => {
    const sources = merged.sources.map((source) => {
      const at = place(source.articleId, source.start, source.end, merged.date, merged.precision);
      const event = byPlace.get(at)?.shift();
      const article = info.get(source.articleId)!;
      return {
        event: event!,
        publishedAt: article.summary.publishedAt,
        source: {
          articleId: source.articleId,
          key: event!.key,
          text: source.text,
          start: source.start,
          end: source.end,
          ...(event?.dateStart !== undefined && event.dateEnd !== undefined
            ? { dateStart: event.dateStart, dateEnd: event.dateEnd }
            : {}),
          ...(event?.joined ? { joined: event.joined } : {}),
        },
      };
    });
    const own = sources.map((s) => s.event);
    // The first to report it comes first, and its words are the event's: the same event reads alike in a story's
    // timeline and in the library's, whatever order the scope listed its articles in.
    const byPublication = [...sources].sort((a, b) => publishedOrder(a.publishedAt, b.publishedAt));
    // An article is listed once however often it tells the event; its other reports travel with its source.
    const perArticle = new Map<string, TimelineEvent['sources'][number]>();
    for (const { source } of byPublication) {
      const first = perArticle.get(source.articleId);
      if (!first) perArticle.set(source.articleId, source);
      else {
        first.alsoKeys = [...(first.alsoKeys ?? []), source.key];
        if (source.joined) first.joined = [...(first.joined ?? []), ...source.joined];
      }
    }
    return {
      id: `${sources[0]!.source.articleId}:${sources[0]!.source.key}`,
      date: merged.date,
      ...(merged.endDate ? { endDate: merged.endDate } : {}),
      precision: merged.precision,
      text: byPublication.length > 1 ? byPublication[0]!.event.text : merged.text,
      entities: merged.entities,
      sources: [...perArticle.values()],
      ...(merged.background ? { background: true } : {}),
      isNew: lastVisitedAt !== null && own.some((event) => event.firstSeen > lastVisitedAt),
      hidden: own.every((event) => event.hidden),
      edited: own.some((event) => event.edited),
      promoted: own.some((event) => event.origin === 'highlight'),
      // Joined by hand, it says so; a report of it kept apart from what merging joins is no news on the card then.
      ...(byHand.joined.has(merged) ? { joined: true } : own.some((event) => event.apart) ? { apart: true } : {}),
    };
  });
  const storyIds = new Set(articles.map((a) => a.storyId).filter(Boolean));
  return {
    title: input.title,
    scope: input.scope,
    events,
    articles: citedArticles(events, info),
    stories: input.stories.filter((story) => storyIds.has(story.id)),
    entities: topEntities(events),
    lastVisitedAt,
  };
}

/**
 * Merging compares the reports of one story (the words all of a story's reports use say little): a timeline of many
 * stories merges each story's events apart, so an event reads the same there as in its story's own timeline.
 * What was kept of each is read ahead (a few files at once, merged-stories.ts) while stories not kept merge one after
 * another, in their order, as they always did: the library's timeline after a start read hundreds of files in turn.
 */
async function mergeByStory(
  eventsByArticle: ArticleEvents[],
  info: Map<string, ScopedArticle>,
  { kept, onMerging, merge }: Pick<TimelineInput, 'kept' | 'onMerging' | 'merge'>,
  ownerOf: (group: string, entries: readonly ArticleEvents[]) => string | undefined,
): Promise<MergedEvent[]> {
  const inTurns = (entries: readonly ArticleEvents[]) => merge(entries, (progress) => onMerging?.(progress));
  const byStory = new Map<string, ArticleEvents[]>();
  for (const entry of eventsByArticle) {
    const group = groupOf(entry.articleId, info);
    const entries = byStory.get(group);
    if (entries) entries.push(entry);
    else byStory.set(group, [entry]);
  }
  // Each story not kept merges once the one before it is done (kept or merged); one that fails stops those after it.
  let before: Promise<unknown> = Promise.resolve();
  let failed = false;
  const merging = [...byStory].map(([group, entries]) => {
    const after = before;
    const inOrder = (ofStory: readonly ArticleEvents[]) =>
      after.then(() => {
        if (failed) throw new Error('An earlier story could not be merged');
        return inTurns(ofStory);
      });
    const merged = kept ? kept.merged(entries, inOrder, ownerOf(group, entries)) : inOrder(entries);
    before = merged.catch(() => {
      failed = true;
    });
    return merged;
  });
  if (merging.length === 1) return merging[0]!;
  const merged = (await Promise.all(merging)).flat();
  return merged.sort((a, b) => a.date.localeCompare(b.date) || (a.endDate ?? '').localeCompare(b.endDate ?? ''));
}

/** The story an article's events merge in: its story, else the article alone. */
const groupOf = (articleId: string, info: Map<string, ScopedArticle>) =>
  info.get(articleId)?.storyId ?? `article:${articleId}`;

/**
 * Who a story's merge belongs to, when it is of the whole story as this timeline shows it (every article, every
 * event shown or every event at all), so that its file on disk replaces the one kept before the story changed. Part
 * of a story (an entity's timeline keeps only the events naming it, an article may have no events read yet) has none:
 * its file must not replace the whole story's.
 */
function owners({ scope, stories, includeHidden }: TimelineInput) {
  const members = new Map(stories.map((story) => [story.id, story.articleIds]));
  return (group: string, entries: readonly ArticleEvents[]): string | undefined => {
    if (scope.kind === 'entity') return undefined;
    const storyId = group.startsWith('article:') ? null : group;
    if (storyId !== null) {
      const articleIds = members.get(storyId);
      if (!articleIds || articleIds.length !== entries.length) return undefined;
      const given = new Set(entries.map((entry) => entry.articleId));
      if (given.size !== articleIds.length || articleIds.some((id) => !given.has(id))) return undefined;
    } else if (entries.length !== 1) return undefined;
    return JSON.stringify([group, includeHidden]);
  };
}

/** Each article the events cite, once: a source names its article by id only. */
function citedArticles(events: readonly TimelineEvent[], info: Map<string, ScopedArticle>): Timeline['articles'] {
  const cited: Timeline['articles'] = {};
  for (const event of events) {
    for (const { articleId } of event.sources) {
      if (cited[articleId]) continue;
      const { summary, storyId } = info.get(articleId)!;
      const { title, url, siteName, publishedAt } = summary;
      cited[articleId] = { title, url, siteName, publishedAt, storyId };
    }
  }
  return cited;
}

/** Earliest publication first; articles with no publication date after those with one. */
function publishedOrder(a: string | null | undefined, b: string | null | undefined): number {
  if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1);
  return Date.parse(a) - Date.parse(b);
}

function topEntities(events: TimelineEvent[]): Timeline['entities'] {
  const counts = new Map<string, { name: string; kind: 'person' | 'organization' | 'place'; count: number }>();
  const add = (name: string, kind: 'person' | 'organization' | 'place') => {
    const key = `${kind}:${name}`;
    const entry = counts.get(key) ?? { name, kind, count: 0 };
    entry.count++;
    counts.set(key, entry);
  };
  for (const event of events) {
    for (const name of event.entities.people) add(name, 'person');
    for (const name of event.entities.organizations) add(name, 'organization');
    for (const name of event.entities.places) add(name, 'place');
  }
  return [...counts.values()]
    .filter((entity) => entity.count > 1 || events.length < 5)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, TOP_ENTITIES);
}
