import { beforeAll, describe, expect, it } from 'vitest';
import { type Event, extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { type LoadedArticle, loadSample, loadSeed } from './support.ts';

const SAVED = '2026-01-01T00:00:00Z';

function eventOn(events: Event[], date: string, words: RegExp): Event | undefined {
  return events.find((event) => event.date === date && words.test(event.text));
}

describe('events of the seed article (published Thursday 15 May 2025)', () => {
  let seed: LoadedArticle;
  let events: Event[];
  beforeAll(async () => {
    seed = await loadSeed();
    events = extractEvents(seed.text, { publishedAt: seed.publishedAt, savedAt: SAVED });
  });

  it('dates Peskov’s “no” and Zelenskyy landing in Ankara on 15 May', () => {
    expect(eventOn(events, '2025-05-15', /Peskov told CNN “no\.”/)).toBeDefined();
    expect(eventOn(events, '2025-05-15', /Zelenskyy landed Thursday in Ankara/)).toBeDefined();
  });

  it('dates the Kremlin’s late-Wednesday signal and Zelenskyy’s X post on 14 May', () => {
    expect(eventOn(events, '2025-05-14', /Kremlin indicated late Wednesday/)).toBeDefined();
    expect(eventOn(events, '2025-05-14', /Zelenskyy said in an X post Wednesday/)).toBeDefined();
  });

  it('dates Putin’s Sunday suggestion of talks on 11 May', () => {
    expect(eventOn(events, '2025-05-11', /suggestion of talks Sunday/)).toBeDefined();
  });

  it('keeps day precision, offsets into the text and the entities each sentence names', () => {
    const peskov = eventOn(events, '2025-05-15', /Peskov/)!;
    expect(peskov.precision).toBe('day');
    expect(seed.text.slice(peskov.start, peskov.end)).toBe(peskov.text);
    expect(peskov.entities.people).toContain('Dmitry Peskov');
    expect(peskov.entities.organizations).toContain('Kremlin');
  });
});

describe('events of a sample article', () => {
  it('resolves relative dates in the publisher’s time zone (Meridian Post, −05:00)', async () => {
    const ferry = await loadSample('kellbridge-ferry-pontoon');
    const events = extractEvents(ferry.text, { publishedAt: ferry.publishedAt, savedAt: SAVED });
    expect(eventOn(events, '2025-05-08', /started the free service last Thursday/)).toBeDefined();
    expect(eventOn(events, '2025-05-12', /confirmed that army engineers would install/)).toBeDefined();
    const divers = events.find((event) => event.endDate === '2025-05-14');
    expect(divers).toMatchObject({ date: '2025-05-12', precision: 'day' });
    expect(eventOn(events, '2025-05-16', /results would be published by Friday/)).toBeDefined();
  });

  it('finds nothing dated in a story without dates, and ignores its durations', async () => {
    const frogs = await loadSample('city-frogs-sing-later');
    expect(extractEvents(frogs.text, { publishedAt: frogs.publishedAt, savedAt: SAVED })).toEqual([]);
  });
});

describe('boilerplate yields no events', () => {
  it('skips datelines, bylines, cookie and newsletter text that reached the article text', () => {
    const text = [
      'Updated 5 May 2025, 14:05',
      'Published Monday, May 5, 2025',
      'By Ana Ruiz | May 5, 2025',
      'We use cookies to improve your experience; accept them by May 31.',
      'Sign up for our newsletter and get the news every Monday.',
      'The bridge closed on Monday after cracks appeared.',
    ].join('\n\n');
    const events = extractEvents(text, { publishedAt: '2025-05-06T18:40:00+02:00', savedAt: SAVED });
    expect(events.map((event) => event.text)).toEqual(['The bridge closed on Monday after cracks appeared.']);
    expect(events[0]!.date).toBe('2025-05-05');
  });

  it('does not date an event by the dateline that opens the lede', () => {
    const text = 'KELLBRIDGE, May 9 (Northline) - A gate jammed half-open on Wednesday, officials said.';
    const events = extractEvents(text, { publishedAt: '2025-05-09T11:05:00+00:00', savedAt: SAVED });
    expect(events.map((event) => event.date)).toEqual(['2025-05-07']);
  });

  it('dates “today” by the publisher’s calendar: 23:30 at −07:00 on 21 May is still 21 May', () => {
    const events = extractEvents('The council approved the fund today.', {
      publishedAt: '2025-05-21T23:30:00-07:00',
      savedAt: '2025-05-22T07:00:00Z',
    });
    expect(events.map((event) => event.date)).toEqual(['2025-05-21']);
  });

  it('uses the save date when the page has no publication date', () => {
    const events = extractEvents('The council met yesterday to approve the fund.', {
      publishedAt: null,
      savedAt: '2025-05-10T09:00:00Z',
    });
    expect(events.map((event) => event.date)).toEqual(['2025-05-09']);
  });
});
