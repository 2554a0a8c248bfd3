// Words a noun phrase ends before: what follows tells where, when or to what it was, or what it did ("the blast at
// Linnet Court", "the first call to the fire service", "the fire that blacked out the town"). Rules that read a
// happening's noun phrase (a nod at another happening, a counted one of a series) stop at these.
export const NOUN_PHRASE_ENDS: ReadonlySet<string> = new Set(
  [
    // prepositions
    'at in on of near outside beside along across by to for with from into as',
    // relative words
    'that which who whom whose where when while',
    // conjunctions
    'and or but',
    // verbs that follow a subject
    'was were is are be been has have had',
  ]
    .join(' ')
    .split(' '),
);
