// A period told as whose a thing is: "next year's festival", "last week's storm" (or, as the subject, "rents for next
// year"). A possessive year only names which
// one the thing is (the festival of that year): beside a date the sentence tells of its own ("Next year's festival
// was announced on 3 March"), it dates nothing. A possessive week opening the sentence, its subject, with a weekday told
// of it ("Next week's vote, on Thursday, …") is the week that weekday falls in: one happening, told once, on that
// week's day. Not a week told of the thing a deed or a saying is about ("said on Thursday it would extend last week's
// recall"): the weekday is the deed's.
import { addDays, dayOf, formatDay, weekdayOf } from './calendar.ts';
import type { DateMention } from './candidates.ts';

const POSSESSIVE_PERIOD = /^(?:next|last|this)\s+(year|week)$/i;
const OPENS_SENTENCE = /^\s*(?:the\s+)?$/i;
const OWNER = /^['’]s\b/;
// The subject of a clause, a thing named for the year: "(…, and) rents for next year are due by 1 November".
const THING_FOR = /(?:^|[,;]\s+(?:and|but)\s+)\s*(?:the\s+)?\p{L}+(?<!ed)\s+for\s+$/iu;
const WEEKDAY = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b[^\d]*$/i;

/** The sentence's dates, with a possessive period that only names a thing left out or settled with its weekday. */
export function withPeriodsNamingThings<T extends DateMention>(sentence: string, mentions: T[]): T[] {
  const periods = mentions.filter(
    (mention) =>
      POSSESSIVE_PERIOD.test(mention.text) &&
      (OWNER.test(sentence.slice(mention.index + mention.text.length)) ||
        THING_FOR.test(sentence.slice(0, mention.index))),
  );
  if (periods.length === 0) return mentions;
  const others = mentions.filter((mention) => !periods.includes(mention));
  if (others.length === 0) return mentions;
  const dropped = new Set<T>();
  const moved = new Map<T, T>();
  for (const period of periods) {
    const unit = POSSESSIVE_PERIOD.exec(period.text)![1]!.toLowerCase();
    if (unit === 'year') {
      dropped.add(period);
      continue;
    }
    const weekdays = others.filter(
      (mention) => mention.precision === 'day' && !mention.endDate && WEEKDAY.test(mention.text),
    );
    if (weekdays.length === 0 || !period.endDate || !OPENS_SENTENCE.test(sentence.slice(0, period.index))) continue;
    dropped.add(period);
    const monday = dayOf(period.date);
    for (const weekday of weekdays) {
      const date = formatDay(addDays(monday, (weekdayOf(dayOf(weekday.date)) + 6) % 7));
      moved.set(weekday, { ...weekday, date });
    }
  }
  return mentions.filter((mention) => !dropped.has(mention)).map((mention) => moved.get(mention) ?? mention);
}
