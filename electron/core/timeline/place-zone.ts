// A page stamped in UTC ("2040-04-23T20:30:00Z") by an outlet in New Zealand speaks from New Zealand's day, which is
// already the next one from noon UTC on: its "today" is the local date, not the stamp's. Where the stamp gives no
// offset of its own, the page's places tell the country: names in te reo Māori ("Tahuroa", "Whenuariki") are built of
// open syllables from its ten consonants and five vowels, which English names and words seldom are.
import { KNOWN_WORDS } from './lexicon.ts';

// A capitalised name inside a sentence (after a lower-case word or a comma), so that no opening word counts.
const NAME_IN_SENTENCE = /(?<=[\p{Ll},]\s)\p{Lu}\p{Ll}{5,}\b/gu;
// Every syllable open: an optional consonant of te reo (h k m n p r t w, wh, ng) before one or two vowels.
const TE_REO_WORD = /^(?:(?:wh|ng|[hkmnprtw])?[aeiouāēīōū]{1,2})+$/;
const UTC_STAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?:Z|[+-]00:?00)$/;

/** Distinct te reo names of places or people the text tells inside its sentences. */
export function teReoNames(text: string): string[] {
  const names = new Set<string>();
  for (const [name] of text.matchAll(NAME_IN_SENTENCE)) {
    const word = name.toLowerCase();
    if (TE_REO_WORD.test(word) && !(word in KNOWN_WORDS)) names.add(word);
  }
  return [...names];
}

/** The stamp in New Zealand's time when it is in UTC and the page tells two or more te reo names; else as given. */
export function withPlaceZone(publishedAt: string | null, text: string): string | null {
  const utc = publishedAt ? UTC_STAMP.exec(publishedAt) : null;
  if (!utc || teReoNames(text).length < 2) return publishedAt;
  const instant = new Date(`${utc[1]}Z`);
  const hours = newZealandOffset(instant);
  const local = new Date(instant.getTime() + hours * 3_600_000).toISOString().slice(0, 19);
  return `${local}+${String(hours).padStart(2, '0')}:00`;
}

/** New Zealand's offset from UTC: +13 in daylight time (last Sunday of September to first Sunday of April), else +12. */
function newZealandOffset(instant: Date): number {
  const year = instant.getUTCFullYear();
  // Both changes happen at 14:00 UTC on the Saturday (2am NZST or 3am NZDT on the Sunday).
  const lastSundayOfSeptember = 30 - new Date(Date.UTC(year, 8, 30)).getUTCDay();
  const firstSundayOfApril = 1 + ((7 - new Date(Date.UTC(year, 3, 1)).getUTCDay()) % 7);
  const starts = Date.UTC(year, 8, lastSundayOfSeptember - 1, 14);
  const ends = Date.UTC(year, 3, firstSundayOfApril - 1, 14);
  const time = instant.getTime();
  return time >= starts || time < ends ? 13 : 12;
}
