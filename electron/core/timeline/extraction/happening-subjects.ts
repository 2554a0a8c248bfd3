// Happenings told by their subject rather than their verb: "an avalanche swept through the camp", "the blast ripped
// the roof off", "their road fell at twenty to six", "a length of cliff broke away". The verb says little alone (a
// road "fell", prices "fell"); with a happening or a structure as its subject, it tells that happening where it stands.
import { HAPPENINGS } from '../language/happening-words.ts';
import type { Token } from './report-tokens.ts';

// Verbs of a happening reaching what it hit or harmed ("swept through", "buried", "tore through", "left … in the dark").
const REACHES =
  /^(?:swept|sweeps|sweeping|hit|hits|struck|strikes|buried|buries|burying|tore|tears|tearing|ripped|rips|ripping|engulfed|engulfs|smashed|slammed|ploughed|plowed|destroyed|destroys|flattened|wrecked|wrecks|damaged|swallowed|swallows|carried|carries|left|leaves|cut|cuts)$/;
const HAPPENING = new Set(Object.keys(HAPPENINGS));
// Snow, rock or earth coming down a slope, a collapse when it reaches something ("the slide hit Camp 2"); the noun alone
// may be what others deal with ("engineers cleared the landslides").
const SLIDE = /^(?:avalanches?|landslides?|landslips?|mudslides?|rockfalls?|rockslides?|slides?)$/;
// Verbs of falling, a collapse when a structure or the ground falls ("the road fell", "a section of cliff slid"). A
// structure that "crashed onto the seats" fell too. "Came down" is read by grammar in any form (deed-words.ts).
const FALLS =
  /^(?:fell|falls|fall|falling|slid|slides|sliding|dropped|drops|tumbled|tumbles|crashed|crashes|crashing)$/;
const STRUCTURE =
  /^(?:cliffs?|roads?|ceilings?|roofs?|walls?|bridges?|headlands?|slopes?|hillsides?|embankments?|buildings?|towers?|floors?|balcon(?:y|ies)|facades?|chimneys?|spans?|piers?|tunnels?|ground|rock|rocks|scaffolding|cranes?|stands?|grandstands?|stages?|canop(?:y|ies)|marquees?|galler(?:y|ies)|awnings?|staircases?)$/;

const MAY_FALL = /\b(?:would|could|might|may|will|can|should|must|to|of)\s+(?:not\s+|still\s+|yet\s+)?$/i;

// How many words may stand between the subject and its verb ("a section of cliff about 200 metres long slid").
const SUBJECT_WORDS = 6;

/**
 * The happenings told by a verb with a happening or a structure as its subject, with where each verb is. An aside
 * between commas right before the verb ("The roof of the hall, built in 1898, came down") is not its subject, and its
 * words are not counted in the subject's reach.
 */
export function happeningsBySubject(
  tokens: readonly Token[],
  from: number,
  text = '',
): { action: string; index: number }[] {
  const out: { action: string; index: number }[] = [];
  tokens.forEach((verb, at) => {
    const reaches = REACHES.test(verb.word);
    if (!reaches && !FALLS.test(verb.word) && !FALLS.test(verb.key) && !wentAlone(verb, text)) return;
    // "whether more of it would come down", "in danger of falling": a fall feared, not one that happened.
    if (!reaches && MAY_FALL.test(text.slice(Math.max(0, verb.index - 24), verb.index))) return;
    const aside = asideBefore(text, verb.index);
    let skipped = 0;
    for (let i = at - 1; i >= 0 && at - i - skipped <= SUBJECT_WORDS && tokens[i]!.index >= from; i--) {
      const { word, action } = tokens[i]!;
      if (aside && tokens[i]!.index > aside) {
        skipped++;
        continue;
      }
      if (reaches && action && HAPPENING.has(action)) out.push({ action, index: verb.index });
      else if ((reaches && SLIDE.test(word)) || (!reaches && STRUCTURE.test(word)))
        out.push({ action: 'collapse', index: verb.index });
      else continue;
      return;
    }
  });
  return out;
}

// An aside closed by a comma right before a verb, opened by a comma a few words earlier: ", home of the club,".
const ASIDE_BEFORE = /,[^,;.]{1,60},\s*$/;

/** Where an aside between commas right before `index` opens, or 0 when there is none. */
function asideBefore(text: string, index: number): number {
  const before = text.slice(Math.max(0, index - 64), index);
  const match = ASIDE_BEFORE.exec(before);
  return match ? index - before.length + match.index : 0;
}

// "the roof went at 4.12am", "the old stand went with a roar": a structure that simply "went" fell; not one that went
// up, ahead or on (a particle), nor one that went to anyone.
const WENT_ALONE =
  /^\s+(?:at|shortly|just|soon|early|late|around|about|with\s+a|in\s+the\s+(?:night|early))\b|^\s*[,.;]/i;

function wentAlone(verb: Token, text: string): boolean {
  return verb.key === 'went' && WENT_ALONE.test(text.slice(verb.index + verb.word.length));
}
