// A timeline from the events of the articles a scope covers: one entry per real-world event, with all its sources.
import type { ArticleEvent, StorySummary, Timeline, TimelineEvent, TimelineScope } from '../../contract/index.ts';
import { mergeEvents } from './merge-events.ts';
import type { ScopedArticle } from './timeline-queries.ts';

const TOP_ENTITIES = 12;

export interface TimelineInput {
  scope: TimelineScope;
  title: string;
  articles: ScopedArticle[];
  stories: StorySummary[];
  includeHidden: boolean;
  lastVisitedAt: string | null;
}

export function buildTimeline(input: TimelineInput): Timeline {
  const { articles, includeHidden, lastVisitedAt } = input;
  // Merged sources carry offsets, not keys: find each source's own event again by where it is.
  const byPlace = new Map<string, ArticleEvent[]>();
  const place = (articleId: string, start: number, end: number, date: string, precision: string) =>
    `${articleId}|${start}|${end}|${date}|${precision}`;
  const eventsByArticle = articles.map(({ summary, events }) => {
    const shown = events.filter((event) => includeHidden || !event.hidden);
    for (const event of shown) {
      const at = place(summary.id, event.start, event.end, event.date, event.precision);
      byPlace.set(at, [...(byPlace.get(at) ?? []), event]);
    }
    // Offsets into the text say where the date's words are only while the reader has not reworded the event.
    return {
      articleId: summary.id,
      events: shown.map(({ dateStart, dateEnd, ...event }) =>
        event.edited ? event : { ...event, dateStart, dateEnd },
      ),
    };
  });
  const info = new Map(articles.map((a) => [a.summary.id, a]));
  const events: TimelineEvent[] = mergeEvents(eventsByArticle).map((merged) => {
    const sources = merged.sources.map((source) => {
      const at = place(source.articleId, source.start, source.end, merged.date, merged.precision);
      const event = byPlace.get(at)?.shift();
      const article = info.get(source.articleId)!;
      return {
        event: event!,
        source: {
          articleId: source.articleId,
          key: event!.key,
          title: article.summary.title,
          url: article.summary.url,
          siteName: article.summary.siteName,
          publishedAt: article.summary.publishedAt,
          storyId: article.storyId,
          text: source.text,
          start: source.start,
          end: source.end,
          ...(event?.dateStart !== undefined && event.dateEnd !== undefined
            ? { dateStart: event.dateStart, dateEnd: event.dateEnd }
            : {}),
        },
      };
    });
    const own = sources.map((s) => s.event);
    // An article is listed once however often it tells the event; its other reports travel with its source.
    const perArticle = new Map<string, TimelineEvent['sources'][number]>();
    for (const { source } of sources) {
      const first = perArticle.get(source.articleId);
      if (!first) perArticle.set(source.articleId, source);
      else first.alsoKeys = [...(first.alsoKeys ?? []), source.key];
    }
    return {
      id: `${sources[0]!.source.articleId}:${sources[0]!.source.key}`,
      date: merged.date,
      ...(merged.endDate ? { endDate: merged.endDate } : {}),
      precision: merged.precision,
      text: merged.text,
      entities: merged.entities,
      sources: [...perArticle.values()],
      ...(merged.background ? { background: true } : {}),
      isNew: lastVisitedAt !== null && own.some((event) => event.firstSeen > lastVisitedAt),
      hidden: own.every((event) => event.hidden),
      edited: own.some((event) => event.edited),
      promoted: own.some((event) => event.origin === 'highlight'),
    };
  });
  const storyIds = new Set(articles.map((a) => a.storyId).filter(Boolean));
  return {
    title: input.title,
    scope: input.scope,
    events,
    stories: input.stories.filter((story) => storyIds.has(story.id)),
    entities: topEntities(events),
    lastVisitedAt,
  };
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
