// The people an article names only as the voice of a body, whatever body it is: "Ivo Brandt, director of Brakewell
// Homes", "plant manager Tess Arlen", "a spokeswoman for Harrow Rail, Dee Moss". A company, a club or a plant is often
// the scene of its own happening, so they stay names of the story (names-of-the-place.ts leaves them); but the one who
// speaks for it speaks for every happening it has, a fire at the plant as much as a recall of what it makes, so
// two articles quoting them are no sign of one happening (happening-particulars.ts). Read by words alone, for story
// fingerprints (article-fingerprint.ts); someone a headline names is the story's and is left out.

import { peopleNamedAs } from './officials-of-the-place.ts';

// Who speaks for a body.
const VOICE = String.raw`(?:(?:general|plant|site|operations|store|branch|project|communications|managing|executive|regional)\s+)?(?:manager|director|spokes(?:man|woman|person)|press\s+officer)`;
// "Plant manager Tess Arlen", "Harrow Rail director Ann Lee" (capitalised words or lower-case ones of the body before).
const VOICE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])${VOICE},?\s+$`, 'iu');
// ", director of Brakewell Homes", ", a spokeswoman for the company", ", the plant's manager".
const VOICE_AFTER = new RegExp(
  String.raw`^\s*,\s*(?:(?:the|a|an|its|[\p{Lu}][\p{L}'’-]*(?:'s|’s))\s+)?(?:[\p{L}'’-]+(?:'s|’s)?\s+){0,2}?${VOICE}(?:\s+(?:of|for|at)\s+[^,.;]{2,60}?)?\s*[,.;]`,
  'iu',
);
// How far after a name the body it speaks for may end.
const AFTER = 90;

/** The people (`people`, as the tagger names them) named as a body's voice, lower-cased as fingerprints key them. */
export function voicesOfABody(title: string, text: string, people: readonly string[]): Set<string> {
  return peopleNamedAs(
    title,
    text,
    people,
    (before, after) => VOICE_BEFORE.test(before) || VOICE_AFTER.test(after),
    AFTER,
  );
}
