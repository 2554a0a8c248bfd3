// Whether a verb is told with something done to or with nothing done to: "withdrew the grants" and "was withdrawn" do
// something to a thing; "retired on Tuesday" and "retreated from the hills" do nothing to anything. WordNet files
// "retire" and "withdraw" under one sense of going away, which "withdrew the grants" does not have: a sense two verbs
// share tells one happening only when both are told the same way (happening-senses.ts).
import { parsedSentence } from './sentence-parse.ts';

export type VerbUse = 'doneTo' | 'alone';

// Words between a verb and what it does something to, or that make it passive ("was", "had been").
const BE = /^(?:am|is|are|was|were|be|been|being|get|gets|got|gotten)$/;
// What may follow a verb that does something to a thing: the thing, or a word standing before it.
const OBJECT_TAGS = ['Noun', 'Pronoun', 'Determiner', 'Possessive', 'Adjective', 'Value'];

/**
 * How the sentence tells the verb (in dictionary form): done to something (an object follows it, or it is passive),
 * alone (a preposition, a conjunction or the clause's end follows it), or undefined when the verb is not found or
 * the tagger leaves it unclear.
 */
export function verbUseOf(sentence: string, verb: string): VerbUse | undefined {
  const { terms, dictionaryForms } = parsedSentence(sentence);
  const at = terms.findIndex(
    (term, i) => term.tags.includes('Verb') && (dictionaryForms[i] ?? term.normal).toLowerCase() === verb,
  );
  if (at < 0) return undefined;
  // "were withdrawn", "was quietly withdrawn": passive, so something was done to.
  for (let i = at - 1; i >= Math.max(0, at - 2); i--) {
    if (BE.test(terms[i]!.normal)) return 'doneTo';
    if (!terms[i]!.tags.includes('Adverb')) break;
  }
  if (/[,;:.]/.test(terms[at]!.post) || at === terms.length - 1) return 'alone';
  let next = at + 1;
  while (next < terms.length && terms[next]!.tags.includes('Adverb') && !/[,;:.]/.test(terms[next - 1]!.post)) next++;
  const following = terms[next];
  if (!following) return 'alone';
  if (following.tags.some((tag) => OBJECT_TAGS.includes(tag))) return 'doneTo';
  if (following.tags.includes('Preposition') || following.tags.includes('Conjunction')) return 'alone';
  return undefined;
}

/** One verb told alone and the other done to something: a sense they share is not the one either means. */
export function verbUsesApart(x: VerbUse | undefined, y: VerbUse | undefined): boolean {
  return x !== undefined && y !== undefined && x !== y;
}
