// The words compromise's dictionary knows ("rain", "managers"): loaded with the extraction rules, never on opening a
// library (compromise is most of a second to load).
import nlp from 'compromise';

export const KNOWN_WORDS: Readonly<Record<string, unknown>> = (
  nlp.model() as { one: { lexicon: Record<string, unknown> } }
).one.lexicon;
