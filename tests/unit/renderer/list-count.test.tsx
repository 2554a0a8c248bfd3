// @vitest-environment jsdom
// The sidebar counts a view's unread articles and the header counted all of them, so a lived-in library showed
// "Inbox 993" beside "1527 articles". The header now names both, with the sidebar's number in it.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { listCountText } from '../../../renderer/src/lib/list-count.ts';
import { formatCount, plural } from '../../../renderer/src/lib/plural.ts';
import { generateLibrary } from '../../bench/generate-library.ts';
import { type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('the count in the list’s header', () => {
  it('says how many of the list’s articles are unread, the number the sidebar shows', async () => {
    let ids: string[] = [];
    app = await renderApp({
      beforeOpen: async (dir) => {
        ids = await generateLibrary(dir, 12);
      },
      beforeRender: async (core) => {
        const update = async (some: string[], state: 'unread' | 'read') => {
          const envelope = await core.dispatch('article.update', { ids: some, patch: { state } });
          if (!envelope.ok) throw new Error(envelope.error.message);
        };
        await update(ids, 'unread');
        await update(ids.slice(0, 5), 'read');
      },
    });
    const views = await screen.findByRole('navigation', { name: 'Library views' });
    const inbox = await within(views).findByRole('button', { name: /^Inbox/ });
    await waitFor(() => expect(inbox.textContent).toBe('Inbox 7 unread'));
    await waitFor(() => expect(screen.getByText('7 unread of 12 articles')).toBeTruthy());
  }, 60_000);

  it('says a count once where two would repeat it: one article, or every article unread', () => {
    const unread = { state: 'unread' } as const;
    expect(listCountText([unread], 'inbox')).toBe('1 article, unread');
    expect(listCountText([unread, unread], 'all')).toBe('2 articles, both unread');
    expect(listCountText([unread, unread, unread], 'favorites')).toBe('3 articles, all unread');
    expect(listCountText([], 'inbox')).toBe('No articles');
  });

  it('writes its numbers as the reader’s locale does', () => {
    const number = new Intl.NumberFormat();
    const articles = Array.from({ length: 1984 }, (_, n) => ({ state: n < 993 ? 'unread' : 'read' }) as const);
    expect(listCountText(articles, 'all')).toBe(`993 unread of ${number.format(1984)} articles`);
    expect(number.format(1984)).not.toBe('1984');
    expect(formatCount(1984, 'de-DE')).toBe('1.984');
    expect(formatCount(1984, 'en-GB')).toBe('1,984');
    expect(plural(12500, 'article')).toBe(`${number.format(12500)} articles`);
  });

  it('gives a list with nothing unread, and the Archive, its size alone', () => {
    const read = { state: 'read' } as const;
    const unread = { state: 'unread' } as const;
    expect(listCountText([read, read], 'inbox')).toBe('2 articles');
    expect(listCountText([read], 'all')).toBe('1 article');
    expect(listCountText([unread, read], 'favorites')).toBe('1 unread of 2 articles');
    expect(listCountText([{ state: 'archived' }], 'archive')).toBe('1 article');
  });
});
