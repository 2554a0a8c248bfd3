// Happenings told in the present as set for a day ("the trial opens Tuesday", "Voters go to the polls on Thursday").
import { hasPastVerb, REPORTING } from '../language/past-verbs.ts';
import { cueInsideName } from './cue-words-in-names.ts';

// A happening set for a day, told in the present ("Voters go to the polls on Thursday", "the trial opens Tuesday",
// "the library is reopening on Monday"): a bare weekday after it is the coming one. The plural form needs a plural
// subject before it, so that "at the close on Friday" or "a late start on Monday" stay nouns.
const HAPPENING =
  '(?:re)?open|close|start|begin|resume|end|finish|conclude|reconvene|sit|vote|return|go(?:es)? to the polls|go(?:es)? ahead|go(?:es)? on (?:sale|trial)|take(?:s)? place|get(?:s)? under way|stand(?:s)? trial|appear(?:s)? in court|hold|host|stage|play|face|run|launch|arrive|depart|travel|visit|hear|rule|debate|lift|continue|meet|gather|fly|head to the polls|go through|appear before|hand down|come into effect|come into force|kick in';
const SCHEDULED_SINGULAR =
  /(?<!\b(?:the|a|an|its|their|his|her|our|your|to|tax|\d+)\s)\b(?:(?:re)?opens|closes|starts|begins|resumes|ends|finishes|concludes|reconvenes|sits|votes|returns|goes to the polls|goes ahead|goes on (?:sale|trial)|takes place|gets under way|stands trial|appears in court|holds|hosts|stages|plays|faces|launches|arrives|departs|travels|visits|hears|rules|debates|lifts|continues|gathers|flies|goes through|appears before|hands down|comes into effect|kicks in)\b/gi;
// The plural subject may have a phrase of its own before the verb: "Talks between the two sides resume on Monday",
// "Tickets for the new sailing go on sale on Thursday".
const OF_SUBJECT = String.raw`(?:(?:for|of|from|with|between|across|along|over|about|against|into|at|in|on)\s+(?:(?:the|a|an|its|their|both|all)\s+)?(?:[\p{L}-]+\s+)?(?<!\b(?:to|not|and|or|will|would|could|should|can|may|might|must|did|does|do)\s)[\p{L}-]+\s)?`;
const SCHEDULED_PLURAL = new RegExp(
  String.raw`(?<!\b(?:this|thus|does|always|perhaps|unless|across|towards|whereas|besides|sometimes|to)\s)(?<=\b(?:\p{L}{2,}[^s'’\s]s|\p{Lu}{2,}s|they|we|you)\s${OF_SUBJECT})(?:${HAPPENING.replace(/\(\?:es\)\?|\(\?:s\)\?/g, '')})\b`,
  'giu',
);
// A side named at the sentence's start takes a plural verb in British usage ("City travel to Brisk on Saturday",
// "Hallam host Orrin on Tuesday"): a fixture told in the present, as a past would be "travelled", "hosted". The other
// side is named next; a caption telling a past day in the present names a place or thing ("Police visit the flats on
// Saturday").
const SCHEDULED_FIXTURE =
  /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:travel|host|face|play|visit|take\s+on)\s+(?:(?:to|at|against|away\s+(?:to|at)|at\s+home\s+to)\s+)?\p{Lu}/gu;
