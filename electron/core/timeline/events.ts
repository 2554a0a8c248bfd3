// Dated events of one article: each sentence that reports something at a determinable time, once per date it names.
import { referenceDay } from './calendar.ts';
import { type DateMention, type Precision, resolveDates } from './dates.ts';
import { type Entities, entitiesOf, findEntityMentions } from './entities.ts';
import { type Sentence, splitSentences } from './sentences.ts';

export interface Event {
  /** YYYY-MM-DD, YYYY-MM or YYYY by precision. */
  date: string;
  endDate?: string;
  precision: Precision;
  /** The sentence that reports the event. */
  text: string;
  /** Offsets of the sentence in the article text. */
  start: number;
  end: number;
  entities: Entities;
}

export interface EventReference {
  /** The publication date as the publisher wrote it (keeping its UTC offset), or null. */
  publishedAt: string | null;
  /** When the article was saved: the reference when there is no publication date. */
  savedAt: string;
}

// Page furniture that can slip into the text: datelines, bylines, cookie and newsletter prompts.
const BOILERPLATE = [
  /^(?:updated|published|posted|first published|last (?:updated|modified)|originally published|modified)\b/i,
  /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:[,|·•—-]|$)/u,
  /\b(?:cookies?|newsletter|subscribe|sign (?:up|in)|log in|all rights reserved|copyright|privacy (?:policy|settings)|terms of (?:use|service)|read more|share this|leave a comment|comments? (?:are|is) closed|donate|donations?|support (?:local|independent) (?:news|journalism))\b/i,
  /©/,
];
// A labelled page widget that slipped into the text ("Fenwick weather: … Tomorrow: showers"): its whole paragraph.
const WIDGET =
  /^[\p{L}'’ ]{0,30}\b(?:weather|forecast|listen live|breaking|also read|most read|trending|now playing)\s*:/iu;
// A dateline opening the lede ("KELLBRIDGE, May 9 (Northline) -") dates the report, not an event.
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]+(?:,[^—–(-]{0,30})?(?:\([^)]*\))?\s*[—–-]\s+/u;

/** The article's events in text order. */
export function extractEvents(text: string, reference: EventReference): Event[] {
  const day = referenceDay(reference.publishedAt, reference.savedAt);
  const dated: { sentence: Sentence; dates: DateMention[] }[] = [];
  for (const sentence of splitSentences(text)) {
    if (BOILERPLATE.some((pattern) => pattern.test(sentence.text)) || WIDGET.test(paragraphOf(text, sentence)))
      continue;
    const skip = DATELINE.exec(sentence.text)?.[0].length ?? 0;
    const dates = distinct(resolveDates(sentence.text, day).filter((d) => d.index >= skip));
    if (dates.length > 0 && !mostlyDates(sentence.text, dates)) dated.push({ sentence, dates });
  }
  const mentions = findEntityMentions(
    text,
    dated.map((d) => d.sentence),
  );
  const events: Event[] = [];
  for (const { sentence, dates } of dated) {
    const entities = entitiesOf(mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end));
    for (const date of dates) {
      events.push({
        date: date.date,
        ...(date.endDate ? { endDate: date.endDate } : {}),
        precision: date.precision,
        text: sentence.text,
        start: sentence.start,
        end: sentence.end,
        entities,
      });
    }
  }
  return events;
}

function paragraphOf(text: string, sentence: Sentence): string {
  return text.slice(text.lastIndexOf('\n', sentence.start) + 1, sentence.start + 80);
}

function distinct(dates: DateMention[]): DateMention[] {
  const seen = new Set<string>();
  return dates.filter((d) => {
    const key = `${d.date}/${d.endDate ?? ''}/${d.precision}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A line that is little more than a date ("Monday, May 5, 2025") reports nothing. */
function mostlyDates(sentence: string, dates: readonly DateMention[]): boolean {
  let rest = sentence;
  for (const date of dates) rest = rest.replace(date.text, ' ');
  return rest.split(/[^\p{L}]+/u).filter((word) => word.length > 1).length < 3;
}
