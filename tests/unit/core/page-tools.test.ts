import { describe, expect, it } from 'vitest';
import { openPageTools } from '../../../electron/core/pages/index.ts';

describe('the core without a library', () => {
  it('reads the dated events of a text against its publication date', async () => {
    const { dispatch } = openPageTools();
    const answer = await dispatch('page.events', {
      text: 'The harbour board voted on Tuesday to rebuild the north pier.',
      publishedAt: '2025-05-16T09:00:00+01:00',
      savedAt: '2025-06-01T12:00:00Z',
    });
    expect(answer).toMatchObject({ ok: true, value: { events: [{ date: '2025-05-13', precision: 'day' }] } });
  });

  it('says that a method needs a library instead of answering it', async () => {
    const { dispatch } = openPageTools();
    expect(await dispatch('library.list', {})).toEqual({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'library.list needs a library.' },
    });
  });

  it('groups pages into stories with the events they report together', async () => {
    const { dispatch } = openPageTools();
    const page = (id: string, text: string) => ({
      id,
      title: id,
      text,
      publishedAt: '2025-05-16',
      savedAt: '2025-05-16T12:00:00Z',
    });
    const answer = await dispatch('page.stories', {
      pages: [
        page('a', 'Kellbridge council closed the Old Mill Bridge on Tuesday after the flood shifted its central pier.'),
        page(
          'b',
          'The Old Mill Bridge in Kellbridge was closed on Tuesday when engineers found the flood had moved a pier.',
        ),
        page('c', 'Frogs have moved into the city ponds of Larkspur this spring, counted by volunteers.'),
      ],
    });
    expect(answer.ok).toBe(true);
    const { stories } = (answer as { value: { stories: { pageIds: string[] }[] } }).value;
    expect(stories.map((story) => story.pageIds.sort())).toContainEqual(['a', 'b']);
    expect(stories.map((story) => story.pageIds)).toContainEqual(['c']);
  });
});
