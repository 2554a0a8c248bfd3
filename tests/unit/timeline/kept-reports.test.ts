// Merging the library's timeline read a report of each of its 24,000 events, the same sentences' again and again:
// a report is read once for every event told alike, wherever its article holds the sentence.
import { describe, expect, it } from 'vitest';
import { reportOf } from '../../../electron/core/timeline/extraction/event-reports.ts';
import { keptReportOf } from '../../../electron/core/timeline/merging/kept-reports.ts';

const text = 'The harbour bridge reopened on Tuesday after the flood, officials said on Wednesday.';
const entities = { people: [], organizations: [], places: ['Harbour Bridge'] };
/** The sentence where an article holds it, its date's words and its other date's where the sentence has them. */
const toldAt = (start: number) => ({
  source: {
    text,
    start,
    end: start + text.length,
    dateStart: start + text.indexOf('Tuesday'),
    dateEnd: start + text.indexOf('Tuesday') + 'Tuesday'.length,
    entities,
  },
  others: [{ start: start + text.indexOf('Wednesday'), end: start + text.indexOf('Wednesday') + 'Wednesday'.length }],
});

describe('reports kept for merging', () => {
  it('are read once for a sentence told alike at another place in another article', () => {
    const first = toldAt(0);
    const reprinted = toldAt(4_210);
    const report = keptReportOf(first.source, first.others);
    expect(keptReportOf(reprinted.source, reprinted.others)).toBe(report);
    expect(report).toEqual(reportOf(reprinted.source, reprinted.others));
  });

  it('are read anew when the sentence tells its date elsewhere, or names other people', () => {
    const { source, others } = toldAt(0);
    const report = keptReportOf(source, others);
    const wednesday = { ...source, dateStart: others[0]!.start, dateEnd: others[0]!.end };
    const tuesday = [{ start: source.dateStart, end: source.dateEnd }];
    expect(keptReportOf(wednesday, tuesday)).not.toBe(report);
    expect(keptReportOf(wednesday, tuesday)).toEqual(reportOf(wednesday, tuesday));
    const named = { ...source, entities: { ...entities, people: ['Ana Ruiz'] } };
    expect(keptReportOf(named, others)).not.toBe(report);
    expect(keptReportOf(named, others)).toEqual(reportOf(named, others));
  });
});
