/**
 * “The tags could not be loaded. The library index could not be read.” A failure and its reason as two
 * sentences: a reason may hold a colon of its own, start in lower case or lack its full stop, and one
 * sentence joined by a colon then reads “loaded: Annals is not running: the page…”. No reason, no second sentence.
 */
export function failureSentences(failure: string, reason: string | undefined): string {
  const said = (reason ?? '').trim().replace(/[\s:;,]+$/, '');
  if (!said) return `${failure}.`;
  const capitalized = said.charAt(0).toUpperCase() + said.slice(1);
  return `${failure}. ${/[.!?…]$/.test(capitalized) ? capitalized : `${capitalized}.`}`;
}
