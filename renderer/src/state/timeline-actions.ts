import type { QueryClient } from '@tanstack/react-query';
import type {
  EventRef,
  Precision,
  StorySummary,
  TimelineEvent,
  TimelineScope,
  TimelineSource,
} from '../../../electron/contract/timeline.ts';
import type { ApiClient } from '../api/client.ts';
import { download } from '../lib/download.ts';
import { formatCount } from '../lib/plural.ts';
import { actionKit } from './mutate.ts';
import { keys } from './query-keys.ts';
import type { UiActions, UiStore } from './ui-store.ts';

export interface EventPatch {
  date?: string;
  endDate?: string | null;
  precision?: Precision;
  text?: string;
}

/** One article's reports of an event: the source listed and its article's other reports of it. */
const refsOfSource = ({ articleId, key, alsoKeys }: TimelineSource): EventRef[] =>
  [key, ...(alsoKeys ?? [])].map((k) => ({ articleId, key: k }));

const refsOf = (event: TimelineEvent): EventRef[] => event.sources.flatMap(refsOfSource);
const sameRef = (a: EventRef, b: EventRef) => a.articleId === b.articleId && a.key === b.key;

/**
 * What the reader can do to events and stories: each change written by the core (so it survives
 * re-extraction), each destructive one undoable, each failure said in words.
 */
