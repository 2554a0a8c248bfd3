// Photo captions tell a day gone by in the present ("Rescuers carry a stretcher on Tuesday.", "Caption: The Mayor opens
// the fair on Saturday morning."): the picture was taken, so a bare weekday in one is the last such day, where in a
// news sentence "opens on Saturday" would be the coming one. A caption is a line labelled as one, or any line of a
// page whose headline says it is a set of pictures; only plain words of what is to come keep a weekday ahead there.
import { addDays, type CalendarDay, dayOf, formatDay } from '../dates/calendar.ts';
import type { DatedSentence } from './told-events.ts';

const CAPTION_LABEL = /^\s*(?:caption|pictured|picture|photo(?:graph)?|above|below|top|main picture|inset)\s*:/i;
const GALLERY_HEADLINE = /^\s*(?:(?:in\s+)?pictures|photos|(?:photo\s+)?gallery|in\s+photos)\s*:/i;
// Plain words of a time to come; a present verb of a happening ("opens", "hosts") is not one in a caption.
const TOLD_AHEAD =
  /\b(?:will|shall|next|coming|upcoming|is\s+to|are\s+to|due|scheduled|expected|set\s+to|going\s+to|plans?\s+to|planned|tomorrow|later\s+this)\b|['’]ll\b/i;
const BARE_WEEKDAY = /^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Moves a caption's bare weekday read as the coming one back to the last one, on or before the reference day. */
export function dateCaptionsBehind(sentences: readonly DatedSentence[], reference: CalendarDay): void {
  const gallery = GALLERY_HEADLINE.test(sentences[0]?.sentence.text ?? '');
  const today = formatDay(reference);
  for (const item of sentences) {
    const text = item.sentence.text;
    if (!(gallery || CAPTION_LABEL.test(text)) || TOLD_AHEAD.test(text)) continue;
    item.dates = item.dates.map((date) =>
      date.precision === 'day' && !date.endDate && date.date > today && BARE_WEEKDAY.test(date.text)
        ? { ...date, date: formatDay(addDays(dayOf(date.date), -7)) }
        : date,
    );
  }
}
