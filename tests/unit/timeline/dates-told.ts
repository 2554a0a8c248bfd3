// Shared by the date rule tests: each event a text yields against a publication date, as its date words and dates.
import { extractEvents } from '../../../electron/core/timeline/events.ts';

/** A reader of texts published at `publishedAt`: each event as "date words date[/end date]". */
export function datesTold(publishedAt: string): (text: string) => string[] {
  return (text) =>
    extractEvents(text, { publishedAt, savedAt: publishedAt }).map(
      (event) =>
        `${text.slice(event.dateStart, event.dateEnd)} ${event.date}${event.endDate ? `/${event.endDate}` : ''}`,
    );
}
