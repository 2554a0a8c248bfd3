// Clock times told in other zones: one instant may read "6:05 a.m. local time" in a paper at the launch site and
// "02:05 GMT" in one abroad, and the same figures in two zones are two instants.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { mergeEvents } from '../../../electron/core/timeline/merging/merge-events.ts';
import {
  evidenceOf,
  inArticleZone,
  otherClockTimes,
  sameClockTime,
} from '../../../electron/core/timeline/merging/merge-evidence.ts';

const AT_THE_SITE = '2031-09-16T10:00:00+04:00';
const ABROAD = '2031-09-16T09:30:00+01:00';
const IN_INDIA = '2031-09-16T11:00:00+05:30';

describe('clock times in other zones', () => {
  it('compares clock times by the zone told after them, or the paper’s own offset for “local time”', () => {
    const local = inArticleZone(
      evidenceOf('The Corsan-4 rocket cleared the tower at 6:05 a.m. local time.'),
      AT_THE_SITE,
    );
    const india = inArticleZone(evidenceOf('The Corsan-4 rocket lifted off at 7:35 a.m. IST.'), IN_INDIA);
    const london = inArticleZone(evidenceOf('The Corsan-4 rocket rose from its pad at 02:05 GMT.'), ABROAD);
    expect(sameClockTime(local, india)).toBe(true);
    expect(sameClockTime(local, london)).toBe(true);
    expect(otherClockTimes(india, london)).toBe(false);
  });

  it('takes the same figures in two zones as two instants', () => {
    const gmt = inArticleZone(evidenceOf('The crew boarded the bus at 6:05 a.m. GMT.'), ABROAD);
    const local = inArticleZone(
      evidenceOf('The Corsan-4 rocket cleared the tower at 6:05 a.m. local time.'),
      AT_THE_SITE,
    );
    expect(sameClockTime(gmt, local)).toBe(false);
    expect(otherClockTimes(gmt, local)).toBe(true);
  });

  it('shows one launch told in two zones once, with both sources', () => {
    const site = 'The Corsan-4 rocket cleared the tower at 6:05 a.m. local time on Tuesday.';
    const india = 'The Corsan-4 lifted off at 7:35 a.m. IST on Tuesday with a weather satellite on board.';
    const entries = mergeEvents([
      {
        articleId: 'site',
        events: extractEvents(site, { publishedAt: AT_THE_SITE, savedAt: AT_THE_SITE }),
        publishedAt: AT_THE_SITE,
      },
      {
        articleId: 'india',
        events: extractEvents(india, { publishedAt: IN_INDIA, savedAt: IN_INDIA }),
        publishedAt: IN_INDIA,
      },
    ]);
    const launch = entries.filter((entry) => entry.date === '2031-09-16');
    expect(launch).toHaveLength(1);
    expect(launch[0]!.sources.map((source) => source.articleId).sort()).toEqual(['india', 'site']);
  });
});