// Phrases no noun shares need no subject before them, only none that makes them an infinitive or a denial.
const SCHEDULED_PHRASE =
  /(?<!\b(?:to|did|didn['’]t|not|never)\s)\b(?:go to the polls|go ahead|take place|get under way|stand trial|appear in court)\b/gi;
// A happening told in the present passive right before its day: "the mayor is sworn in on Friday", "the two are buried
// on Saturday", "the statue is unveiled Tuesday".
// The match starts at the participle, the word a past verb after the cue is sought beyond.
const SCHEDULED_PASSIVE =
  /(?<=\b(?:is|are)\s+)\p{Ll}{3,}(?:ed|en|wn|rn)\s+(?:(?:in|out|up|off|down|open)\s+)?(?:on\s+)?$/giu;
const SCHEDULED_PROGRESSIVE =
  /\b(?:is|are)\s+(?:re)?(?:opening|closing|starting|beginning|resuming|ending|finishing|reconvening|sitting|voting|returning|going to the polls|going ahead|taking place|holding|hosting|staging|playing|facing|launching|arriving|departing|visiting|hearing|debating|lifting)\b/gi;

// Any verb in the present progressive is an arrangement when a day follows ("the union is balloting members on Friday",
// "she is flying to Washington on Thursday", "the changes are being introduced on Monday"), unless the verb deals with
// what has happened ("are appealing for witnesses", "is recovering") or a happening it is about comes between ("is
// being treated in hospital after a crash on Monday").
const ANY_PROGRESSIVE =
  /\b(?:is|are|am|['’]re)\s+(?:now\s+|also\s+|still\s+)?(?:being\s+\p{Ll}+(?:ed|en|wn|ne|nt|lt|pt|ld|ught|ost|id|ung|un)|(?!being\b)\p{Ll}{2,}ing)\b/giu;
const LOOKS_BACK_VERB =
  /^(?:is|are|am|['’]re)\s+(?:now\s+|also\s+|still\s+)?(?:being\s+(?:treated|held|questioned|investigated|blamed|mourned|remembered|described|hailed|criticised|criticized|praised)|investigating|appealing|searching|hunting|seeking|questioning|treating|recovering|mourning|examining|reviewing|probing|looking|trying|working|struggling|counting|assessing|cleaning|clearing|dealing|reeling|grieving|remembering|paying|missing|waiting|living|staying|remaining|continuing|saying|claiming|calling|urging|asking|demanding|blaming|accusing|denying|insisting)\b/i;
// "Shoppers face higher prices after the tax rise on Tuesday": the day is that of the happening after which.
const AFTER_A_HAPPENING = /\b(?:after|following|since)\s+(?:the|a|an|its|their|his|her|last)\b/i;
// A mishap no one arranges, named between the verb and the day ("are linking the attack on Monday to a feud"): the day
// is the mishap's, gone by.
const MISHAP =
  /\b(?:the|a|an|its|their|this|that|last)\s+(?:[\p{L}-]+\s+)?(?:attack|fire|blaze|crash|collision|explosion|blast|shooting|stabbing|robbery|burglary|break-in|incident|death|flood(?:ing)?|storm|accident|assault|murder|killing|derailment|outage|blackout|leak|spill|collapse|quake|earthquake|landslide|fall)s?\b/iu;
const NEAR = 160;
const ABOUT_A_HAPPENING = /\b(?:after|following|since|over|into|about)\b/i;

/**
 * Offset of the last present-tense telling of a happening set for a day, or -1. After a past verb of its own stretch
 * of clause the word is no verb ("won by 87 votes at the count", "finished joining its broken ends", "kept its doors
 * open"); a reporting verb ("said polls close on Thursday") leaves it one.
 */
export function lastScheduledHappening(text: string): number {
  let last = -1;
  for (const pattern of [
    SCHEDULED_SINGULAR,
    SCHEDULED_PLURAL,
    SCHEDULED_PHRASE,
    SCHEDULED_PROGRESSIVE,
    SCHEDULED_FIXTURE,
    SCHEDULED_PASSIVE,
  ])
    for (const match of text.matchAll(pattern))
      if (
        ownStretchTellsNoPast(text, match.index) &&
        !cueInsideName(text, match.index) &&
        !AFTER_A_HAPPENING.test(text.slice(match.index + match[0].length))
      )
        last = Math.max(last, match.index);
  for (const match of text.matchAll(ANY_PROGRESSIVE)) {
    const rest = text.slice(match.index + match[0].length);
    // A verb far from the day does not govern it; a run-on sentence must not cost each verb the rest of its length.
    if (rest.length > NEAR) continue;
    if (LOOKS_BACK_VERB.test(match[0]) || ABOUT_A_HAPPENING.test(rest) || MISHAP.test(rest)) continue;
    if (ownStretchTellsNoPast(text, match.index) && !cueInsideName(text, match.index))
      last = Math.max(last, match.index);
  }
  return last;
}

// The stretch of clause the verb stands in, from the last comma or joining "and"/"but" ("The jury was sent home and
// returns on Thursday": "returns" tells its own time), tells no deed done.
function ownStretchTellsNoPast(text: string, at: number): boolean {
  const comma = text.lastIndexOf(',', at - 1);
  const stretch = text.slice(comma + 1, at);
  const joins = [...stretch.matchAll(/\s(?:and|but)\s/g)];
  const last = joins.at(-1);
  const own = last ? stretch.slice(last.index + last[0].length) : stretch;
  return !hasPastVerb(own.replace(SUBJECT_PARTICIPLE, '$1'), 0, REPORTING);
}

// A participle right after the subject, before a phrase, describes who is meant: "A man charged with arson appears in
// court on Friday", "Tenants evicted from the block collect their things from Monday".
const SUBJECT_PARTICIPLE =
  /^(\s*(?:(?:the|a|an|two|three|four|five|\d+)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+|\p{Ll}[\p{L}'’-]*\s+){0,2}?[\p{L}'’-]+\s+)\p{Ll}{3,}ed(?=\s+(?:with|by|from|over|for|after|in|at)\s)/u;
