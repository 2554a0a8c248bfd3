import { describe, expect, it, vi } from 'vitest';
import type {
  Annotation,
  Article,
  ArticleEvent,
  MergedDuplicates,
  StorySummary,
} from '../../../electron/contract/index.ts';
import { copyInStoryWithLaterArticle, openDuplicatePair } from '../helpers/duplicates.ts';
import { type Api, devices } from '../sync/support/devices.ts';

// What a merge of duplicates carries beyond the article itself (the reader's corrections of events, the
// story, tags) and how Undo takes back exactly that, through the core's dispatcher as the app calls it.

const { open } = devices();

const duplicatePair = () => openDuplicatePair(open);

const eventsOf = (core: Api, articleId: string) =>
  core.call<{ events: ArticleEvent[]; story: StorySummary | null }>('timeline.article', { articleId });
const merge = async (core: Api) => (await core.call<{ merged: MergedDuplicates[] }>('duplicates.merge', {})).merged;
const undo = (core: Api, merged: MergedDuplicates[]) => core.call('duplicates.undoMerge', { merged });
const tagsOf = async (core: Api, id: string) => (await core.call<Article>('article.get', { id })).tags;

/** The event of the approval the copy saved by link reports. */
const approval = (events: ArticleEvent[]) => events.find((event) => /approved the new ferry terminal/.test(event.text));

// Each test opens a core, finds events and merges through it: seconds on a busy machine.
describe('merging duplicates, and Undo', { timeout: 60_000 }, () => {
  it('carries the reader’s correction of a copy’s event to the kept article, and takes it back on Undo', async () => {
    const { core, kept, other } = await duplicatePair();
    const found = approval((await eventsOf(core, other)).events);
    expect(found).toBeDefined();
    await core.call('timeline.editEvents', {
      refs: [{ articleId: other, key: found!.key }],
      patch: { date: '2024-05-28', text: 'Harbour authority approves the ferry terminal, 7–2' },
    });

    const merged = await merge(core);
    // On the same event of the text the kept article shows: corrected, and the approval not listed twice.
    const { events } = await eventsOf(core, kept);
    expect(events.filter((event) => event.edited)).toMatchObject([
      { date: '2024-05-28', text: 'Harbour authority approves the ferry terminal, 7–2' },
    ]);
    expect(approval(events)).toBeUndefined();

    await undo(core, merged);
    expect((await eventsOf(core, kept)).events.filter((event) => event.edited)).toEqual([]);
    // The copy, back from the trash, kept its own correction all along.
    expect((await eventsOf(core, other)).events.find((event) => event.edited)).toMatchObject({ date: '2024-05-28' });
  });

  it('finds the kept article’s events in the text it shows again after Undo', async () => {
    const { core, kept } = await duplicatePair();
    const before = approval((await eventsOf(core, kept)).events);
    expect(before?.text).not.toMatch(/seven votes/);
    const merged = await merge(core);
    // The copy's corrected text is shown after the merge, and its events with it (found in the background).
    await vi.waitFor(async () => expect(approval((await eventsOf(core, kept)).events)?.text).toMatch(/seven votes/), {
      timeout: 20_000,
    });
    await undo(core, merged);
    const { key, date, text, start, end } = before!;
    await vi.waitFor(
      async () => expect(approval((await eventsOf(core, kept)).events)).toMatchObject({ key, date, text, start, end }),
      { timeout: 20_000 },
    );
  });

  it('carries a highlight the copy made an event of, and takes it back with the highlight', async () => {
    const { core, kept, other } = await duplicatePair();
    const highlight = await core.call<Annotation>('annotations.create', {
      kind: 'highlight',
      articleId: other,
      quote: 'by seven votes',
    });
    await core.call('timeline.promoteHighlight', { articleId: other, annotationId: highlight.id, date: '2024-05-28' });

    const merged = await merge(core);
    const fromHighlight = (events: ArticleEvent[]) => events.filter((event) => event.origin === 'highlight');
    expect(fromHighlight((await eventsOf(core, kept)).events)).toMatchObject([
      { date: '2024-05-28', text: 'by seven votes', annotationId: highlight.id },
    ]);
    await undo(core, merged);
    expect(fromHighlight((await eventsOf(core, kept)).events)).toEqual([]);
    expect(fromHighlight((await eventsOf(core, other)).events)).toHaveLength(1);
  });

  it('takes the kept article back out of the story it joined through a copy', async () => {
    const { core, kept, other } = await duplicatePair();
    const third = await copyInStoryWithLaterArticle(core, kept, other);
    const storiesOf = async () =>
      (await core.call<{ stories: StorySummary[] }>('stories.list', { minArticles: 1 })).stories
        .map((story) => story.articleIds.sort().join(' '))
        .sort();
    const before = await storiesOf();
    expect(before).toContain([other, third].sort().join(' '));

    const merged = await merge(core);
    expect(await storiesOf()).toContain([kept, third].sort().join(' '));
    await undo(core, merged);
    expect(await storiesOf()).toEqual(before);
    expect((await eventsOf(core, kept)).story?.articleIds).toEqual([kept]);
  });

  it('leaves a tag the reader put on again after the merge, in another letter case, when Undo takes the merge back', async () => {
    const { core, kept, other } = await duplicatePair();
    await core.call('article.tag', { ids: [kept], add: ['harbour'] });
    await core.call('article.tag', { ids: [other], add: ['ferries', 'Harbour'] });
    const merged = await merge(core);
    expect(await tagsOf(core, kept)).toEqual(['harbour', 'ferries']);
    // Taken off and put on again, spelt the reader's way: the reader's tag now, not the merge's.
    await core.call('article.tag', { ids: [kept], remove: ['ferries'] });
    await core.call('article.tag', { ids: [kept], add: ['Ferries'] });

    await undo(core, merged);
    expect(await tagsOf(core, kept)).toEqual(['harbour', 'Ferries']);
  });

  it('still takes off the tags the merge put on and nobody touched since', async () => {
    const { core, kept, other } = await duplicatePair();
    await core.call('article.tag', { ids: [kept], add: ['Harbour'] });
    await core.call('article.tag', { ids: [other], add: ['ferries', 'harbour'] });
    const merged = await merge(core);
    await undo(core, merged);
    expect(await tagsOf(core, kept)).toEqual(['Harbour']);
    expect(await tagsOf(core, other)).toEqual(['ferries', 'harbour']);
  });
});
