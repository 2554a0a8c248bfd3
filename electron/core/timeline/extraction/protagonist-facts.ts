// What a fingerprint keeps of an article's protagonists (protagonists-apart.ts compares it): read through the tagger,
// so only fingerprinting loads it, never the comparing of stories on a library's open.
import { everyAgeIn } from './ages-apart.ts';
import { protagonistsOf } from './opening-protagonists.ts';
import type { OpeningCast } from './protagonist-conflict.ts';
import { readProtagonistsWith } from './protagonist-reader.ts';
import { PERSON_NOUNS, type Role, type Sex, TITLE_SEX } from './protagonist-words.ts';
import type { ProtagonistFacts } from './protagonists-apart.ts';

// Words telling of more than one accused of the deed: a story of co-defendants sentenced on different days, of a
// second arrest, names two people in one part whichever its opening names.
const MORE_ACCUSED =
  /\b(?:co-?accused|co-?defendants?|accomplices?|(?:second|third|another|other|fellow) (?:man|woman|suspect|defendant|teenager|youth|person|gunman)|(?:two|three|four|both) (?:men|women|suspects|defendants|teenagers|youths) (?:were|have been|had been|are|was)? ?(?:arrested|charged|jailed|sentenced|convicted|detained|remanded|accused))\b/i;

/**
 * The protagonists an article's opening tells (each part told of one person), and the ages and sexes of the people it
 * tells anywhere; nothing when its opening tells no one in either part. `sentences` are its own, furniture left out.
 */
export function protagonistFacts(
  sentences: readonly string[],
  people: readonly string[],
  terms: Readonly<Record<string, number>>,
): { protagonists?: ProtagonistFacts } {
  const { cast, others } = protagonistsOf(sentences, people);
  const facts: ProtagonistFacts = {};
  // One told by nothing but a part ("the gunman") conflicts with no one, and is not kept.
  const told = (person: OpeningCast[Role]) =>
    typeof person === 'object' && (person.sex || person.ages || person.surname) ? person : undefined;
  const suspect = told(cast.suspect);
  if (suspect && !sentences.some((sentence) => MORE_ACCUSED.test(sentence))) facts.suspect = suspect;
  const victim = told(cast.victim);
  if (victim) facts.victim = victim;
  if (!facts.suspect && !facts.victim) return {};
  const ages = [...new Set(sentences.flatMap(everyAgeIn))];
  const sexes = sexesNamed(terms);
  return {
    protagonists: {
      ...facts,
      ...(ages.length > 0 ? { ages } : {}),
      ...(sexes.length > 0 ? { sexes } : {}),
      ...(others.length > 0 ? { others } : {}),
    },
  };
}

// Plural nouns for people of one sex, as `tokenize` keeps them ("girls" and "mothers" lose their s and are singular).
const PLURAL_SEX: Readonly<Record<string, Sex>> = { men: 'male', boys: 'male', gunmen: 'male', women: 'female' };

/** The sexes an article's nouns for people tell, from its word counts (similarity.ts `tokenize` forms). */
function sexesNamed(terms: Readonly<Record<string, number>>): Sex[] {
  const sexes = new Set<Sex>();
  for (const word of Object.keys(terms)) {
    const sex = PERSON_NOUNS.get(word)?.sex ?? TITLE_SEX[word] ?? PLURAL_SEX[word];
    if (sex) sexes.add(sex);
  }
  return [...sexes].sort();
}

readProtagonistsWith(protagonistFacts);
