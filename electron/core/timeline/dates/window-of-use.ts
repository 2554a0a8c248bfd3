// Days a ticket, pass or fare may be used on, or a traveller may travel on instead, are a window of use, not events:
// "Tickets for Wednesday or Friday can be used on the day before or the day after", "Customers may travel on Monday or
// Tuesday instead". The last day of such a window is a deadline, which the probes and gold count as an event ("Refunds
// can be claimed until Friday", "Monthly permits will be honored until June 30"), so a day told "until" or "by" stays.
import type { DateMention } from './candidates.ts';

const TICKETS = String.raw`\b(?:tickets?|passes|pass|railcards?|fares?|bookings?|vouchers?|permits?|season[- ]tickets?)\b`;
const USED = String.raw`\b(?:can|may|will|could)\s+(?:(?:also|still|now)\s+)?be\s+(?:used|accepted|honou?red|exchanged|changed|transferred)\b|\b(?:can|may)\s+(?:(?:also|still)\s+)?use\s+(?:it|them)\b`;
const VALID = String.raw`\b(?:is|are|remains?|will\s+be|stays?)\s+(?:(?:also|still)\s+)?valid\b`;
// A ticket made good for other days: its subject first, in the same clause.
const TICKET_USE = new RegExp(`${TICKETS}[^.;:!?]*?(?:${USED}|${VALID})`, 'i');
// "may travel on Monday or Tuesday instead", "can travel a day earlier or later": another day offered in place of one.
const TRAVEL_INSTEAD =
  /\b(?:can|may|could)\s+(?:(?:also|still|now)\s+)?(?:travel|fly|sail|rebook|use\s+(?:them|it))\b[^.;:!?]*?\b(?:instead|or)\b/i;
// The last day of the window, which is its deadline.
const DEADLINE_BEFORE =
  /\b(?:until|till|by|before|no\s+later\s+than|up\s+to)\s+(?:(?:the\s+)?(?:end|close)\s+of\s+)?$/i;

/** Whether the sentence tells days a ticket may be used on, or a journey made instead, rather than a happening. */
export function tellsAWindowOfUse(sentence: string): boolean {
  return TICKET_USE.test(sentence) || TRAVEL_INSTEAD.test(sentence);
}

/** The sentence's dates less the days of a window of use it tells; a deadline closing the window stays. */
export function withoutWindowDays<T extends DateMention>(sentence: string, dates: readonly T[]): T[] {
  if (!tellsAWindowOfUse(sentence)) return [...dates];
  return dates.filter((date) => DEADLINE_BEFORE.test(sentence.slice(0, date.index)));
}
