// One reading of a report's sentence by the tagger (compromise), shared by merging's two readers of grammar: the
// dictionary forms of its words (merge-evidence.ts) and the deeds of its dates' clauses (deed-words.ts). The tagger is
// the slowest step of building a story's timeline; each sentence is tagged once, whichever reader asks first.
import nlp from 'compromise';
import { keptReadings } from './kept-readings.ts';
import { taggerReads } from './tagger-reads.ts';
import { type ParsedTerm, type VerbPhrase, verbPhrasesOf } from './verb-phrases.ts';

export type { ParsedTerm, VerbPhrase };

export interface ParsedSentence {
  terms: ParsedTerm[];
  verbs: VerbPhrase[];
  /** Its words, verbs as infinitives and nouns singular, as the tagger writes them ("resigned" → "resign"). */
  dictionaryForms: string[];
}

// The tagger's verb phrases take time that grows faster than the text (about 0.1 s at 1,000 characters, 1 s at 8,000,
// minutes at 100,000): a "sentence" this long is a page's list or a hostile run-on, not prose, and gets no reading.
export const LONGEST_PARSED = 2000;
const NOTHING_READ: ParsedSentence = Object.freeze({ terms: [], verbs: [], dictionaryForms: [] });

/** The tagger's reading of a sentence; nothing for one longer than `LONGEST_PARSED` characters. */
export function parsedSentence(text: string): ParsedSentence {
  if (text.length > LONGEST_PARSED) return NOTHING_READ;
  return keptParse(text);
}

// A sentence is read for each of its dates and each report it is compared with: read it once.
const keptParse = keptReadings(parse);

function parse(text: string): ParsedSentence {
  taggerReads.sentences++;
  const doc = nlp(text);
  const terms = (doc.json({ offset: true, terms: { offset: true } }) as { terms: ParsedTerm[] }[]).flatMap(
    (sentence) => sentence.terms,
  );
  // Finding the verb phrases costs nearly as much as tagging: find them once, for both readings.
  const verbs = verbPhrasesOf(doc);
  // Each word's root (a verb's infinitive, a noun's singular) from the tagging already done: rewriting the verbs to
  // infinitives would tag the sentence again after each one.
  doc.compute('root');
  // compromise's option types omit `root`, which its 'two' model reads.
  const withRoots = { terms: { root: true } } as Parameters<typeof doc.json>[0];
  const roots = (doc.json(withRoots) as { terms: { root?: string; text: string }[] }[]).flatMap((sentence) =>
    sentence.terms.map((term) => term.root ?? term.text),
  );
  return { terms, verbs, dictionaryForms: withParticipleRoots(terms, verbs, roots) };
}

/**
 * The roots with each irregular participle the tagger leaves as written ("was withdrawn", "were thrown into prison",
 * "was shown") put as the infinitive its verb phrase reads: the verb's last word, when its root is the word itself.
 */
function withParticipleRoots(terms: readonly ParsedTerm[], verbs: readonly VerbPhrase[], roots: string[]): string[] {
  const at = new Map(terms.map((term, i) => [term.offset.start, i]));
  for (const phrase of verbs) {
    const infinitive = phrase.verb.infinitive.toLowerCase();
    const last = phrase.terms.findLast((term) => term.tags.includes('Participle'));
    const i = last && at.get(last.offset.start);
    if (i === undefined || /\s/.test(infinitive) || !infinitive) continue;
    if (roots[i]!.toLowerCase() === last!.normal && infinitive !== last!.normal) roots[i] = infinitive;
  }
  return roots;
}
