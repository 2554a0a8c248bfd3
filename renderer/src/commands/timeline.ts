import type { TimelineEvent } from '../../../electron/contract/timeline.ts';
import { joinableWith } from '../timeline/joinable.ts';
import { type CommandContext, inTimeline, type SectionHandlers } from './context.ts';

/** The event the keys act on in the timeline, and its place among the events shown. */
function focusedEvent(ctx: CommandContext): { event: TimelineEvent | null; index: number } {
  const index = ctx.timelineEvents.findIndex((event) => event.id === ctx.state.timeline.focusId);
  return { event: ctx.timelineEvents[index] ?? null, index };
}

function focusEventAt(ctx: CommandContext, index: number) {
  const events = ctx.timelineEvents;
  const target = events[Math.min(events.length - 1, Math.max(0, index))];
  if (target) ctx.ui.setTimeline({ focusId: target.id });
}

function stepEvent(ctx: CommandContext, delta: 1 | -1) {
  const { index } = focusedEvent(ctx);
  focusEventAt(ctx, index === -1 ? (delta === 1 ? 0 : ctx.timelineEvents.length - 1) : index + delta);
}

/** Zoom is offered only over a timeline on screen: a failed one shows its zoom buttons disabled. */
const canZoom = (ctx: CommandContext) => inTimeline(ctx) && !ctx.timelineFailed;

const hasFocusedEvent = (ctx: CommandContext) => inTimeline(ctx) && focusedEvent(ctx).event !== null;

/** Opening timelines, and the keys of the timeline on screen. */
export const timelineCommands: SectionHandlers<'Timeline'> = {
  'timeline.ofTag': {
    label: (ctx) => `Timeline of the tag “${ctx.state.tagFilter[0]}”`,
    available: (ctx) => ctx.state.tagFilter.length === 1,
    run: (ctx) => ctx.ui.showTimeline({ kind: 'tag', tag: ctx.state.tagFilter[0]! }),
  },
  'timeline.ofSearch': {
    available: (ctx) => ctx.state.search.trim() !== '',
    run: (ctx) => ctx.ui.showTimeline({ kind: 'search', query: ctx.state.search.trim() }),
  },
  'timeline.ofStory': {
    available: (ctx) => ctx.currentStory !== null,
    run: (ctx) => {
      if (ctx.currentStory) ctx.ui.showTimeline({ kind: 'story', storyId: ctx.currentStory.id });
    },
  },
  'timeline.ofArticle': {
    available: (ctx) => ctx.current !== null,
    run: (ctx) => {
      if (ctx.current) ctx.ui.showTimeline({ kind: 'article', articleId: ctx.current.id });
    },
  },
  'timeline.next': { available: inTimeline, run: (ctx) => stepEvent(ctx, 1) },
  'timeline.previous': { available: inTimeline, run: (ctx) => stepEvent(ctx, -1) },
  'timeline.first': { available: inTimeline, run: (ctx) => focusEventAt(ctx, 0) },
  'timeline.last': { available: inTimeline, run: (ctx) => focusEventAt(ctx, ctx.timelineEvents.length - 1) },
  'timeline.open': {
    available: hasFocusedEvent,
    run: (ctx) => {
      const source = focusedEvent(ctx).event?.sources[0];
      if (source) ctx.ui.openAtSentence(source.articleId, source);
    },
  },
  'timeline.edit': {
    available: hasFocusedEvent,
    run: (ctx) => {
      const { event } = focusedEvent(ctx);
      if (event) ctx.ui.editEvent(event.id);
    },
  },
  'timeline.hide': {
    label: (ctx) => (focusedEvent(ctx).event?.hidden ? 'Show the event again' : 'Hide the event'),
    available: hasFocusedEvent,
    run: (ctx) => {
      const { event, index } = focusedEvent(ctx);
      if (!event) return;
      if (event.hidden) return ctx.timeline.show(event);
      // The keys go on from the next event, as after archiving in the list.
      if (!ctx.state.timeline.showHidden)
        focusEventAt(ctx, index + 1 < ctx.timelineEvents.length ? index + 1 : index - 1);
      return ctx.timeline.hide(event);
    },
  },
  'timeline.join': {
    available: (ctx) => {
      const { event } = focusedEvent(ctx);
      return (
        inTimeline(ctx) && event !== null && joinableWith(event, ctx.timelineEvents, ctx.timelineArticles).length > 0
      );
    },
    run: (ctx) => {
      const { event } = focusedEvent(ctx);
      if (event) ctx.ui.joinEvent(event.id);
    },
  },
  'timeline.zoomIn': { available: canZoom, run: (ctx) => ctx.ui.zoomTimeline('in') },
  'timeline.zoomOut': { available: canZoom, run: (ctx) => ctx.ui.zoomTimeline('out') },
  'timeline.close': { available: inTimeline, run: (ctx) => ctx.ui.setView(ctx.state.view) },
};
