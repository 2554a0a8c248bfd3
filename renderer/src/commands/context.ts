import type { CommandId, CommandIdIn, CommandSection, CommandSpec } from '../../../electron/contract/commands.ts';
import type { ArticleSummary, Settings } from '../../../electron/contract/model.ts';
import type { StorySummary, Timeline, TimelineEvent } from '../../../electron/contract/timeline.ts';
import type { LibraryActions } from '../state/library-actions.ts';
import type { TimelineActions } from '../state/timeline-actions.ts';
import type { UiActions, UiState } from '../state/ui-store.ts';

/** What a command may look at and act on; built fresh for every key press or palette run. */
export interface CommandContext {
  state: UiState;
  ui: UiActions;
  library: LibraryActions;
  timeline: TimelineActions;
  /** The articles of the current view, in the order shown. */
  articles: ArticleSummary[];
  /** The events of the timeline on screen (or last shown), in date order. */
  timelineEvents: TimelineEvent[];
  /** The articles the timeline on screen cites, with their stories. */
  timelineArticles: Timeline['articles'];
  /** The timeline on screen could not be loaded: its failure and Retry are shown instead of it. */
  timelineFailed: boolean;
  /** The story of the open or selected article, when known. */
  currentStory: StorySummary | null;
  /** The open article, else the selected one. */
  current: ArticleSummary | null;
  settings: Settings | undefined;
  sampleInstalled: boolean;
  openExternal(url: string): void;
}

/** What a command does; its id, title, section and key come from the contract's list. */
export interface CommandHandler {
  /** A name that fits the moment ("Move to Inbox" for an archived article). */
  label?(ctx: CommandContext): string;
  available?(ctx: CommandContext): boolean;
  /** For a command that picks one of several choices (a theme): whether its choice is the current one. */
  checked?(ctx: CommandContext): boolean;
  run(ctx: CommandContext): void | Promise<void>;
}

/** One section's handlers: exactly one for each of its commands in the contract. */
export type SectionHandlers<S extends CommandSection> = { [K in CommandIdIn<S>]: CommandHandler };

export type Command = CommandSpec & CommandHandler & { id: CommandId };

/** The ticked articles of the list, else the open or selected one. */
export function targetIds(ctx: CommandContext): string[] {
  if (!ctx.state.openId) {
    const shown = new Set(ctx.articles.map((article) => article.id));
    const checked = ctx.state.checkedIds.filter((id) => shown.has(id));
    if (checked.length > 0) return checked;
  }
  return ctx.current ? [ctx.current.id] : [];
}

/** The timeline is on screen (not an article read from it): its keys apply, the list's do not. */
export const inTimeline = (ctx: CommandContext) => ctx.state.pane === 'timeline' && ctx.state.openId === null;
export const notInTimeline = (ctx: CommandContext) => !inTimeline(ctx);
