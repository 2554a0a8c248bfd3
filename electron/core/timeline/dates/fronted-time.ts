// A time put first in its sentence ("In June, he will be sentenced.", "On Friday, the bridge is to reopen.") has no
// words before it to tell its tense: the clause after it tells whether it lies ahead.

// Nothing before the time but its preposition and a nearer word for it ("In", "On", "By early", "Late on").
const FRONTED = /^\s*(?:(?:in|on|by|from|at|during|this|until|till)\s+)?(?:(?:early|late)\s+(?:on\s+)?|mid-)?$/i;
// Only plain markers of the future: "would", "could" and "should" after a time put first often tell a past
// ("In 1998, he would go on to win"), so they are not read here.
const AHEAD =
  /\b(?:will|won['’]t|shall|(?:is|are)\s+(?:(?:expected|due|set|scheduled|going|planned|poised)\s+)?to)\b|['’]ll\b/i;

/** Whether the time at `index` opens its sentence, with nothing before it but its preposition. */
export function isFrontedTime(sentence: string, index: number): boolean {
  return FRONTED.test(sentence.slice(0, index));
}

/** Whether a clause tells what is to come in plain words of the future ("he will be sentenced", "is to reopen"). */
export function tellsAhead(clause: string): boolean {
  return AHEAD.test(clause);
}
