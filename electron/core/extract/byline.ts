import { cleanText } from './dom.ts';

// What a byline element holds besides the name: "By Jane Doe · 16 May 2025", "Jane Doe, Updated 3:45 PM".
// When the name element is empty (a template filled by a script), "By , 16 May 2025" is all that is left.

const BY = /^(?:by|von|par|por|door|av)(?![\p{L}\p{N}])\s*:?\s*/iu;
/** A separator followed by a date or time ends the name: "Jane Doe · 16 May", "Jane Doe - 3 June". */
const NAME_END = /\s+[·|•]\s+|\s+[-–—]\s+(?=\S*\d)/;
/** Words of an English date or time ("Updated Tue., May 3rd, 2025 at 3:45 p.m. ET"): no name is made of them. */
const DATE_WORDS =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|updated|published|posted|last|modified|on|at|am|pm|a\.m|p\.m|gmt|utc|[ecmp][sd]?t|bst|cet|cest)\b|(?<=\d)(?:st|nd|rd|th)\b/giu;

/** A part of a byline that is a date or a time: every word of it is a date's ("Updated Tue.", "3 May 2025"). */
function isDateOrTime(part: string): boolean {
  return !/\p{L}/u.test(part.replace(DATE_WORDS, ' '));
}

/** "By Jane Doe · 16 May 2025" -> "Jane Doe"; null when no name is left ("By , 16 May 2025", "—"). */
export function cleanByline(raw: string | null | undefined): string | null {
  const named = cleanText(raw).replace(BY, '').split(NAME_END)[0]!;
  // Commas part names from each other, and a name from the date after it.
  const parts = named
    .split(/\s*,\s*/)
    .map((part) => part.replace(/^[\s,;:|·•–—-]+|[\s,;:|·•–—-]+$/gu, ''))
    .filter(Boolean);
  let end = parts.length;
  while (end > 0 && isDateOrTime(parts[end - 1]!)) end--;
  // A date begun before the comma ("Jane Doe March 11, 2015") cannot be cut from the name: the text stays whole.
  if (end > 0 && end < parts.length && isDateOrTime(parts[end - 1]!.split(' ').pop()!)) end = parts.length;
  const text = parts.slice(0, end).join(', ');
  if (!/\p{L}/u.test(text) || text.length > 100 || /^https?:\/\//i.test(text)) return null;
  return text;
}
