// Where a happening took place, by the town a report puts it in: "a barn burned down near Ludstow", "a pipe burst in
// Brogley", "shut its branch on Fordwell High Street". Two outlets of one day telling the same kind of thing in two
// towns tell two happenings (a fire in each of two neighbouring towns), however alike their words and actions are;
// merge-likeness.ts keeps them apart. A town is read only from the sentence telling the happening, where outlets name
// it, and only a bare name: "in Brookfield Park" names a ground, "at Tanpit Lane" a street, either of which may lie
// in the town another outlet names. A country or a region ("in Florida", "in Turkey") may hold the other's town. Only
// the clause of the report's date counts: "was found near Ridley Ford on Monday, two days after he broke out of the
// jail" puts the finding near Ridley Ford, not the escape.
import nlp from 'compromise';
import { keptReadings } from '../language/kept-readings.ts';

// A capitalised name of one or two words after a word placing a happening in a town, or before "high street".
const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?`;
const IN_TOWN = new RegExp(String.raw`\b(?:in|near|outside)\s+(${NAME})(?![\p{L}'’-])`, 'gu');
const HIGH_STREET = new RegExp(String.raw`\b(${NAME})(?:['’]s)?\s+[Hh]igh\s+[Ss]treet\b`, 'gu');

// Capitalised words after "in" that name no town: days, months, seasons, bodies and kinds of place.
const NOT_TOWNS = new Set(
  [
    'monday tuesday wednesday thursday friday saturday sunday',
    'january february march april may june july august september october november december',
    'spring summer autumn fall winter christmas easter',
    'parliament congress court government senate council police the a an his her their its',
  ].flatMap((words) => words.split(' ')),
);
const PLACE_KIND =
  /\b(?:street|road|lane|avenue|square|park|station|hall|bridge|valley|hills?|estate|centre|center|county|district|area|city|town|village|harbour|harbor|bay|beach|school|church|hospital|airport)$/iu;

/** The towns a sentence puts what it tells in, in lower case (read once a sentence). */
export const townsOf: (sentence: string) => Set<string> = keptReadings(readTowns, 5000);

function readTowns(sentence: string): Set<string> {
  const towns = new Set<string>();
  // "in Orval Tegge's hay barn": an owner's name, not a town; "Fordwell's high street" names the town.
  const inTown = [...sentence.matchAll(IN_TOWN)].map((match) => match[1]!).filter((name) => !/['’]s?$/u.test(name));
  const highStreet = [...sentence.matchAll(HIGH_STREET)].map((match) => match[1]!.replace(/['’]s$/u, ''));
  for (const name of [...inTown, ...highStreet]) {
    const first = name.split(/\s+/u)[0]!.toLowerCase();
    if (NOT_TOWNS.has(first) || PLACE_KIND.test(name)) continue;
    if (nlp(name).has('(#Country|#Region)')) continue;
    towns.add(name.toLowerCase());
  }
  return towns;
}

// A named institution a sentence opens on, as the doer: "Sallowfield Royal Infirmary declared a critical incident".
// Two of them, each the doer in its outlet's sentence, are two places (two hospitals each declaring an incident);
// a name further on may be where the people of one happening were taken (two hospitals, one crash).
const INSTITUTION_DOER =
  /^(?:The\s+)?((?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:Hospital|Infirmary|School|Academy|College|University|Prison|Airport|Council))\b/u;

/** The named institution a sentence opens on, in lower case. */
export function institutionDoerOf(sentence: string): string | undefined {
  return sentence.trim().match(INSTITUTION_DOER)?.[1]?.toLowerCase();
}

/** Both sentences open on a named institution as the doer, and neither names the other's. */
export function otherInstitutions(sentenceX: string, sentenceY: string): boolean {
  const [x, y] = [institutionDoerOf(sentenceX), institutionDoerOf(sentenceY)];
  if (!x || !y) return false;
  return !sentenceY.toLowerCase().includes(x) && !sentenceX.toLowerCase().includes(y);
}

/**
 * Both sentences put what they tell in a town, and neither names the other's town: two places, two happenings. A town
 * named in both, or a name of one inside the other's ("Greyhaven", "Greyhaven Crown Court"), may be one place.
 */
export function otherTowns(sentenceX: string, sentenceY: string): boolean {
  if (otherInstitutions(sentenceX, sentenceY)) return true;
  const [x, y] = [townsOf(sentenceX), townsOf(sentenceY)];
  if (x.size === 0 || y.size === 0) return false;
  const named = (towns: Set<string>, sentence: string) => {
    const lower = sentence.toLowerCase();
    return [...towns].some((town) => lower.includes(town));
  };
  return !named(x, sentenceY) && !named(y, sentenceX);
}

/** The clause holding a report's date (its sentence's words between the commas or semicolons around the date). */
export function dateClause(sentence: string, dateStart: number, dateEnd: number): string {
  const before = Math.max(sentence.lastIndexOf(',', dateStart), sentence.lastIndexOf(';', dateStart));
  const after = sentence.slice(dateEnd).search(/[,;]/u);
  return sentence.slice(before + 1, after < 0 ? sentence.length : dateEnd + after);
}
