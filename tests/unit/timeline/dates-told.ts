// Shared by the date rule tests: each event a text yields against a publication date, as its date words and dates.
import { expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

/** A reader of texts published at `publishedAt`: each event as "date words date[/end date]". */
export function datesTold(publishedAt: string): (text: string) => string[] {
  return (text) =>
    extractEvents(text, { publishedAt, savedAt: publishedAt }).map(
      (event) =>
        `${text.slice(event.dateStart, event.dateEnd)} ${event.date}${event.endDate ? `/${event.endDate}` : ''}`,
    );
}

/** Sentences with the dates each should yield, by the rule they show (the rule's words follow "reads"). */
export type ToldByRule = Record<string, Record<string, string[]>>;

/** One test a rule: each of its sentences yields the dates given. */
export function itReadsEach(dates: (text: string) => string[], told: ToldByRule): void {
  for (const [rule, sentences] of Object.entries(told))
    it(`reads ${rule}`, () => {
      for (const [sentence, expected] of Object.entries(sentences)) expect(dates(sentence), sentence).toEqual(expected);
    });
}
