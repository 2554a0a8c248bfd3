import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Timeline, TimelineScope } from '../../../../electron/contract/timeline.ts';
import { findCommand } from '../../commands/registry.ts';
import { useCommands } from '../../commands/use-commands.ts';
import { useFocusAfterRecovery } from '../../lib/use-focus-after-recovery.ts';
import { useViewFocus } from '../../lib/use-view-focus.ts';
import { useServices, useUi } from '../../state/app-context.tsx';
import { useStories, useTimeline } from '../../state/queries.ts';
import { useFailure } from '../../state/use-failure.ts';
import { findingEventsWords, useFindingEvents } from '../../timeline/finding-events.ts';
import { timelineLoadingWords, useTimelineLoading } from '../../timeline/timeline-loading.ts';
import { useTimelineVisit } from '../../timeline/use-timeline-visit.ts';
import { FailureBanner } from '../FailureBanner.tsx';
import { EmptyTimeline } from './EmptyTimeline.tsx';
import { StoryActions } from './StoryActions.tsx';
import { TimelineAxis } from './TimelineAxis.tsx';
import { TimelineToolbar } from './TimelineToolbar.tsx';

const scopeNames: Record<TimelineScope['kind'], string> = {
  all: 'Timeline',
  story: 'Story',
  tag: 'Tag',
  entity: 'Named in',
  search: 'Search',
  article: 'Article',
};

