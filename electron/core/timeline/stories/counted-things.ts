// Things an article counts ("14 miners", "87 votes", "9,000 vehicles"): two outlets reporting one happening tend to
// give the same count of the same thing, told in whatever other words; stories compare articles by them.
import { isYearNumber } from '../dates/calendar.ts';
import { isStopword } from '../language/similarity.ts';

const NUMBER_WORDS: Readonly<Record<string, string>> = {
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  sixteen: '16',
  seventeen: '17',
  eighteen: '18',
  nineteen: '19',
  twenty: '20',
};
const COUNTED = new RegExp(
  `(?<![\\p{L}\\d.,$£€-])(\\d{1,3}(?:,\\d{3})+|\\d+|${Object.keys(NUMBER_WORDS).join('|')})\\s+(\\p{Ll}{3,})\\b`,
  'giu',
);
// Units and measures say how much, not of what ("48 hours", "6.5 per cent", "£2.4 million"); a year is no count.
const NOT_A_THING =
  /^(?:per|percent|cent|million|billion|thousand|hundred|minutes?|hours?|days?|nights?|weeks?|months?|years?|times|am|pm|was|were|had|has|have|and|or|but)$/i;
const STEM = 5;

/** Each counted thing of a text, as "count stem" ("14 miner"), with how often the text counts it. */
export function countedThings(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const match of text.matchAll(COUNTED)) {
    const number = NUMBER_WORDS[match[1]!.toLowerCase()] ?? match[1]!.replace(/,/g, '');
    const thing = match[2]!.toLowerCase();
    if (isYearNumber(number) || NOT_A_THING.test(thing) || isStopword(thing)) continue;
    const key = `${number} ${thing.slice(0, STEM)}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}
