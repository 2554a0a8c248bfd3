// What a report's sentence tells of who speaks and whose thing it is about, whatever its date: a plan a speaker
// announced ("Kestrel said on Tuesday it would shut the mill" announces the closure another outlet tells as
// "announced the closure") and whose thing it opens on ("Halden's shares fell"). event-reports.ts reads both.
import { actionOfWord } from '../language/actions.ts';

// What a speaker said it would do: "it would shut", "that the company will close", "they are to move".
const SAID_PLAN =
  /^[^.;"“]{0,100}?\b(?:it|they|the\s+(?:company|firm|group|council|board|airline|operator|government|ministry|authority))\s+(?:would|will|is\s+to|are\s+to|was\s+to|were\s+to|plans\s+to|planned\s+to|intends\s+to)\s+(?:now\s+|also\s+|soon\s+)?(\p{L}+)/iu;

/** The words after a day something was said tell that the speaker would do something: an action, not a state. */
export function announcesPlan(after: string): boolean {
  const verb = SAID_PLAN.exec(after)?.[1];
  return verb !== undefined && actionOfWord(verb) !== undefined && actionOfWord(verb) !== 'schedule';
}

// A name in the possessive opening a sentence: its subject belongs to someone ("Halden's shares fell").
const OPENING_OWNER = /^((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)['’]s?\s/u;
const NOT_OWNERS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|last|this|next)\b/i;

/** Whose thing a sentence opens on, as a report's `owner`. */
export function ownerOf(sentence: string): { owner?: string } {
  const name = OPENING_OWNER.exec(sentence)?.[1];
  return name && !NOT_OWNERS.test(name) ? { owner: name.toLowerCase() } : {};
}
