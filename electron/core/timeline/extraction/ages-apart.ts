// Reports that tell the people of their happenings by age ("a 41-year-old woman was arrested", "police arrested a
// 19-year-old man") and give no age in common tell deeds done by or to two people: two arrests, two rescues of one
// day. An age is read only of a person ("a 150-year-old church" is no one's), in the three ways outlets give it.
const PERSON = [
  'man men woman women boy boys girl girls teenager teenagers teen teens youth youths person people child children',
  'baby toddler infant pensioner driver motorist cyclist pedestrian rider passenger mother father son daughter',
  'resident student pupil worker suspect victim farmer local male female',
].join(' ');
const PERSONS = `(?:${PERSON.split(/\s+/).join('|')})`;
// "a 19-year-old man", "the man, 41, was", "a woman aged 41".
const AGES = [
  new RegExp(`\\b(\\d{1,3})-year-old(?:\\s+\\p{Ll}+)?\\s+${PERSONS}\\b`, 'gu'),
  new RegExp(`\\b(?:${PERSONS}|\\p{Lu}\\p{Ll}+),\\s+(\\d{1,3}),`, 'gu'),
  new RegExp(`\\b${PERSONS},?\\s+aged\\s+(\\d{1,3})\\b`, 'gu'),
];

// A clause placing the happening by another ("hours after a 17-year-old boy was detained") tells that other one's people.
const OTHER_HAPPENING = /\b(?:after|before|following|since|until|while)\b/i;

/** The ages a sentence gives the people of its own happening: none told after a clause pointing at another. */
export function agesOfPeople(sentence: string): Set<number> {
  const own = sentence.slice(0, OTHER_HAPPENING.exec(sentence)?.index ?? sentence.length);
  return new Set(AGES.flatMap((pattern) => [...own.matchAll(pattern)].map((match) => Number(match[1]))));
}

/** Both sentences tell people by age, and none of one's ages is the other's. */
export function agesApart(a: string, b: string): boolean {
  const [x, y] = [agesOfPeople(a), agesOfPeople(b)];
  return x.size > 0 && y.size > 0 && ![...x].some((age) => y.has(age));
}

// Ages told of anyone, however the sentence goes on ("a 44-year-old Drayminster man", "Orsett, 61,", "Marlow (34)",
// "aged 80"): read where a reader asks whether an article tells a person of some age anywhere, so a stray age of a
// building only makes it the more careful.
const ANY_AGES = [
  /\b(\d{1,3})[- ]years?[- ]old\b/gu,
  /\b\p{Lu}[\p{L}'’-]+,\s+(\d{1,3}),/gu,
  /\b\p{Lu}[\p{L}'’-]+\s+\((\d{1,3})\)/gu,
  /\baged\s+(\d{1,3})\b/giu,
];
// "in his thirties", "in her early seventies": a decade of a life, every year of it.
const DECADE =
  /\bin\s+(?:his|her|their)\s+(?:early\s+|mid-?\s*|late\s+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/giu;
const DECADES = 'twenties thirties forties fifties sixties seventies eighties nineties'.split(' ');

/** Every age a sentence gives anyone, in whatever clause; a decade of a life as each of its years. */
export function everyAgeIn(sentence: string): number[] {
  const ages = ANY_AGES.flatMap((pattern) => [...sentence.matchAll(pattern)].map((match) => Number(match[1])));
  for (const match of sentence.matchAll(DECADE)) {
    const first = 20 + 10 * DECADES.indexOf(match[1]!.toLowerCase());
    for (let age = first; age < first + 10; age++) ages.push(age);
  }
  return ages;
}
