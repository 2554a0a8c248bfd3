import type { QueryClient } from '@tanstack/react-query';
import type {
  EventRef,
  Precision,
  StorySummary,
  TimelineEvent,
  TimelineScope,
} from '../../../electron/contract/timeline.ts';
import type { ApiClient } from '../api/client.ts';
import { download } from '../lib/download.ts';
import { attempter } from './attempt.ts';
import { keys } from './query-keys.ts';
import type { UiActions } from './ui-store.ts';

export interface EventPatch {
  date?: string;
  endDate?: string | null;
  precision?: Precision;
  text?: string;
}

const refsOf = (event: TimelineEvent): EventRef[] => event.sources.map(({ articleId, key }) => ({ articleId, key }));

/**
 * What the reader can do to events and stories: each change written by the core (so it survives
 * re-extraction), each destructive one undoable, each failure said in words.
 */
export function timelineActions(client: ApiClient, ui: UiActions, queryClient: QueryClient) {
  const refresh = () => queryClient.invalidateQueries({ queryKey: keys.timelineRoot });

  const attempt = attempter(ui);

  async function moveArticle(articleId: string, storyId: string | null, label: string) {
    await attempt(async () => {
      const { from } = await client.call('stories.moveArticle', { articleId, storyId });
      await refresh();
      ui.pushUndo(label, async () => {
        await attempt(async () => {
          await client.call('stories.moveArticle', { articleId, storyId: from?.id ?? null });
          await refresh();
        });
      });
    });
  }

  return {
    refresh,

    /** Changes an event's date or words (for every article that reports it); Undo puts the old ones back. */
    async edit(event: TimelineEvent, patch: EventPatch) {
      await attempt(async () => {
        await client.call('timeline.editEvents', { refs: refsOf(event), patch });
        await refresh();
        const before = {
          date: event.date,
          endDate: event.endDate ?? null,
          precision: event.precision,
          text: event.text,
        };
        ui.pushUndo('Changed the event', async () => {
          await attempt(async () => {
            if (event.edited) await client.call('timeline.editEvents', { refs: refsOf(event), patch: before });
            else await client.call('timeline.resetEvents', { refs: refsOf(event) });
            await refresh();
          });
        });
      });
    },

    async hide(event: TimelineEvent) {
      await attempt(async () => {
        await client.call('timeline.editEvents', { refs: refsOf(event), patch: { hidden: true } });
        await refresh();
        ui.pushUndo('Hid the event', () => setHidden(event, false));
      });
    },

    show: (event: TimelineEvent) => setHidden(event, false),

    /** Forgets the reader's edits to an event (and shows it again). */
    async reset(event: TimelineEvent) {
      await attempt(async () => {
        await client.call('timeline.resetEvents', { refs: refsOf(event) });
        await refresh();
        ui.toast('The event is as Annals found it again');
      });
    },

    async promoteHighlight(articleId: string, annotationId: string, date: string, precision: Precision | null) {
      return attempt(async () => {
        const event = await client.call('timeline.promoteHighlight', {
          articleId,
          annotationId,
          ...(date && precision ? { date, precision } : {}),
        });
        await refresh();
        ui.toast('Added to the timeline');
        return event;
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
      await attempt(async () => {
        await client.call('stories.rename', { storyId, title });
        await refresh();
      });
    },

    async mergeStories(into: StorySummary, other: StorySummary) {
      return attempt(async () => {
        const merged = await client.call('stories.merge', { storyIds: [into.id, other.id] });
        await refresh();
        ui.pushUndo(`Merged “${other.title}” into “${into.title}”`, async () => {
          await attempt(async () => {
            await client.call('stories.split', { storyId: merged.id, articleIds: other.articleIds });
            await refresh();
          });
        });
        return merged;
      });
    },

    async splitStory(story: StorySummary, articleIds: string[]) {
      return attempt(async () => {
        const { split } = await client.call('stories.split', { storyId: story.id, articleIds });
        await refresh();
        ui.pushUndo(
          `Took ${articleIds.length === 1 ? 'an article' : `${articleIds.length} articles`} out of the story`,
          async () => {
            await attempt(async () => {
              await client.call('stories.merge', { storyIds: [story.id, split.id] });
              await refresh();
            });
          },
        );
        return split;
      });
    },

    moveOut: (articleId: string) => moveArticle(articleId, null, 'Moved the article out of its story'),
    moveTo: (articleId: string, story: StorySummary) =>
      moveArticle(articleId, story.id, `Moved the article to “${story.title}”`),
  };

  async function setHidden(event: TimelineEvent, hidden: boolean) {
    await attempt(async () => {
      await client.call('timeline.editEvents', { refs: refsOf(event), patch: { hidden } });
      await refresh();
    });
  }
}

export type TimelineActions = ReturnType<typeof timelineActions>;
