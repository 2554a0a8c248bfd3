// Whether a verb is told with something done to or with nothing done to: "withdrew the grants" and "was withdrawn" do
// something to a thing; "retired on Tuesday" and "retreated from the hills" do nothing to anything. WordNet files
// "retire" and "withdraw" under one sense of going away, which "withdrew the grants" does not have: a sense two verbs
// share tells one happening only when both are told the same way (happening-senses.ts).
import { type ParsedTerm, parsedSentence } from './sentence-parse.ts';

export type VerbUse = 'doneTo' | 'alone';

// Words between a verb and what it does something to, or that make it passive ("was", "had been").
const BE = /^(?:am|is|are|was|were|be|been|being|get|gets|got|gotten)$/;
// What may follow a verb that does something to a thing: the thing, or a word standing before it.
const OBJECT_TAGS = ['Noun', 'Pronoun', 'Determiner', 'Possessive', 'Adjective', 'Value'];
// Words that begin what is around a deed, not what it is done to: "retired after 22 years", "retreated from the
// hills", "resigned as the scandal grew". Not "for", "to", "with", "of", "into": "paid for the road" and "agreed to
// spend" are done to something as surely as "bought the road".
const ALONE_AFTER =
  /^(?:after|before|from|since|at|in|on|across|amid|during|following|until|as|when|while|despite|and|but|because)$/;
// Words of a time told between a verb and what follows it ("agreed this afternoon to spend", "withdrew on Monday the
// grants"): they are no object, so they are passed over.
const TIME_WORDS = /^(?:this|next|last|early|late|morning|afternoon|evening|night|yesterday|today|tonight)$/;

/**
 * How the sentence tells the verb (in dictionary form): done to something (an object follows it, or it is passive),
 * alone (the clause ends, or what follows tells when, where or why: ALONE_AFTER), or undefined when the verb is not
 * found or what follows may be what it is done to ("paid for the road").
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
  const timeWord = (term: ParsedTerm | undefined) =>
    term !== undefined && (term.tags.includes('Date') || TIME_WORDS.test(term.normal));
  const passedOver = (term: ParsedTerm, i: number) =>
    term.tags.includes('Adverb') || timeWord(term) || (/^(?:on|at|in)$/.test(term.normal) && timeWord(terms[i + 1]));
  while (next < terms.length && passedOver(terms[next]!, next) && !/[,;:.]/.test(terms[next - 1]!.post)) next++;
  const following = terms[next];
  if (!following) return 'alone';
  if (following.tags.some((tag) => OBJECT_TAGS.includes(tag))) return 'doneTo';
  if (ALONE_AFTER.test(following.normal)) return 'alone';
  return undefined;
}

/** One verb told alone and the other done to something: a sense they share is not the one either means. */
export function verbUsesApart(x: VerbUse | undefined, y: VerbUse | undefined): boolean {
  return x !== undefined && y !== undefined && x !== y;
}
