// Asides naming what a name is, set between commas right after it ("approved Veltrazine, a once-daily pill to prevent
// migraine, on Friday"): an appositive describes the name and tells no deed, so the verb before it and the date after
// it stay in one clause (report-layout.ts reads them as it reads asides of place or measure). Read by the words alone,
// as the layout is: an indefinite description after a capitalised name, up to the next comma, holding no clause break.

// A capitalised word (a name), a comma, "a" or "an", then words up to the closing comma with no mark or joining word
// that would open a clause of its own, and no figure (a date or a count is no description).
const APPOSITIVE =
  /(?<=\p{Lu}[\p{L}'’-]*),\s+(?:a|an)\s+(?:(?!\b(?:when|which|who|whom|whose|while|after|before|since|until|because|but|and|said|says)\b)[^,;:()—–"“”\d.])+,/gu;

/** Where the appositives of a text run, each from its opening comma to its closing one. */
export function appositivesOf(text: string): { start: number; end: number }[] {
  return [...text.matchAll(APPOSITIVE)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
