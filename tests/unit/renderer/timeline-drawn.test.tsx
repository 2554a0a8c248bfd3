// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Timeline, TimelineEvent } from '../../../electron/contract/timeline.ts';
import { EVENTS_PER_PAGE } from '../../../renderer/src/timeline/drawn-groups.ts';
import { type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp;
beforeEach(async () => {
  app = await renderApp();
});
afterEach(() => app.close());

/** One event a day from 1 January 2020, as a library of years of news gives. */
function bigTimeline(count: number): Timeline {
  const events: TimelineEvent[] = Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(2020, 0, 1 + index)).toISOString().slice(0, 10);
    const articleId = `a${String(index).padStart(7, '0')}`;
    return {
      id: `${articleId}:event-${index}`,
      date,
      precision: 'day',
      text: `Event number ${index} happened.`,
      entities: { people: [], organizations: [], places: [] },
      sources: [
        {
          articleId,
          key: `event-${index}`,
          text: `Event number ${index} happened.`,
          start: 0,
          end: 10,
        },
      ],
      isNew: false,
      hidden: false,
      edited: false,
      promoted: false,
    };
  });
  return {
    title: 'Everything in the library',
    scope: { kind: 'all' },
    events,
    articles: Object.fromEntries(
      events.map((event, index) => [
        event.sources[0]!.articleId,
        {
          title: `Report ${index}`,
          url: `https://news.example/${index}`,
          siteName: null,
          publishedAt: `${event.date}T12:00:00Z`,
          storyId: null,
        },
      ]),
    ),
    stories: [],
    entities: [],
    lastVisitedAt: null,
  };
}

function answerTimeline(timeline: Timeline) {
  const dispatch = app.core.dispatch.bind(app.core);
  app.core.dispatch = async (name, input) =>
    name === 'timeline.get' ? { ok: true as const, value: timeline } : dispatch(name, input);
}

const drawn = () => within(screen.getByRole('list', { name: 'Events by date' })).queryAllByRole('article');

describe('a timeline of thousands of events', () => {
  it('draws the first events at once and more as the reader asks, the count saying them all', async () => {
    answerTimeline(bigTimeline(400));
    act(() => {
      fireEvent.keyDown(document.body, { key: '6' });
    });
    await screen.findByRole('heading', { name: 'Everything in the library', level: 2 });
    await waitFor(() => expect(drawn().length).toBe(EVENTS_PER_PAGE));
    expect(drawn()[0]!.textContent).toContain('Event number 0 happened');
    expect(screen.getByText(/^400 events from 400 articles/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Show 150 more events \(250 still below\)/ }));
    await waitFor(() => expect(drawn().length).toBe(2 * EVENTS_PER_PAGE));
    expect(drawn().at(-1)!.textContent).toContain(`Event number ${2 * EVENTS_PER_PAGE - 1} happened`);
  }, 60_000);
});
