// Whether a stretch of text tells a deed done: a past-tense verb that is no state, description or cue participle.
import { isPastForm } from './tense-forms.ts';

// After these a participle tells a state ("will stay closed on Monday"), no past deed; after an article, possessive or
// "at", "with", "under", "behind" it describes a thing ("must send a detailed plan by Thursday", "run at reduced speed",
// "played behind closed doors").
const NOT_PAST_BEFORE = new Set(
  'be been being to will would shall could is are has have stay stays remain remains get gets keep keeps a an the its their his her our your my at with under behind without into'.split(
    ' ',
  ),
);
// A participle after a verb of keeping and its object tells the state kept ("will keep it closed", "leave them
// switched off"), not a past action.
const KEEP_STATE = /^(?:keep|keeps|keeping|leave|leaves|leaving|have|has|get|gets|want|wants|need|needs)$/i;
const OBJECT_PRONOUN = /^(?:it|them|him|her|us|me|you|everything|everyone)$/i;
// A relative clause telling what its noun was ("households that were without power can claim from Monday") describes
// who is meant, not what the clause tells; so does one telling what its noun did, before the main clause's verb.
const RELATIVE_STATE = /^(?:was|were|had)$/i;
const RELATIVE = /^(?:that|who|which|whose)$/;
const PLACE_WORD = /^(?:in|inside|on|at|behind|outside|near|under|beside|by)$/i;
// Past participles that are themselves forward cues ("is scheduled", "are expected").
const CUE_PARTICIPLES = new Set(['scheduled', 'expected', 'planned', 'due']);

// Verbs that report what someone said do not put what they said in the past ("said the road stays shut until Friday").
export const REPORTING = new Set(
  'said told announced added confirmed warned reported wrote explained insisted stated noted'.split(' '),
);

/**
 * Whether the text holds a past-tense verb (after its first `skip` words, `ignored` aside), not one describing a
 * state.
 */
export function hasPastVerb(
  text: string,
  skip: number,
  ignored: ReadonlySet<string> = new Set(),
  afterCue = false,
): boolean {
  const words = text
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter(Boolean)
    .slice(skip);
  // After a forward cue, a participle between a noun and a place describes the thing ("will be able to collect PE kit
  // left in the changing rooms on Saturday"), unless the time told next is its own ("after crews left on Monday").
  const describes = (i: number) =>
    afterCue &&
    /^\p{Ll}{3,}$/u.test(words[i - 1] ?? '') &&
    !OBJECT_PRONOUN.test(words[i - 1] ?? '') &&
    !/^(?:they|we|he|she|who|that|which)$/i.test(words[i - 1] ?? '') &&
    PLACE_WORD.test(words[i + 1] ?? '') &&
    i + 2 < words.length;
  const inRelative = describedByRelative(words);
  return words.some(
    (word, i) =>
      /^\p{Ll}/u.test(word) && // "Corby United" is a name
      isPastForm(word) &&
      !ignored.has(word) &&
      !CUE_PARTICIPLES.has(word.toLowerCase()) &&
      !NOT_PAST_BEFORE.has((words[i - 1] ?? '').toLowerCase()) &&
      !(KEEP_STATE.test(words[i - 2] ?? '') && OBJECT_PRONOUN.test(words[i - 1] ?? '')) &&
      !(RELATIVE.test(words[i - 1] ?? '') && i >= 2 && RELATIVE_STATE.test(word)) &&
      !inRelative[i] &&
      !describes(i),
  );
}

// A verb of the main clause after a relative one ("Shops that flooded in March can claim from Monday"): the relative
// clause's past describes who is meant.
const MAIN_VERB = /^(?:can|may|must|should|will|would|could|shall|is|are|has|have|need|needs)$/i;

// The whole relative clause describes them, however long: "Residents who were evacuated when the dam cracked can return
// from Friday", "Shoppers who bought the kettles were told they can claim until Sunday".
// Each word: whether it stands after a relative pronoun (not the text's first word) with no main verb since, and a main
// verb comes after it. In one pass each way: a run-on sentence must not cost each word the rest of its length.
function describedByRelative(words: readonly string[]): boolean[] {
  const mainAfter: boolean[] = new Array(words.length).fill(false);
  for (let i = words.length - 2; i >= 0; i--) mainAfter[i] = mainAfter[i + 1]! || MAIN_VERB.test(words[i + 1]!);
  let open = false;
  return words.map((word, i) => {
    const described = open && mainAfter[i]!;
    if (MAIN_VERB.test(word)) open = false;
    else if (i >= 1 && RELATIVE.test(word)) open = true;
    return described;
  });
}