/** The timeline of a story, a tag, a name, a search, an article or the whole library. */
export function TimelineView() {
  const { ui, store } = useServices();
  const { run } = useCommands();
  const view = useUi((state) => state.timeline);
  const indexing = useFindingEvents();
  // A large library's stored events take a while to read before the first timeline, and a story of hundreds of
  // articles a while to put together: the reader sees how far it got.
  const loading = useTimelineLoading();
  const query = useTimeline(view.scope, view.showHidden);
  const data = query.data;
  const failure = useFailure(query);
  const loaded = data !== undefined;
  // Read or put together again while the last one shows (a story that grew), or while a failed one is tried again:
  // said in the banner, the window's corner leaves it out (StatusArea).
  const again =
    (data !== undefined || failure !== null) && (loading.reading || loading.merging)
      ? timelineLoadingWords(loading)
      : null;
  // The header says what is on screen: after a failed reload, the last answer's story (its name, Rename, Merge) may
  // be one that is no longer there (renamed, merged), so the header shows what it shows while loading. A tag's,
  // a name's or a search's title is the scope's own, and stays.
  const shown = failure ? undefined : data;
  // Until then (a big story takes seconds) or after a failure, the story's name as the sidebar knows it now.
  const stories = useStories(2).data?.stories;
  const scope = view.scope;
  const known = scope.kind === 'story' ? stories?.find((story) => story.id === scope.storyId) : undefined;
  const storyTitle = shown?.title ?? (known ? known.title || 'Untitled story' : undefined);
  const title = (scope.kind === 'story' ? storyTitle : data?.title) ?? 'Timeline';
  useTimelineVisit(view.scope, data, query.dataUpdatedAt);
  const scroller = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const newIds = new Set(view.newIds);

  // Back from an article: the timeline scrolls to where it was; leaving remembers where that is.
  const restored = useRef(false);
  const scrollTop = useRef(0);
  useLayoutEffect(() => {
    if (restored.current || !data || !scroller.current) return;
    scroller.current.scrollTop = store.getState().timeline.scrollTop;
    scrollTop.current = scroller.current.scrollTop;
    restored.current = true;
  }, [data, store]);
  useEffect(() => () => ui.setTimeline({ scrollTop: scrollTop.current }), [ui]);

  // j/k and the arrows move the focus; the focused event is brought into view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: also once the events are first on screen (back from an article)
  useEffect(() => {
    if (!view.focusId) return;
    const cards = scroller.current?.querySelectorAll<HTMLElement>('[data-event-id]') ?? [];
    const card = [...cards].find((candidate) => candidate.dataset.eventId === view.focusId);
    if (card && document.activeElement !== card) {
      card.focus({ preventScroll: true });
      card.scrollIntoView?.({ block: 'nearest' });
    }
  }, [view.focusId, loaded]);

  // Retry worked: the keys go on from the first event (or the heading of an empty timeline), not from the page.
  useFocusAfterRecovery(failure !== null, loaded, () => {
    const first = scroller.current?.querySelector<HTMLElement>('[data-event-id]');
    if (!first?.dataset.eventId) return heading.current;
    ui.setTimeline({ focusId: first.dataset.eventId });
    return first;
  });

  // Chosen by key: the heading, unless an event takes the keyboard once the events are on screen (above).
  useViewFocus(true, () => heading.current);

  function onKeyDown(event: React.KeyboardEvent) {
    const target = event.target as HTMLElement;
    // Enter on a button inside an event presses that button, not "open the event".
    if ((event.key === 'Enter' || event.key === ' ') && target.closest('button, a, input, select, textarea')) {
      event.stopPropagation();
      return;
    }
    const step = { ArrowDown: 'timeline.next', ArrowUp: 'timeline.previous' }[event.key];
    const command = step ? findCommand(step) : undefined;
    if (command && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      run(command);
    }
  }

  return (
    <main className="timeline-pane" aria-labelledby="timeline-title" onKeyDown={onKeyDown}>
      <header className="library-header timeline-header">
        <p className="timeline-kind">{scopeNames[view.scope.kind]}</p>
        <div className="library-title-row">
          <h2 id="timeline-title" ref={heading} tabIndex={-1}>
            {title}
          </h2>
          {/* Nothing to count on an empty timeline (its empty state says why), nor on one that failed. */}
          <span className="muted" aria-live="polite">
            {shown && shown.events.length > 0 ? summary(shown) : ''}
          </span>
        </div>
        {view.scope.kind === 'story' && shown && <StoryActions scope={view.scope} timeline={shown} />}
        {/* While it loads the toolbar stays, so the header does not jump when the events arrive. */}
        <TimelineToolbar hasEvents={!data || data.events.length > 0} failed={failure !== null} />
      </header>
      {(indexing || again) && (
        <p className="timeline-progress" role="status">
          {indexing && `${findingEventsWords(indexing)} The timeline fills in as they are found.`}
          {indexing && again && ' '}
          {again}
        </p>
      )}
      <div
        ref={scroller}
        className="timeline-scroll"
        onScroll={(event) => {
          scrollTop.current = event.currentTarget.scrollTop;
        }}
      >
        {failure ? (
          <FailureBanner
            failure="The timeline could not be loaded"
            reason={failure.reason}
            onRetry={() => query.refetch()}
          />
        ) : !data ? (
          <p className="muted timeline-loading">{timelineLoadingWords(loading)}</p>
        ) : data.events.length === 0 ? (
          <EmptyTimeline scope={view.scope} indexing={indexing !== undefined} showHidden={view.showHidden} />
        ) : (
          <TimelineAxis
            timeline={data}
            zoom={view.zoom}
            laneMode={view.lanes}
            focusId={view.focusId}
            newIds={newIds}
            backgroundOpen={view.backgroundOpen}
            onBackgroundToggle={(backgroundOpen) => ui.setTimeline({ backgroundOpen })}
          />
        )}
      </div>
    </main>
  );
}

function summary(timeline: Timeline): string {
  const articles = new Set(timeline.events.flatMap((event) => event.sources.map((source) => source.articleId))).size;
  const events = timeline.events.filter((event) => !event.background).length;
  const past = timeline.events.length - events;
  const said = `${events} ${events === 1 ? 'event' : 'events'} from ${articles} ${articles === 1 ? 'article' : 'articles'}`;
  return past > 0 ? `${said}, and ${past} in the background` : said;
}
