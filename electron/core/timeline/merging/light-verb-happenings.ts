// Happenings told by their noun beside a verb that tells little by itself: "claimed victory", "made an arrest", "the
// walkout began", "the plan will go to a vote". The deed reader (deed-words.ts) leaves such verbs out, since the deed
// is what they carry; when they carry a noun, that noun is the deed, and WordNet links it to the verb another outlet
// tells it by ("victory" is a kind of winning). happening-senses.ts reads the nouns beside these verbs.
import type { Report } from '../extraction/event-reports.ts';
import { stemOf } from '../language/actions.ts';
import { CLEAR_ACTION } from './same-action.ts';

// Verbs that tell a happening only by the noun they carry: its start, its coming, its taking place, its being made,
// got, taken or claimed. Not saying or seeing verbs: "announced the closure" tells an announcement, not a closure.
const CARRIERS = new Set(['begin', 'start', 'come', 'go', 'take', 'make', 'get', 'claim']);

/** The verb (in dictionary form) tells a happening only by the noun it carries. */
export function carriesHappening(verb: string): boolean {
  return CARRIERS.has(verb);
}

/**
 * The noun is told right at the report's date, as clearly as an action: a light verb's noun told far from the date
 * ("ended a run that began in March") is the context of another happening.
 */
export function toldAtDate(report: Report, noun: string): boolean {
  return (report.terms.get(stemOf(noun)) ?? 0) >= CLEAR_ACTION;
}
