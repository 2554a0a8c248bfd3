import type { Annotation, HighlightColor } from '../../../../electron/contract/model.ts';
import type { ActionKit } from '../mutate.ts';
import { keys } from '../query-keys.ts';

/** Highlights, their notes, each article's own note, and exporting them. */
export function annotationActions({ client, attempt, mutate }: ActionKit) {
  return {
    /** A new highlight; `failed` says a failure in place of the plain toast (the note's words typed meanwhile). */
    async highlight(
      articleId: string,
      range: { start: number; end: number },
      color: HighlightColor,
      { note = '', failed }: { note?: string; failed?(message: string): void } = {},
    ) {
      return mutate({
        failed,
        run: () => client.call('annotations.create', { kind: 'highlight', articleId, range, color, note }),
        // Only what shows the highlight (its mark, the notes beside, its popover) is read again before it answers:
        // the rest (lists, tags, counts) follows the core's libraryChanged. Waiting for all of it kept the note's
        // popover back for seconds while the core was busy putting a big timeline together.
        refresh: [keys.annotations(articleId)],
        undo: (created) => ({
          label: 'Highlighted',
          run: () => client.call('annotations.delete', { articleId, ids: [created.id] }),
        }),
      });
    },

    async updateAnnotation(annotation: Annotation, patch: { color?: HighlightColor; note?: string; tags?: string[] }) {
      await mutate({
        run: () => client.call('annotations.update', { articleId: annotation.articleId, id: annotation.id, patch }),
      });
    },

    async deleteAnnotation(annotation: Annotation) {
      await mutate({
        run: () => client.call('annotations.delete', { articleId: annotation.articleId, ids: [annotation.id] }),
        undo: ({ deleted }) => ({
          label: annotation.kind === 'note' ? 'Deleted the note' : 'Deleted the highlight',
          run: () => client.call('annotations.restore', { annotations: deleted }),
        }),
      });
    },

    /** The article's own note: written, changed, or (emptied) removed. */
    async setArticleNote(articleId: string, existing: Annotation | undefined, note: string) {
      const emptied = note.trim() === '';
      if (existing && !emptied && existing.note === note) return;
      await mutate({
        async run() {
          if (existing && emptied) await client.call('annotations.delete', { articleId, ids: [existing.id] });
          else if (existing) await client.call('annotations.update', { articleId, id: existing.id, patch: { note } });
          else if (!emptied) await client.call('annotations.create', { kind: 'note', articleId, note });
        },
      });
    },

    async exportAnnotations(format: 'md' | 'jsonld' | 'csv' | 'html', scope: { articleId?: string; tag?: string }) {
      return attempt(() => client.call('annotations.export', { format, ...scope }));
    },
  };
}
