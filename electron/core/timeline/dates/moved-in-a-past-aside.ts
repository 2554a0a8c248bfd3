// A time a thing was moved to, told in an aside about the thing ("The match, which was postponed to Tuesday, ended in
// a draw"): the move looks ahead from when it was made, but the main clause says the thing has happened since, so the
// time is behind the page. Without such an aside ("slipped to March after engineers found a fault") the move's own
// look ahead stands.
import { isPastForm } from '../language/tense-forms.ts';

// The aside's opening, up to the time: ", which was postponed to", ", put back to", ", that had been moved to".
const MOVED_ASIDE =
  /,\s+(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?(?:(?:first|later|then|since|already|eventually)\s+)?(?:postponed|delayed|deferred|rescheduled|moved|switched|shifted|rearranged|(?:put|pushed|set)\s+back|brought\s+forward)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:to|until|till|for)\s+(?:(?:early|late)\s+|mid-)?$/iu;
// The aside's close and the main clause's verb: "…Tuesday, ended in a draw", "…March, was finally held".
const MAIN_VERB_AFTER =
  /^[^,;:—]{1,40},\s+(?:(?:then|finally|eventually|only|duly|also)\s+)?(\p{Ll}+)(?:\s+(?:finally|eventually|duly)\s+)?(?:\s+(\p{Ll}+))?/u;

/** Whether the time at `index` is one a thing was moved to in an aside, and the main clause tells that thing done. */
export function movedInPastAside(sentence: string, index: number): boolean {
  if (!MOVED_ASIDE.test(sentence.slice(0, index))) return false;
  const main = MAIN_VERB_AFTER.exec(sentence.slice(index));
  if (!main) return false;
  const [, verb, next] = main;
  // "was won by Carrow", "were held indoors": a passive told in the past.
  if (/^(?:was|were)$/.test(verb!)) return next !== undefined && isPastForm(next);
  return isPastForm(verb!);
}
