import type { ArticleEvent, ArticleSummary, StorySummary, TimelineScope } from '../../contract/index.ts';
import { visibleEvents } from './event-store.ts';
import type { ExtractionQueue } from './extraction-queue.ts';
import { byInstant, type LoadedEvents, type TimelineState } from './timeline-state.ts';

/** An article with its events, as timelines are built from. */
export interface ScopedArticle {
  summary: ArticleSummary;
  storyId: string | null;
  events: ArticleEvent[];
}

/** What the timeline answers: an article's events, the stories, and the articles a timeline covers. */
export class TimelineQueries {
  constructor(
    private readonly state: TimelineState,
    private readonly extraction: ExtractionQueue,
  ) {}

  async articleEvents(articleId: string): Promise<ArticleEvent[]> {
    this.state.library.summary(articleId);
    await this.extraction.ensureLoaded();
    // The article being read shows its events now, whatever is left for the catch-up to find.
    if (this.extraction.isWaiting(articleId)) await this.extraction.findNow(articleId);
    const file = this.state.files.get(articleId);
    return file ? visibleEvents(file) : [];
  }

  async listStories(minArticles: number): Promise<(StorySummary & { eventCount: number; latest: string | null })[]> {
    const { state } = this;
    await this.extraction.ensureLoaded();
    return state.stories.stories
      .map((story) => state.liveSummary(story))
      .filter((story) => story.articleIds.length >= minArticles)
      .map((story) => {
        const summaries = story.articleIds.map((id) => state.library.summary(id));
        const latest =
          summaries
            .map((s) => s.publishedAt ?? s.savedAt)
            .sort(byInstant)
            .at(-1) ?? null;
        const eventCount = story.articleIds.reduce((sum, id) => sum + shownCount(state.files.get(id)), 0);
        return { ...story, eventCount, latest };
      })
      .sort((a, b) => byInstant(b.latest ?? '', a.latest ?? ''));
  }

  /** The articles a scope covers, each with its events (hidden ones included; callers decide). */
  async scopeArticles(scope: TimelineScope): Promise<ScopedArticle[]> {
    const { state } = this;
    await this.extraction.ensureLoaded();
    const wanted = scope.kind === 'entity' ? scope.name.toLowerCase() : null;
    const out: ScopedArticle[] = [];
    for (const id of await this.scopeIds(scope)) {
      const summary = state.library.findSummary(id);
      const file = state.files.get(id);
      if (!summary || !file) continue;
      let events = visibleEvents(file);
      if (wanted) events = events.filter((event) => namesEntity(event, wanted));
      if (wanted && events.length === 0) continue;
      out.push({ summary, storyId: state.storyName(id)?.id ?? null, events });
    }
    return out;
  }

  storySummary(storyId: string): StorySummary {
    return this.state.liveSummary(this.state.findStory(storyId));
  }

  lastVisit(scopeKey: string): string | null {
    return this.state.stories.visits[scopeKey] ?? null;
  }

  private async scopeIds(scope: TimelineScope): Promise<string[]> {
    const { library, search } = this.state;
    switch (scope.kind) {
      case 'all':
      case 'entity':
        return library.list('all', 'published').map((a) => a.id);
      case 'story':
        return this.state.findStory(scope.storyId).articleIds;
      case 'tag':
        return library.list('all', 'published', { tags: [scope.tag] }).map((a) => a.id);
      case 'search':
        return (await search.search(scope.query, 500)).map((hit) => hit.id);
      case 'article':
        library.summary(scope.articleId);
        return [scope.articleId];
    }
  }
}

/** How many of an article's events are shown (not hidden), counted without a copy of each event. */
function shownCount(file: LoadedEvents | undefined): number {
  if (!file) return 0;
  let count = 0;
  for (const events of [file.found, file.promoted]) {
    for (const event of events) if (!file.overrides[event.key]?.hidden) count++;
  }
  return count;
}

function namesEntity(event: ArticleEvent, wanted: string): boolean {
  const { people, organizations, places } = event.entities;
  return [...people, ...organizations, ...places].some((name) => name.toLowerCase() === wanted);
}
