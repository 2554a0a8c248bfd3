// The deed a phrase naming an event tells when a verb form in it says what was done: "announcing the vote" names the
// announcing, not the vote; "having signed the lease" the signing; "the vote was announced" the announcing too. The
// other words tell what the deed was done to, so what they share with another clause ("members voted on Tuesday") says
// nothing of whether that clause tells the deed.

// A gerund opening the phrase ("announcing"), or the participle of "having" or "having been" ("having announced").
const OPENING_DEED = /^(?:(\p{Ll}{3,}ing)|having\s+(?:been\s+)?(\p{Ll}{3,}))\b/u;
// A passive telling what was done to the thing named first: "the vote was announced", "its result had been counted".
const PASSIVE_DEED =
  /^(?:the|a|an|its|their|his|her|this|that)\s+(?:[\p{L}-]+\s+){1,3}?(?:was|were|(?:had|has|have)\s+been)\s+(\p{Ll}{3,})\b/u;
// Nouns in -ing that open a phrase as things, not deeds: "a day after spring", "hours after morning prayers".
const THING_IN_ING =
  /^(?:morning|evening|spring|during|nothing|something|anything|everything|ceiling|wedding|building|offspring|string|thing|king|ring|wing)$/;

/**
 * The words of `phrase` that tell its deed: the gerund opening it or the participle of its passive, else the whole
 * phrase ("the vote", "the crews walked out").
 */
export function deedNamed(phrase: string): string {
  const match = OPENING_DEED.exec(phrase);
  const deed = match?.[1] ?? match?.[2] ?? PASSIVE_DEED.exec(phrase)?.[1];
  return deed && !THING_IN_ING.test(deed) ? deed : phrase;
}
