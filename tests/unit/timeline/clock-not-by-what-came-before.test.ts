// A clock time with nothing nearer to date it takes the article's main event, and that is not a sentence telling what
// came before the news: a step back into the past perfect ("The lifeboat crew had been called out on Monday"), an
// earlier happening of the news's kind ("The same stretch saw a pile-up on Friday"), or a day told in a relative
// clause about the subject of a deed just done ("A diver who vanished on Sunday has been found"). The news is then of
// the page's own day. Near misses keep the day told: a past perfect in reported speech, a lede dated in its own words,
// a clock in the paragraph of "yesterday". Written for this test; published on Wednesday 11 March 2026.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

const datesOf = (text: string, words: string): string[] =>
  extractEvents(text, { publishedAt: '2026-03-11T10:00:00Z', savedAt: '2026-03-11T10:00:00Z' })
    .filter((event) => text.slice(event.start, event.end).includes(words))
    .map((event) => event.date);

describe('a clock time not dated by what came before the news', () => {
  it('is not the day of a step back into the past perfect', () => {
    const text = [
      'Gales batter the coast',
      'Gusts of 70mph tore roofs from homes along the front.',
      'The coastguard had put out a warning on Monday.',
      'A chimney fell through a roof at 5.15am.',
    ].join('\n\n');
    expect(datesOf(text, 'A chimney')).toEqual(['2026-03-11']);
  });

  it('is not the day of an earlier happening of its kind', () => {
    const text = [
      'Tanker sheds its load',
      'A tanker shed its load on the ring road, closing two lanes.',
      'The same stretch saw a pile-up on Friday.',
      'Both lanes were shut at 6.05am.',
    ].join('\n\n');
    expect(datesOf(text, 'Both lanes')).toEqual(['2026-03-11']);
  });

  it('is not the day a relative clause tells of a subject whose news is a deed just done', () => {
    const text = [
      'Diver found',
      'A diver who vanished off Skerry Point on Sunday has been found alive.',
      'A fishing boat picked him up at 8.40am.',
    ].join('\n\n');
    expect(datesOf(text, 'A fishing boat')).toEqual(['2026-03-11']);
  });

  it('keeps the day of a past perfect in reported speech, of a dated lede and of "yesterday"', () => {
    const reported = [
      'Stabbing on the quay',
      'Police said on Tuesday that a deckhand had been stabbed on Monday night.',
      'Officers reached the quay at 11.50pm.',
    ].join('\n\n');
    expect(datesOf(reported, 'Officers reached')).toEqual(['2026-03-09']);
    const dated = [
      'Van hits shelter',
      'A van hit a bus shelter in Orrin on Monday.',
      'Two people were hurt at 4.10pm.',
    ];
    expect(datesOf(dated.join('\n\n'), 'Two people')).toEqual(['2026-03-09']);
    const yesterday = 'A trawler ran aground yesterday off the point. The crew was lifted off at 9.30pm.';
    expect(datesOf(yesterday, 'The crew')).toEqual(['2026-03-10']);
  });
});
