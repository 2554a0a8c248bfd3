// The deed a phrase naming an event tells when a verb form in it says what was done: "announcing the vote" names the
// announcing, not the vote; "having signed the lease" the signing; "the vote was announced" the announcing too. The
// other words tell what the deed was done to, so what they share with another clause ("members voted on Tuesday") says
// nothing of whether that clause tells the deed.

import { signature } from './event-signature.ts';

// The participle after "having" or "having been" ("having announced"), or a gerund opening the phrase ("announcing");
// "having" is tried first, as it is a gerund too. A particle after either belongs to the deed ("calling off").
const OPENING_DEED =
  /^(?:having\s+(?:been\s+)?(\p{Ll}{3,})|(\p{Ll}{3,}ing))(\s+(?:off|out|up|down|over|back|away|in|on))?\b/u;
// A passive telling what was done to the thing named first: "the vote was announced", "its result had been counted".
const PASSIVE_DEED =
  /^(?:the|a|an|its|their|his|her|this|that)\s+(?:[\p{L}-]+\s+){1,3}?(?:was|were|(?:had|has|have)\s+been)\s+(\p{Ll}{3,}(?:\s+(?:off|out|up|down|over|back|away))?)\b/u;
// Nouns in -ing that open a phrase as things, not deeds: "a day after spring", "hours after morning prayers".
const THING_IN_ING =
  /^(?:morning|evening|spring|during|nothing|something|anything|everything|ceiling|wedding|building|offspring|string|thing|king|ring|wing)$/;

/**
 * The words of `phrase` that tell its deed: the gerund opening it or the participle of its passive, else the whole
 * phrase ("the vote", "the crews walked out"). A verb that tells no action of its own ("the vote was held", "having
 * made the announcement") leaves the deed to the whole phrase, whose thing then tells it.
 */
export function deedNamed(phrase: string): string {
  const opening = OPENING_DEED.exec(phrase);
  const verb = opening ? (opening[1] ?? opening[2]) : undefined;
  const deed = verb ? verb + (opening?.[3] ?? '') : PASSIVE_DEED.exec(phrase)?.[1];
  if (!deed || THING_IN_ING.test(verb ?? deed)) return phrase;
  return tellsAction(deed) ? deed : phrase;
}

function tellsAction(words: string): boolean {
  return [...signature(words).keys()].some((key) => key.startsWith('@'));
}
