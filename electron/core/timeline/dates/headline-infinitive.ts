// A headline's infinitive tells what is to come ("Heatwave to peak on Saturday", "Rail strike to start on Friday"):
// news headlines drop the "is" of "is to". A headline ends with no stop and tells no deed of its own before "to"
// ("Tributes paid to man killed on Friday" tells what was done).
import nlp from 'compromise';
import { isPastForm } from '../language/tense-forms.ts';

// A few words of subject, then "to" and a verb's bare form (not "to the", "to a", "to court").
const SUBJECT_TO_VERB =
  /^\s*(?:[\p{L}\d'’,-]+\s+){1,7}?to\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|court|work|school|hospital|jail|prison|power|be)\b)\p{Ll}+\b/u;

/** Whether the words before `index` open a headline with an infinitive of what is to come. */
export function headlineLooksAhead(sentence: string, index: number): boolean {
  if (/[.!?]["”’']?\s*$/.test(sentence)) return false;
  const before = sentence.slice(0, index);
  const opening = SUBJECT_TO_VERB.exec(before);
  // "Thousands march to parliament on Sunday": "to" before a place is where a deed went, not an infinitive.
  if (!opening || !nlp(opening[0]).terms().last().has('#Verb')) return false;
  const words = before.split(/[^\p{L}'’]+/u).filter(Boolean);
  return !words.some((word) => /^\p{Ll}/u.test(word) && isPastForm(word));
}
