import { beforeAll, describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { mergeEvents } from '../../../electron/core/timeline/merging/merge-events.ts';
import {
  assignToStory,
  clusterStories,
  fingerprintArticle,
  type StoryMembers,
} from '../../../electron/core/timeline/stories/stories.ts';
import { storyArticle } from './story-helpers.ts';
import { KELLBRIDGE, type LoadedArticle, loadSample, loadSeed, UNRELATED } from './support.ts';

let articles: LoadedArticle[];
beforeAll(async () => {
  articles = await Promise.all([...KELLBRIDGE, ...UNRELATED].map(loadSample));
  articles.push(await loadSeed());
});

describe('stories', () => {
  it('groups the five Kellbridge articles and leaves the others on their own', () => {
    const stories = clusterStories(articles);
    const flood = stories.find((story) => story.articleIds.includes('old-mill-bridge-closed'))!;
    expect([...flood.articleIds].sort()).toEqual([...KELLBRIDGE].sort());
    for (const id of [...UNRELATED, 'seed-article']) {
      expect(stories.find((story) => story.articleIds.includes(id))?.articleIds).toEqual([id]);
    }
    expect(stories).toHaveLength(4);
  });

  it('titles a story by the entities its articles share, and a lone article by its own title', () => {
    const stories = clusterStories(articles);
    const flood = stories.find((story) => story.articleIds.length === 5)!;
    expect(flood.title).toMatch(/Old Mill Bridge/);
    const seed = stories.find((story) => story.articleIds.includes('seed-article'))!;
    expect(seed.title).toBe(articles.at(-1)!.title);
  });

  it('assigns articles one at a time as they arrive, keeping the first article’s story id', () => {
    let stories: StoryMembers[] = [];
    for (const article of articles) stories = assignToStory(stories, article);
    const flood = stories.find((story) => story.articleIds.includes('sollen-dam-gate-jams'))!;
    expect(flood.storyId).toBe('story-old-mill-bridge-closed');
    expect(flood.articleIds).toHaveLength(5);
  });
});

describe('merged events across the Kellbridge articles', () => {
  function merged() {
    const flood = articles.filter((article) => KELLBRIDGE.includes(article.id));
    return mergeEvents(
      flood.map((article) => ({
        articleId: article.id,
        events: extractEvents(article.text, { publishedAt: article.publishedAt, savedAt: '2026-01-01T00:00:00Z' }),
      })),
    );
  }

  it('shows the rain of 3 to 5 May once, with the three articles that report it', () => {
    const rain = merged().filter((event) => event.date === '2025-05-03' && event.endDate === '2025-05-05');
    expect(rain).toHaveLength(1);
    expect(rain[0]!.sources.map((s) => s.articleId).sort()).toEqual(
      ['kellbridge-scour-lessons', 'old-mill-bridge-closed', 'sollen-dam-gate-jams'].sort(),
    );
  });

  it('merges the divers’ survey of 12 to 14 May, the contract of 19 May and the start of work on 2 June', () => {
    const events = merged();
    const divers = events.find((event) => event.date === '2025-05-12' && event.endDate === '2025-05-14')!;
    expect(divers.sources.length).toBeGreaterThanOrEqual(3);
    const contract = events.find(
      (event) => event.date === '2025-05-19' && event.sources.some((s) => s.articleId === 'kellbridge-scour-lessons'),
    )!;
    expect(contract.sources.map((s) => s.articleId)).toContain('steinholt-wins-bridge-contract');
    const start = events.filter((event) => event.date === '2025-06-02' && event.sources.length > 1);
    expect(start).toHaveLength(1);
  });

  it('keeps each source’s sentence and offsets, and lists events in date order', () => {
    const events = merged();
    for (const event of events) {
      for (const source of event.sources) {
        const article = articles.find((a) => a.id === source.articleId)!;
        // An event's words end with its sentence; they take in the sentence before when it cannot stand alone.
        expect(source.text.endsWith(article.text.slice(source.start, source.end))).toBe(true);
      }
    }
    const dates = events.map((event) => event.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('joins two reports in one article only when they tell one event: a lede and the paragraph that details it', () => {
    const events = merged();
    const twiceTold = events.filter((event) => {
      const ids = event.sources.map((s) => s.articleId);
      return new Set(ids).size < ids.length;
    });
    // 8 May: the ferry "began running on Thursday" and "carried 1,900 people on its first day".
    expect(twiceTold.map((event) => event.date).sort()).toEqual([
      '2025-05-07',
      '2025-05-08',
      '2025-05-19',
      '2025-06-02',
    ]);
    const start = twiceTold.find((event) => event.date === '2025-06-02')!;
    expect(start.sources.map((s) => s.text)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Work on the flood-damaged crossing starts/),
        expect.stringMatching(/^Repairs to Kellbridge/),
      ]),
    );
    // The old-mill article tells four things of 6 May: the inspection, the pier found sunk, the ambulance base, the baker.
    const sixth = events.filter((event) => event.date === '2025-05-06');
    expect(sixth.filter((event) => event.sources.some((s) => /ambulance service/.test(s.text)))).toHaveLength(1);
    expect(sixth.find((event) => event.sources.some((s) => /ambulance service/.test(s.text)))!.sources).toHaveLength(1);
  });
});

describe('names that only open sentences', () => {
  const article = storyArticle;

  it('reads a town named only at the start of sentences as a name the story shares', () => {
    const first = article(
      'tannery-closes',
      'Last tannery closes after ninety years',
      [
        "Orwick's last tannery shut its gates on Friday, ending ninety years of leather making in the valley.",
        'The council said the site would be sold for housing.',
        'The owners blamed the cost of treating waste water.',
      ].join('\n\n'),
      '2027-06-12T08:00:00+01:00',
    );
    const second = article(
      'tannery-workers',
      'Tannery workers look for jobs as the gates shut',
      [
        'Sixty workers lost their jobs when the tannery in Orwick closed its gates on Friday.',
        'Most of them had spent decades treating hides for the leather trade.',
      ].join('\n\n'),
      '2027-06-14T08:00:00+01:00',
    );
    const other = article(
      'harbour-dredging',
      'Dredging begins in Calloway harbour',
      'Dredgers began clearing silt from the harbour at Calloway on Monday, the port authority said.',
      '2027-06-13T08:00:00+01:00',
    );
    const stories = clusterStories([first, second, other]);
    expect(stories.find((story) => story.articleIds.includes('tannery-closes'))?.articleIds.sort()).toEqual([
      'tannery-closes',
      'tannery-workers',
    ]);
    expect(fingerprintArticle(first).entities).toHaveProperty('orwick');
    // A common word opening two sentences is no name.
    const plain = article('plain', 'Rain ahead', 'Rain fell all day.\n\nRain is due again tomorrow.', '2027-06-14');
    expect(fingerprintArticle(plain).entities).not.toHaveProperty('rain');
  });

  it('counts a person’s mentions by whole surname, not inside a place’s name or another person’s name', () => {
    const text =
      'Helen Marsh chaired the hearing on Monday. Delia Marsh, her cousin, objected from the floor. ' +
      'Marsh later drove home to Marshfield.';
    const fingerprint = fingerprintArticle({
      id: 'hearing',
      title: 'A stormy hearing',
      text,
      entities: { people: ['Helen Marsh', 'Delia Marsh'], organizations: [], places: [] },
      publishedAt: '2027-06-14',
    });
    expect(fingerprint.entities['helen marsh']).toBe(2);
    expect(fingerprint.entities['delia marsh']).toBe(2);
  });
});
