// Past verbs told by their form, not by a list of the verbs news happens to use.
import nlp from 'compromise';

// Words in -ed that are no past: "three hundred waiting", "we need", "at speed".
const NOT_PAST_ED =
  /^(?:hundred|need|speed|seed|feed|bed|red|shed|breed|greed|deed|weed|bleed|proceed|exceed|succeed)$/i;
// The irregular past forms the tagger's dictionary knows ("drove", "tore", "swept", "was"), and those it files under
// another word class first ("left", "lost", "rose", "built", "sought"): a past verb told by its form, not by a list of
// the verbs news happens to use.
const IRREGULAR_PAST = new Set([
  ...Object.entries((nlp as unknown as { model(): { one: { lexicon: Record<string, string> } } }).model().one.lexicon)
    .filter(([word, tag]) => tag.includes('PastTense') && /^[a-z]{3,}$/.test(word) && !word.endsWith('ed'))
    .map(([word]) => word),
  ...'left lost rose built sought'.split(' '),
]);

/** Whether a word is an irregular past form ("drove", "was", "left"). */
export function isIrregularPast(word: string): boolean {
  return IRREGULAR_PAST.has(word.toLowerCase());
}

/** Whether a word is a past form: in -ed (not "hundred", "need") or irregular ("drove", "was"). */
export function isPastForm(word: string): boolean {
  const lower = word.toLowerCase();
  return (/^\w+ed$/.test(lower) && !NOT_PAST_ED.test(lower)) || IRREGULAR_PAST.has(lower);
}
