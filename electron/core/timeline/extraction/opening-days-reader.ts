// Who reads the days an opening tells for fingerprints (opening-days.ts, set as it loads). Reading dates loads the
// date parser and the tagger: fingerprints are imported wherever a library opens, so they take the reader from here
// rather than importing it, and opening-days.ts loads with entities.ts, where every fingerprint's entities come from.

export type OpeningDaysReader = (title: string, lede: string, publishedAt: string | null) => string[];

let reader: OpeningDaysReader | undefined;

export function readOpeningDaysWith(read: OpeningDaysReader): void {
  reader = read;
}

export function openingDaysReader(): OpeningDaysReader | undefined {
  return reader;
}
