// The timeline's contract methods: thin calls into the timeline service.
import type { Timeline, TimelineScope } from '../../contract/index.ts';
import type { Handlers } from '../dispatcher.ts';
import type { Library } from '../library/library.ts';
import type { TimelineService } from './timeline-service.ts';

type TimelineMethod =
  | 'timeline.get'
  | 'timeline.markVisited'
  | 'timeline.editEvents'
  | 'timeline.resetEvents'
  | 'timeline.promoteHighlight'
  | 'timeline.article'
  | 'timeline.export'
  | 'stories.list'
  | 'stories.rename'
  | 'stories.moveArticle'
  | 'stories.merge'
  | 'stories.split';

/** One name per timeline, to remember when the reader last saw it. */
export function scopeKey(scope: TimelineScope): string {
  switch (scope.kind) {
    case 'all':
      return 'all';
    case 'story':
      return `story:${scope.storyId}`;
    case 'tag':
      return `tag:${scope.tag.toLowerCase()}`;
    case 'entity':
      return `entity:${scope.name.toLowerCase()}`;
    case 'search':
      return `search:${scope.query.trim()}`;
    case 'article':
      return `article:${scope.articleId}`;
  }
}

const PROGRESS_EVERY_MS = 250;

export function createTimelineHandlers(
  timeline: TimelineService,
  library: Library,
  now: () => Date,
): Pick<Handlers, TimelineMethod> {
  function scopeTitle(scope: TimelineScope): string {
    switch (scope.kind) {
      case 'all':
        return 'Everything in the library';
      case 'story':
        return timeline.storySummary(scope.storyId).title;
      case 'tag':
        return `Tagged “${scope.tag}”`;
      case 'entity':
        return scope.name;
      case 'search':
        return `Search “${scope.query}”`;
      case 'article':
        return library.summary(scope.articleId).title;
    }
  }

  /** The timeline of a scope, as kept since the last change (built-timelines.ts), else built now. */
  async function get(scope: TimelineScope, includeHidden: boolean): Promise<Timeline> {
    // The stories and visits are read with the stored events: a story's name, and the story itself, only then.
    await timeline.ensureLoaded();
    const title = scopeTitle(scope);
    const lastVisitedAt = timeline.lastVisit(scopeKey(scope));
    const key = JSON.stringify([scopeKey(scope), includeHidden, lastVisitedAt, title]);
    return timeline.builtTimelines.get(key, () => build(scope, title, includeHidden, lastVisitedAt));
  }

  async function build(scope: TimelineScope, title: string, includeHidden: boolean, lastVisitedAt: string | null) {
    // Loaded when a timeline is first shown, so that commands such as `annals list` never load it, while the articles'
    // events are read. Merging itself (compromise, seconds to load) only once a story has no merge kept (on disk too).
    const builder = import('./build-timeline.ts');
    builder.catch(() => {}); // awaited below, where a failure is thrown; not unhandled meanwhile
    const articles = await timeline.scopeArticles(scope);
    const { buildTimeline } = await builder;
    // A story of hundreds of articles takes turns merging: the reader is told how far it got, and when it is done.
    let merging: { total: number } | undefined;
    let toldAt = 0;
    try {
      return await buildTimeline({
        scope,
        title,
        articles,
        stories: await timeline.listStories(1),
        includeHidden,
        lastVisitedAt,
        kept: timeline.mergedStories,
        merge: (entries, onMerging) => timeline.mergeReports(entries, onMerging),
        onMerging: (progress) => {
          // A few times a second is enough for a reader watching it; the first after a moment's merging.
          if (performance.now() - toldAt < PROGRESS_EVERY_MS) return;
          if (toldAt > 0) {
            merging = progress;
            timeline.reportMerging(progress.done, progress.total);
          }
          toldAt = performance.now();
        },
      });
    } finally {
      if (merging) timeline.reportMerging(merging.total, merging.total);
    }
  }

  /** An edit through the timeline's own methods: the timelines kept are built anew when next asked for. */
  const changing = <T>(change: Promise<T>): Promise<T> => change.finally(() => timeline.builtTimelines.forget());

  return {
    // What the reader waits for goes before the events still being found in the background.
    'timeline.get': ({ scope, includeHidden }) => timeline.answering(() => get(scope, includeHidden), true),
    'timeline.markVisited': async ({ scope }) => ({ visitedAt: await changing(timeline.markVisited(scopeKey(scope))) }),
    'timeline.editEvents': async ({ refs, patch }) => ({ events: await changing(timeline.editEvents(refs, patch)) }),
    'timeline.resetEvents': async ({ refs }) => ({ events: await changing(timeline.resetEvents(refs)) }),
    'timeline.promoteHighlight': ({ articleId, annotationId, date, precision }) =>
      changing(
        timeline.promoteHighlight(articleId, annotationId, {
          ...(date ? { date } : {}),
          ...(precision ? { precision } : {}),
        }),
      ),
    'timeline.article': async ({ articleId }) => {
      const events = await timeline.answering(() => timeline.articleEvents(articleId), true);
      const story = timeline.storyOf(articleId);
      const related = (story?.articleIds ?? [])
        .filter((id) => id !== articleId)
        .map((id) => library.summary(id))
        .map(({ id, title, siteName, publishedAt }) => ({ id, title, siteName, publishedAt }));
      return { events, story, related };
    },
    'timeline.export': async ({ scope, format }) => {
      const { exportTimeline } = await import('./export-timeline.ts'); // a CSV writer, loaded when exporting
      return exportTimeline(await get(scope, false), format, now());
    },
    // The sidebar's stories wait for every article's events to be read: loading stops resting for them, as for a
    // timeline (resting as long as it worked, the first list of 3,000 articles' stories took twice as long).
    'stories.list': async ({ minArticles }) => ({
      stories: await timeline.answering(() => timeline.listStories(minArticles), true),
    }),
    'stories.rename': ({ storyId, title }) => changing(timeline.renameStory(storyId, title)),
    'stories.moveArticle': ({ articleId, storyId }) => changing(timeline.moveArticle(articleId, storyId)),
    'stories.merge': ({ storyIds }) => changing(timeline.mergeStories(storyIds)),
    'stories.split': ({ storyId, articleIds }) => changing(timeline.splitStory(storyId, articleIds)),
  };
}
