import { useCallback } from 'react';
import type { MethodOutput } from '../../../electron/contract/api.ts';
import type { Settings } from '../../../electron/contract/model.ts';
import { errorMessage } from '../api/client.ts';
import { matchesShortcut } from '../lib/keys.ts';
import { useServices } from '../state/app-context.tsx';
import { keys } from '../state/queries.ts';
import { stateShowsFailure } from '../state/use-failure.ts';
import { eventsOnScreen } from '../timeline/background.ts';
import { type Command, type CommandContext, commands, isAvailable } from './registry.ts';

/** Links leave the app: the desktop shell hands them to the system browser, browser mode opens a tab. */
export function openExternal(url: string): void {
  if (!/^https?:\/\//i.test(url)) return;
  window.open(url, '_blank', 'noopener,noreferrer');
}

/** Builds the command context from the state of this instant, and runs commands in it. */
export function useCommands() {
  const { store, ui, library, timeline, queryClient } = useServices();

  const context = useCallback((): CommandContext => {
    const state = store.getState();
    const settings = queryClient.getQueryData<Settings>(keys.settings);
    const list = queryClient.getQueryData<MethodOutput<'library.list'>>(
      keys.list(state.view, settings?.sort ?? 'saved', state.tagFilter, state.tagMode, state.feedFilter),
    );
    const info = queryClient.getQueryData<MethodOutput<'app.info'>>(keys.info);
    const timelineKey = keys.timeline(state.timeline.scope, state.timeline.showHidden);
    const shownTimeline = queryClient.getQueryData<MethodOutput<'timeline.get'>>(timelineKey);
    const articles = list?.articles ?? [];
    const currentId = state.openId ?? state.selectedId;
    const current =
      articles.find((article) => article.id === currentId) ??
      (currentId ? (queryClient.getQueryData<CommandContext['current']>(keys.article(currentId)) ?? null) : null);
    const currentStory = currentId
      ? (queryClient.getQueryData<MethodOutput<'timeline.article'>>(keys.articleTimeline(currentId))?.story ?? null)
      : null;
    return {
      state,
      ui,
      library,
      timeline,
      articles,
      timelineEvents: eventsOnScreen(shownTimeline?.events ?? [], state.timeline.backgroundOpen),
      timelineArticles: shownTimeline?.articles ?? {},
      timelineFailed: stateShowsFailure(queryClient.getQueryState(timelineKey)),
      currentStory,
      current,
      settings,
      sampleInstalled: info?.sampleInstalled ?? false,
      openExternal,
    };
  }, [store, ui, library, timeline, queryClient]);

  /** Runs a command; a failure is said in the status area, never lost. */
  const execute = useCallback(
    (command: Command, ctx: CommandContext) => {
      Promise.resolve()
        .then(() => command.run(ctx))
        .catch((error: unknown) => ui.toast(`${command.title} failed: ${errorMessage(error)}`, 'error'));
    },
    [ui],
  );

  const run = useCallback(
    (command: Command) => {
      const ctx = context();
      if (isAvailable(command, ctx)) execute(command, ctx);
    },
    [context, execute],
  );

  /** Runs the command a key press names; answers whether one did. */
  const runShortcut = useCallback(
    (event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean => {
      const ctx = context();
      const command = commands.find(
        (candidate) => candidate.shortcut && matchesShortcut(event, candidate.shortcut) && isAvailable(candidate, ctx),
      );
      if (!command) return false;
      execute(command, ctx);
      return true;
    },
    [context, execute],
  );

  return { context, run, runShortcut };
}
