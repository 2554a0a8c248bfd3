// A sentence's verb phrases as the tagger (compromise) reads them, with what deed-words.ts reads of each verb: its
// infinitive, its auxiliary and whether it is negated. compromise's own `verbs().json()` gives these beside the verb's
// grammar (tense, form, adverbs), and working out that grammar took about a fifth of merging's time on a story's
// sentences while nothing reads it; the three are taken here as `json()` takes them (its `toJSON` in
// src/3-three/verbs/api/toJSON.js, compromise 14), from the same parse of each phrase.
import type nlp from 'compromise';

/** A word as the tagger reads it, with where it starts in the sentence. */
export interface ParsedTerm {
  text: string;
  normal: string;
  tags: string[];
  post: string;
  offset: { start: number };
}

/** A verb phrase: its verb as the tagger reads it, and its words. */
export interface VerbPhrase {
  verb: { infinitive: string; auxiliary: string; negative: boolean };
  terms: ParsedTerm[];
}

type Doc = ReturnType<typeof nlp>;
type Phrase = Doc;

/** compromise's parse of a verb phrase (`verbs().parse()`): the parts read here. */
interface ParsedVerb {
  root: Phrase;
  auxiliary: Phrase;
  negative: Phrase;
}

/** compromise's verb conjugator, among its methods. */
interface Conjugation {
  two: { transform: { verb: { toInfinitive(text: string, model: unknown, tense: string | undefined): string } } };
}

/** The verb phrases of a tagged text, each with its words and its verb's infinitive, auxiliary and negation. */
export function verbPhrasesOf(doc: Doc): VerbPhrase[] {
  const phrases = doc.verbs();
  const parsed = phrases.parse() as ParsedVerb[];
  const { toInfinitive } = (doc.methods as Conjugation).two.transform.verb;
  let i = 0;
  return phrases.map((phrase) => {
    const { root, auxiliary, negative } = parsed[i++]!;
    // As a plain view of its own words (null: no other pointer): a verb phrase's `json()` would work out the grammar.
    const words = (phrase.toView(null).json({ offset: true })[0] ?? {}) as { terms: ParsedTerm[] };
    const verb = {
      auxiliary: auxiliary.text('normal'),
      negative: negative.found,
      infinitive: toInfinitive(root.text('normal'), root.model, tenseOf(root)),
    };
    return { ...words, verb };
  }, []) as VerbPhrase[];
}

/** The verb's tense as compromise's conjugator asks for it (`getTense` in its verbs/api/lib.js). */
function tenseOf(root: Phrase): string | undefined {
  return ['Infinitive', 'Participle', 'PastTense', 'Gerund', 'PresentTense'].find((tense) => root.has(`#${tense}`));
}
