// The words an opening tells its protagonist by (opening-protagonists.ts): the nouns for a person, with the sex and
// the part in a crime some of them carry ("gunman", "hostage"), and the verbs that make the person they are told of
// the one who did a deed or stands accused of it (a suspect, a defendant) or the one it was done to (a victim).

export type Sex = 'male' | 'female';
export type Role = 'suspect' | 'victim';

/** A noun for one person: its sex and part when the word itself tells them. */
export interface PersonNoun {
  sex?: Sex;
  role?: Role;
}

const noun = (words: string, person: PersonNoun): [string, PersonNoun][] =>
  words.split(' ').map((word) => [word, person]);

/** Nouns for one person, by their singular lower-cased form. */
export const PERSON_NOUNS: ReadonlyMap<string, PersonNoun> = new Map([
  ...noun('man boy father son husband brother grandfather uncle schoolboy businessman landlord', { sex: 'male' }),
  ...noun('woman girl mother daughter wife sister grandmother aunt schoolgirl businesswoman landlady', {
    sex: 'female',
  }),
  ...noun('gunman', { sex: 'male', role: 'suspect' }),
  ...noun('gunwoman', { sex: 'female', role: 'suspect' }),
  ...noun('suspect defendant accused attacker robber burglar killer murderer arsonist thief intruder assailant', {
    role: 'suspect',
  }),
  ...noun('victim hostage', { role: 'victim' }),
  ...noun(
    'teenager teen youth person driver motorist cyclist pedestrian rider passenger pensioner resident student pupil worker farmer adult child toddler baby',
    {},
  ),
]);

/** Nouns for several people: an opening telling them tells more than one protagonist. */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set(
  (
    'men women boys girls people teenagers teens youths gunmen suspects defendants attackers robbers burglars ' +
    'killers thieves intruders victims hostages drivers passengers pensioners residents students pupils workers ' +
    'children adults brothers sisters couple pair gang'
  ).split(' '),
);

/** Titles before a surname that tell the person's sex. */
export const TITLE_SEX: Readonly<Record<string, Sex>> = { mr: 'male', mrs: 'female', ms: 'female', miss: 'female' };

/** Pronouns in a person's own aside that tell their sex ("the man, who is in his thirties"). */
export const PRONOUN_SEX: Readonly<Record<string, Sex>> = {
  he: 'male',
  his: 'male',
  him: 'male',
  himself: 'male',
  she: 'female',
  her: 'female',
  hers: 'female',
  herself: 'female',
};

// Verbs (infinitives, as the tagger gives them) whose passive subject or active object is accused of or punished for
// a deed: "a man was charged", "police arrested a woman".
const ACCUSED = new Set(
  'arrest charge detain jail imprison sentence convict remand bail accuse fine ban disqualify acquit question prosecute summons indict hunt seek'.split(
    ' ',
  ),
);
// Verbs whose passive subject or active object the deed was done to: "a woman was stabbed", "killed a cyclist".
const HARMED = new Set(
  'kill injure hurt stab shoot attack assault rob mug murder rescue kidnap abduct threaten wound beat rape strangle airlift'.split(
    ' ',
  ),
);
// Verbs whose active subject did the deed: "a man who barricaded himself", "the gunman fired".
const DID = new Set(
  'barricade threaten rob stab shoot attack assault kill murder steal burgle mug fire flee plead admit deny confess kidnap abduct rape strangle wound'.split(
    ' ',
  ),
);
// Verbs whose active subject the deed was done to: "a cyclist died".
const SUFFERED = new Set(['die']);

/** What a verb makes the person it is told of: as its subject (`passive` or not) or as its object. */
export function roleByVerb(verb: string, as: 'subject' | 'object', passive: boolean): Role | undefined {
  if (as === 'object' || passive) {
    if (ACCUSED.has(verb)) return 'suspect';
    if (HARMED.has(verb)) return 'victim';
    return undefined;
  }
  if (DID.has(verb)) return 'suspect';
  if (SUFFERED.has(verb)) return 'victim';
  return undefined;
}

/** Decades of a life as words ("in his thirties"), by their first year. */
export const DECADES: Readonly<Record<string, number>> = {
  teens: 13,
  twenties: 20,
  thirties: 30,
  forties: 40,
  fifties: 50,
  sixties: 60,
  seventies: 70,
  eighties: 80,
  nineties: 90,
};

/** A word of a part in a deed, by its start: a sentence with none tells no one's part. */
export const PART_WORDS =
  /\b(?:arrest|charg|detain|jail|impris|sentenc|convict|remand|bail|accus|fined|banned|disqualif|acquit|question|prosecut|summons|indict|hunt|sought|seek|kill|injur|hurt|stab|shot|shoot|attack|assault|rob|mug|murder|rescu|kidnap|abduct|threat|wound|beat|rape|strangl|airlift|barricad|steal|stole|burgl|fire|fled|flee|plead|admit|denie|deny|confess|die|held|hold|taken|took|found|appear|gunm|suspect|defendant|victim|hostage|attacker|intruder|assailant|thie|killer|arson)/i;

/** A noun or pronoun for a person: a later sentence with none tells no one's part but by name. */
export const PERSON_WORDS = new RegExp(
  `\\b(?:${[...PERSON_NOUNS.keys(), ...PEOPLE_NOUNS, 'he', 'him', 'she'].join('|')})\\b`,
  'i',
);
