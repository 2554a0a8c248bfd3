// What the issue saw in the app with the sample library, each as a test.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Event, extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { mergeEvents } from '../../../electron/core/timeline/merging/merge-events.ts';
import { clusterStories } from '../../../electron/core/timeline/stories/stories.ts';
import { type LoadedArticle, loadGoldArticle, loadSample } from './support.ts';

const SAVED = '2026-01-01T00:00:00Z';

function eventsOf(article: LoadedArticle, publishedAt = article.publishedAt): Event[] {
  return extractEvents(article.text, { publishedAt, savedAt: SAVED });
}

function inSentence(events: Event[], article: LoadedArticle, opening: string): Event[] {
  return events.filter((event) => article.text.slice(event.start, event.end).startsWith(opening));
}

describe('the sample library’s timeline', () => {
  let contract: LoadedArticle;
  let scour: LoadedArticle;
  let dam: LoadedArticle;
  let library: LoadedArticle;
  beforeAll(async () => {
    const loaded = await Promise.all(
      [
        'steinholt-wins-bridge-contract',
        'kellbridge-scour-lessons',
        'sollen-dam-gate-jams',
        'larkspur-library-ceiling',
      ].map(loadSample),
    );
    [contract, scour, dam, library] = loaded as [LoadedArticle, LoadedArticle, LoadedArticle, LoadedArticle];
  });

  it('files "the council yesterday awarded a contract" under 19 May 2025, and the firm’s 2019 work as background', () => {
    const lede = inSentence(eventsOf(contract), contract, 'Repairs to Kellbridge');
    expect(lede.find((event) => event.date === '2025-05-19')?.background).toBe(false);
    const earlier = lede.find((event) => event.date === '2019')!;
    expect(earlier.background).toBe(true);
    expect(contract.text.slice(earlier.dateStart, earlier.dateEnd)).toBe('2019');
  });

  it('keeps "rain from May 3 to 5" on 3 to 5 May: "last week" beside it names the same rain, in any time zone', () => {
    const range = (events: Event[]) => events.map((e) => `${e.date}..${e.endDate ?? ''}`);
    // The cause of "28 April – 4 May": "Last week's" was read against publication as a date of its own.
    for (const publishedAt of [dam.publishedAt, '2025-05-09T23:30:00-07:00', '2025-05-10T01:30:00+05:30']) {
      const rain = inSentence(eventsOf(dam, publishedAt), dam, 'Last week');
      expect(range(rain)).toEqual(['2025-05-03..2025-05-05']);
    }
    for (const publishedAt of [scour.publishedAt, '2025-05-26T23:30:00-07:00']) {
      const rain = inSentence(eventsOf(scour, publishedAt), scour, 'After 140 millimetres of rain');
      expect(range(rain)).toEqual(['2025-05-03..2025-05-05', '2025-05-05..']);
    }
  });

  it('does not make the age of the newspapers propping up the gallery an event of 1931', () => {
    expect(eventsOf(library).some((event) => event.date === '1931')).toBe(false);
  });

  it('gives "That was in the spring of 2022." the sentence it refers to, and marks 2022 as background', () => {
    const spring = eventsOf(library).find((event) => event.date === '2022')!;
    expect(spring.text).toMatch(/^The first thing Hana Kurosawa did .* That was in the spring of 2022\.$/);
    expect(spring.background).toBe(true);
  });

  it('gives one event per time a sentence tells', () => {
    for (const article of [contract, scour, dam, library]) {
      const events = eventsOf(article);
      for (const event of events) {
        const same = events.filter(
          (e) => e.start === event.start && e.date === event.date && e.endDate === event.endDate,
        );
        expect(same).toHaveLength(1);
      }
    }
  });

  it('groups a feed article about the Larkspur Street Library’s reopening with the sample article', async () => {
    const reopening = await loadGoldArticle('larkspur-reading-room-opens-again');
    const frogs = await loadSample('city-frogs-sing-later');
    const stories = clusterStories([library, frogs, reopening]);
    expect(stories.find((story) => story.articleIds.includes(library.id))!.articleIds.sort()).toEqual(
      [library.id, reopening.id].sort(),
    );
  });
});

describe('one event told by several outlets in their own words', () => {
  let merged: ReturnType<typeof mergeEvents>;
  beforeAll(async () => {
    const strike = await Promise.all(
      [
        'rennick-bus-drivers-to-strike',
        'mediator-named-as-rennick-strike-enters-second-day',
        'rennick-bus-talks-resume',
      ].map(loadGoldArticle),
    );
    merged = mergeEvents(strike.map((article) => ({ articleId: article.id, events: eventsOf(article) })));
  });

  function entryWith(words: RegExp) {
    return merged.find((event) => event.sources.some((source) => words.test(source.text)))!;
  }

  it('merges "went to court on Friday" with "an injunction, lodged at Rennick District Court on October 10"', () => {
    const filing = entryWith(/went to court on Friday/);
    expect(filing.date).toBe('2025-10-10');
    expect(filing.sources.some((source) => /lodged at Rennick District Court/.test(source.text))).toBe(true);
  });

  it('merges "named an independent mediator" with "Kemp was brought in", and the talks due with the talks held', () => {
    expect(entryWith(/named an independent mediator/).sources.some((s) => /was brought in/.test(s.text))).toBe(true);
    expect(entryWith(/talks are due to resume/).sources.some((s) => /returned to the table/.test(s.text))).toBe(true);
  });

  it('keeps two happenings of one day apart: the Saturday deadline and the second strike are their own events', () => {
    const deadline = merged.filter((event) => event.date === '2025-10-18');
    expect(deadline).toHaveLength(1);
    expect(deadline[0]!.sources).toHaveLength(2);
    const ruling = entryWith(/bid to block the walkout failed/);
    expect(ruling.sources.every((source) => !/ruled|deadline/.test(source.text))).toBe(true);
  });

  it('shows a past strike once, as background', () => {
    const past = merged.filter((event) => event.date === '2016');
    expect(past).toHaveLength(1);
    expect(past[0]!.background).toBe(true);
    expect(past[0]!.sources).toHaveLength(3);
  });
});
