// @vitest-environment jsdom
// An event that every outlet carried is reported by dozens of articles: its card lists the first few and the rest on
// request, instead of a column of dozens of titles between one event and the next (seen on a library of 1,900).
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import type { Timeline, TimelineSource } from '../../../electron/contract/timeline.ts';
import { EventSources, SOURCES_SHOWN } from '../../../renderer/src/components/timeline/EventSources.tsx';

afterEach(cleanup);

const sources = (count: number): TimelineSource[] =>
  Array.from(
    { length: count },
    (_, n) =>
      ({
        articleId: `a${n}`,
        key: 'k',
        start: 0,
        end: 10,
        dateStart: 0,
        dateEnd: 4,
        text: 'Tuesday the council voted.',
      }) as TimelineSource,
  );
/** The timeline's table of the articles the sources cite. */
const articles = (count: number): Timeline['articles'] =>
  Object.fromEntries(
    Array.from({ length: count }, (_, n) => [
      `a${n}`,
      {
        title: `Council vote report ${n + 1}`,
        url: `https://harbour.example/${n}`,
        siteName: 'Harbour News',
        publishedAt: '2025-11-17T09:00:00Z',
        storyId: null,
      },
    ]),
  );

const listed = () => within(screen.getByRole('list', { name: /Reported by|Source/ })).getAllByRole('button');

it('lists the first few of 32 sources and all 32 when asked, then the first few again', () => {
  const onOpen = vi.fn();
  render(<EventSources sources={sources(32)} articles={articles(32)} onOpen={onOpen} />);
  expect(screen.getByRole('list', { name: 'Reported by 32 articles' })).toBeTruthy();
  expect(listed()).toHaveLength(SOURCES_SHOWN);
  expect(listed()[0]!.textContent).toBe('Council vote report 1');

  const more = screen.getByRole('button', { name: 'Show all 32 sources' });
  expect(more.getAttribute('aria-expanded')).toBe('false');
  fireEvent.click(more);
  expect(listed()).toHaveLength(32);
  fireEvent.click(listed()[31]!);
  expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ articleId: 'a31' }));

  fireEvent.click(screen.getByRole('button', { name: 'Show the first sources only' }));
  expect(listed()).toHaveLength(SOURCES_SHOWN);
});

it('lists a handful of sources whole, with no button that would reveal a line or two', () => {
  render(
    <EventSources sources={sources(SOURCES_SHOWN + 2)} articles={articles(SOURCES_SHOWN + 2)} onOpen={() => {}} />,
  );
  expect(listed()).toHaveLength(SOURCES_SHOWN + 2);
  expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
});
