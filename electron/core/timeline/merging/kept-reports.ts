// A report read once for each way a sentence tells its date. Merging reads a report of every event it merges: the
// library's timeline merged 24,000 events of 3,000 articles, and read the same sentences' reports again and again
// (an agency's copy reprinted, a standfirst repeated as the lede, a generated library's few templates), each read
// costing more than all the pairs it is compared in. A report is a pure function of the words, the date's place in
// its sentence, the names and the places of the sentence's other dates (event-reports.ts reads every offset from the
// sentence's start), so one read serves every report told alike, wherever its article holds it.
import type { Entities } from '../extraction/entities.ts';
import { type Report, type ReportSource, reportOf } from '../extraction/event-reports.ts';
import { keptReadings } from '../language/kept-readings.ts';

type Span = { start: number; end: number };
type ReportKey = [text: string, end: number, dateStart: number | null, dateEnd: number | null, Entities, Span[]];

// Reports of as many events as a long story's timeline merges at once.
const KEPT = 20_000;

const keptReport = keptReadings((key: string) => {
  const [text, end, dateStart, dateEnd, entities, others] = JSON.parse(key) as ReportKey;
  const source: ReportSource = {
    text,
    start: 0,
    end,
    ...(dateStart === null ? {} : { dateStart }),
    ...(dateEnd === null ? {} : { dateEnd }),
    entities,
  };
  return reportOf(source, others);
}, KEPT);

/** reportOf(source, otherDates), read once for reports told alike; what it returns is shared, and never to be changed. */
export function keptReportOf(source: ReportSource, otherDates: readonly Span[]): Report {
  const from = (offset: number | undefined) => (offset === undefined ? null : offset - source.start);
  const key: ReportKey = [
    source.text,
    source.end - source.start,
    from(source.dateStart),
    from(source.dateEnd),
    source.entities,
    otherDates.map((span) => ({ start: span.start - source.start, end: span.end - source.start })),
  ];
  return keptReport(JSON.stringify(key));
}