export function timelineActions(client: ApiClient, ui: UiActions, queryClient: QueryClient, store: UiStore) {
  const { attempt, mutate, invalidate } = actionKit({ client, ui, queryClient, store }, [keys.timelineRoot]);
  const refresh = () => invalidate([keys.timelineRoot]);

  const setHidden = (event: TimelineEvent, hidden: boolean) =>
    mutate({ run: () => client.call('timeline.editEvents', { refs: refsOf(event), patch: { hidden } }) });

  async function moveArticle(articleId: string, storyId: string | null, label: string) {
    await mutate({
      run: () => client.call('stories.moveArticle', { articleId, storyId }),
      undo: ({ from }) => ({
        label,
        run: () => client.call('stories.moveArticle', { articleId, storyId: from?.id ?? null }),
      }),
    });
  }

  return {
    refresh,

    /** Changes an event's date or words (for every article that reports it); Undo puts the old ones back. */
    async edit(event: TimelineEvent, patch: EventPatch) {
      const before = { date: event.date, endDate: event.endDate ?? null, precision: event.precision, text: event.text };
      await mutate({
        run: () => client.call('timeline.editEvents', { refs: refsOf(event), patch }),
        undo: () => ({
          label: 'Changed the event',
          run: () =>
            event.edited
              ? client.call('timeline.editEvents', { refs: refsOf(event), patch: before })
              : client.call('timeline.resetEvents', { refs: refsOf(event) }),
        }),
      });
    },

    async hide(event: TimelineEvent) {
      await mutate({
        run: () => client.call('timeline.editEvents', { refs: refsOf(event), patch: { hidden: true } }),
        undo: () => ({
          label: 'Hid the event',
          run: () => client.call('timeline.editEvents', { refs: refsOf(event), patch: { hidden: false } }),
        }),
      });
    },

    /**
     * One article's report is another happening than the others': it gets an entry of its own, and any join naming it
     * (on it, or on another report of the event) is taken back with it; Undo puts all of it back as it was.
     */
    async keepApart(event: TimelineEvent, source: TimelineSource, title: string) {
      const refs = refsOfSource(source);
      const namesIt = (ref: EventRef) => refs.some((own) => sameRef(own, ref));
      const naming = event.sources.filter((other) => other !== source && other.joined?.some(namesIt));
      const setJoined = (of: TimelineSource, joined: EventRef[]) =>
        client.call('timeline.editEvents', { refs: refsOfSource(of), patch: { joined } });
      await mutate({
        run: async () => {
          for (const other of naming)
            await setJoined(
              other,
              other.joined!.filter((ref) => !namesIt(ref)),
            );
          return client.call('timeline.editEvents', { refs, patch: { apart: true, joined: [] } });
        },
        undo: () => ({
          label: `Showed “${title}” on its own`,
          run: async () => {
            for (const other of naming) await setJoined(other, other.joined!);
            return client.call('timeline.editEvents', {
              refs,
              patch: { apart: event.apart ?? false, joined: source.joined ?? [] },
            });
          },
        }),
      });
    },

    /**
     * Two events of one date are one happening: the first report of one names the first of the other (one name joins
     * the two whole events), beside any it named before; Undo puts its list back as it was.
     */
    async join(event: TimelineEvent, other: TimelineEvent) {
      const [mine, theirs] = [event.sources[0]!, other.sources[0]!];
      const before = mine.joined ?? [];
      const setJoined = (joined: EventRef[]) =>
        client.call('timeline.editEvents', {
          refs: [{ articleId: mine.articleId, key: mine.key }],
          patch: { joined },
        });
      await mutate({
        run: () => setJoined([...before, { articleId: theirs.articleId, key: theirs.key }]),
        undo: () => ({ label: 'Showed the two as one event', run: () => setJoined(before) }),
      });
    },

    /** Lets Annals merge an event kept apart with other articles' reports again. */
    async mergeAgain(event: TimelineEvent) {
      await mutate({
        run: () => client.call('timeline.editEvents', { refs: refsOf(event), patch: { apart: false } }),
        done: () => ui.toast('Annals may merge it with other reports again'),
      });
    },

    show: async (event: TimelineEvent) => {
      await setHidden(event, false);
    },

    /** Forgets the reader's edits to an event (and shows it again). */
    async reset(event: TimelineEvent) {
      await mutate({
        run: () => client.call('timeline.resetEvents', { refs: refsOf(event) }),
        done: () => ui.toast('The event is as Annals found it again'),
      });
    },

    async promoteHighlight(articleId: string, annotationId: string, date: string, precision: Precision | null) {
      return mutate({
        run: () =>
          client.call('timeline.promoteHighlight', {
            articleId,
            annotationId,
            ...(date && precision ? { date, precision } : {}),
          }),
        done: () => ui.toast('Added to the timeline'),
      });
    },

    async markVisited(scope: TimelineScope) {
      try {
        await client.call('timeline.markVisited', { scope });
        // Shown next time without the marks (this visit keeps them: see useTimelineVisit).
        await refresh();
      } catch {
        // The marks stay one visit longer; not worth interrupting the reader.
      }
    },

    async exportAs(scope: TimelineScope, format: 'md' | 'csv' | 'timelinejs') {
      const file = await attempt(() => client.call('timeline.export', { scope, format }));
      if (!file) return;
      download(file.fileName, file.mimeType, file.content);
      ui.toast(`Exported “${file.fileName}”`);
    },

    async renameStory(storyId: string, title: string) {
      await mutate({ run: () => client.call('stories.rename', { storyId, title }) });
    },

    async mergeStories(into: StorySummary, other: StorySummary) {
      return mutate({
        run: () => client.call('stories.merge', { storyIds: [into.id, other.id] }),
        undo: (merged) => ({
          label: `Merged “${other.title}” into “${into.title}”`,
          run: () => client.call('stories.split', { storyId: merged.id, articleIds: other.articleIds }),
        }),
      });
    },

    async splitStory(story: StorySummary, articleIds: string[]) {
      const result = await mutate({
        run: () => client.call('stories.split', { storyId: story.id, articleIds }),
        undo: ({ split }) => ({
          label: `Took ${articleIds.length === 1 ? 'an article' : `${formatCount(articleIds.length)} articles`} out of the story`,
          run: () => client.call('stories.merge', { storyIds: [story.id, split.id] }),
        }),
      });
      return result?.split;
    },

    moveOut: (articleId: string) => moveArticle(articleId, null, 'Moved the article out of its story'),
    moveTo: (articleId: string, story: StorySummary) =>
      moveArticle(articleId, story.id, `Moved the article to “${story.title}”`),
  };
}

export type TimelineActions = ReturnType<typeof timelineActions>;
