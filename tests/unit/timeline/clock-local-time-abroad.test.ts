// "Local time" in a paper abroad is the time where it happened, not the time where the paper is printed: a ferry that
// ran aground at 5.48am in the port's own paper ran aground "at 5:48 a.m. local time" in a paper four zones west.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { mergeEvents } from '../../../electron/core/timeline/merging/merge-events.ts';
import {
  evidenceOf,
  inArticleZone,
  otherClockTimes,
  sameClockTime,
} from '../../../electron/core/timeline/merging/merge-evidence.ts';

const AT_THE_PORT = '2038-05-19T18:00:00+01:00';
const ABROAD = '2038-05-19T13:00:00-04:00';

describe('“local time” told by a paper abroad', () => {
  it('reads a local time as the place’s clock, like a time told with no zone', () => {
    const port = inArticleZone(evidenceOf('The ferry Kestrel Isle ran aground at 5.48am.'), AT_THE_PORT);
    const abroad = inArticleZone(
      evidenceOf('The ferry hit the sandbar at 5:48 a.m. local time, a passenger said.'),
      ABROAD,
    );
    expect(sameClockTime(port, abroad)).toBe(true);
    expect(otherClockTimes(port, abroad)).toBe(false);
  });

  it('still reads a zone’s name as that zone: 5:48 a.m. EDT is hours after 5.48am in the port', () => {
    const port = inArticleZone(evidenceOf('The ferry Kestrel Isle ran aground at 5.48am.'), AT_THE_PORT);
    const eastern = inArticleZone(evidenceOf('The ferry hit the sandbar at 5:48 a.m. EDT.'), ABROAD);
    expect(sameClockTime(port, eastern)).toBe(false);
    expect(otherClockTimes(port, eastern)).toBe(true);
  });

  it('still tells two local times an hour apart as two moments', () => {
    const port = inArticleZone(evidenceOf('The ferry Kestrel Isle ran aground at 5.48am.'), AT_THE_PORT);
    const later = inArticleZone(evidenceOf('Tugs pulled it free at 6:55 a.m. local time.'), ABROAD);
    expect(otherClockTimes(port, later)).toBe(true);
  });

  const entriesOf = (port: string, abroad: string) =>
    mergeEvents([
      {
        articleId: 'port',
        events: extractEvents(port, { publishedAt: AT_THE_PORT, savedAt: AT_THE_PORT }),
        publishedAt: AT_THE_PORT,
      },
      {
        articleId: 'abroad',
        events: extractEvents(abroad, { publishedAt: ABROAD, savedAt: ABROAD }),
        publishedAt: ABROAD,
      },
    ]).filter((entry) => entry.date === '2038-05-19');

  it('shows the raid told by the port’s paper and by a paper abroad in “local time” once, with both sources', () => {
    const day = entriesOf(
      'Armed officers went into the ferry terminal at 5.48am on Wednesday.',
      'Police stormed the terminal at 5:48 a.m. local time Wednesday, her sister said.',
    );
    expect(day).toHaveLength(1);
    expect(day[0]!.sources.map((source) => source.articleId).sort()).toEqual(['abroad', 'port']);
  });

  it('keeps the raid apart from one told at 5:48 a.m. EDT, hours later in the port', () => {
    const day = entriesOf(
      'Armed officers went into the ferry terminal at 5.48am on Wednesday.',
      'Police stormed the terminal at 5:48 a.m. EDT Wednesday, her sister said.',
    );
    expect(day).toHaveLength(2);
  });
});
