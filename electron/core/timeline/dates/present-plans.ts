// A plan told in the simple present before a bare weekday: "Voters in Orrel elect a new mayor on Friday", "The
// committee decides on Friday whether …", "The proposal goes before the council on Monday", "Temperatures drop sharply
// on Friday". News tells a day gone by in the past tense; a deed told in the present and tied to one day is a
// timetable or a forecast, so the day is the coming one. Verbs of saying, believing and feeling tell the present of
// their speaker, not the day's ("Police say the man was driving home on Monday", "The town mourns the fishermen lost on
// Saturday"), and a day told of a mishap or its scene between the verb and the weekday is that mishap's ("Firefighters
// tackle the blaze at the mill on Sunday", "Residents look at the damage on Tuesday"). tense.ts asks.
import nlp from 'compromise';
import { hasPastVerb, REPORTING } from '../language/past-verbs.ts';
import { lastScheduledHappening } from './scheduled-happenings.ts';

// Verbs whose present is the speaker's or the onlooker's now, whatever day their object is of.
const NOW_OF_THE_SPEAKER = new Set(
  (
    'say says tell tells claim claims believe believes think thinks know knows fear fears suspect suspects show shows ' +
    'suggest suggests reveal reveals mean means remember remembers recall recalls describe describes thank thanks ' +
    'mourn mourns deny denies admit admits confirm confirms report reports insist insists estimate estimates accuse ' +
    'accuses blame blames defend defends praise praises criticise criticises criticize criticizes ' +
    'condemn condemns regret regrets recount recounts remain remains stand stands feel feels look looks seem seems ' +
    'appear appears count counts grieve grieves honour honours honor honors wonder wonders want wants need needs'
  ).split(' '),
);
// Words before a verb that make it no verb of the clause's own: an infinitive, a denial, a modal's, a relative's. After
// a form of "be" or "have" the tagger's present is no verb at all but a word telling how or where ("the foreman who
// was last out of the pit on Friday", "is still at the depot on Monday"): no simple present follows them.
const NOT_OWN_BEFORE =
  /^(?:to|not|never|did|does|do|don['’]t|doesn['’]t|didn['’]t|will|would|could|should|can|may|might|must|shall|who|which|that|was|were|is|are|am|be|been|being|had|has|have)$/i;
// A happening no one arranges, or its scene, named after the verb: the weekday is its day, gone by.
export const MISHAP_OR_SCENE =
  /\b(?:attack|fire|blaze|crash|collision|explosion|blast|shooting|stabbing|robbery|burglary|break-in|incident|death|flood(?:ing)?|storm|accident|assault|murder|killing|derailment|outage|blackout|leak|spill|collapse|quake|earthquake|landslide|damage|wreckage|debris|rubble|aftermath|ruins|remains|scene)s?\b/i;
// A happening the day is told of, after the verb: "face higher prices after the tax rise on Monday".
export const ABOUT_A_HAPPENING = /\b(?:after|following|since|over|into|about)\b/i;
// Verbs whose past is their bare form ("put out a warning on Sunday", "the fund she set up on Wednesday", "let the
// passengers go ashore on Thursday"): the stretch may tell a past, so it is left to the other rules.
const SAME_IN_THE_PAST = /\b(?:let|put|set|cut|hit|shut|quit|spread|cast|burst|hurt|cost|split|shed|upset|bet)\b/i;
// A verb far from the day does not govern it.
const NEAR = 100;

/** Offset in `clause` (the words before a bare weekday) of a simple-present verb telling a plan for that day, or -1. */
export function lastPresentPlan(clause: string): number {
  if (clause.length - clauseTail(clause) > NEAR * 4) return -1;
  const start = clauseTail(clause);
  const tail = clause.slice(start);
  // A deed told in the past anywhere in the stretch is what the day is of ("opened the gates on Saturday").
  if (hasPastVerb(tail, 0, REPORTING) || SAME_IN_THE_PAST.test(tail)) return -1;
  const terms = nlp(tail).json({ offset: true }) as {
    terms: { text: string; tags: string[]; offset: { start: number } }[];
  }[];
  const words = terms.flatMap((sentence) => sentence.terms);
  for (let i = words.length - 1; i >= 0; i--) {
    const { text, tags, offset } = words[i]!;
    if (!tags.includes('Verb')) continue;
    if (tags.includes('PastTense') && !REPORTING.has(text.toLowerCase())) return -1;
    // The particle of a phrasal verb ("walk out"): the verb is the word before it.
    if (tags.includes('PhrasalVerb') && words[i - 1]?.tags.includes('PhrasalVerb')) continue;
    // The verb nearest the day is the one to weigh; a verb of another tense ends the search.
    if (!tags.includes('PresentTense') || tags.some((tag) => /^(?:Gerund|Copula|Auxiliary|Modal|PastTense)$/.test(tag)))
      return -1;
    const word = text.toLowerCase();
    if (!/^\p{Ll}+$/u.test(text) || NOW_OF_THE_SPEAKER.has(word)) return -1;
    if (NOT_OWN_BEFORE.test(words[i - 1]?.text ?? '')) return -1;
    const rest = tail.slice(offset.start + text.length);
    if (rest.length > NEAR || MISHAP_OR_SCENE.test(rest) || ABOUT_A_HAPPENING.test(rest)) return -1;
    return start + offset.start;
  }
  return -1;
}

// The clause's last stretch after a comma or semicolon: the verb that governs the day stands in it.
function clauseTail(clause: string): number {
  const at = Math.max(clause.lastIndexOf(','), clause.lastIndexOf(';'));
  return at + 1;
}

// The weekday opening its sentence, with its part of the day and comma: "On Friday night, …".
const FRONTED_DAY = /^\p{L}+(?:\s+(?:morning|afternoon|evening|night))?,?\s*/u;
// A happening the day is told after, in the clause after a fronted day: "On Friday firefighters visit the flats after
// the fire".
const AFTER_A_HAPPENING = /\b(?:after|following|since)\b/i;
// A subject longer than this is no subject of a fronted day's plan but a run of words the tagger misread.
const SUBJECT_WORDS = 6;

/**
 * Whether the clause after a weekday opening its sentence ("On Friday the council votes on the plan.", "On Friday
 * there is a public meeting.") tells a plan in the simple present: its first verb, after a short subject, is a present
 * of the clause's own, no verb of saying or feeling, with no past, mishap or scene in the clause.
 */
export function frontedPresentPlan(after: string): boolean {
  const rest = after.replace(FRONTED_DAY, '');
  if (hasPastVerb(rest, 0, REPORTING) || SAME_IN_THE_PAST.test(rest) || MISHAP_OR_SCENE.test(rest)) return false;
  if (AFTER_A_HAPPENING.test(rest)) return false;
  // A happening the tagger may take for a noun: "On Saturday the club hosts Orrel in the cup."
  if (lastScheduledHappening(rest) >= 0) return true;
  const words = (nlp(rest).json({ offset: true }) as { terms: { text: string; tags: string[] }[] }[]).flatMap(
    (sentence) => sentence.terms,
  );
  const at = words.findIndex(({ tags }) => tags.includes('Verb'));
  if (at < 1 || at > SUBJECT_WORDS) return false;
  const { text, tags } = words[at]!;
  const word = text.toLowerCase();
  // "there is a public meeting": a happening set for the day.
  if (/^(?:is|are)$/.test(word)) return words[at - 1]!.text.toLowerCase() === 'there';
  if (!tags.includes('PresentTense') || tags.some((tag) => /^(?:Gerund|Copula|Auxiliary|Modal|PastTense)$/.test(tag)))
    return false;
  return /^\p{Ll}+$/u.test(text) && !NOW_OF_THE_SPEAKER.has(word);
}

// Plans told otherwise than by a simple present, for a day nearer ahead than behind: "Residents can have their say at a
// drop-in session on Friday", "A vigil is being held at the church on Friday", "A meeting has been called for Friday",
// "Pupils are invited to a special assembly on Friday". "can" before a verb of saying or knowing is the speaker's now
// ("Police can confirm a man was arrested on Monday"), and someone "being held" is in custody.
const NEARER_PLAN = new RegExp(
  [
    String.raw`\bcan\s+(?:now\s+|also\s+|still\s+)?(?!(?:confirm|reveal|report|say|tell|understand|imagine|remember|recall|only|not)\b)\p{Ll}+`,
    String.raw`(?<!\b(?:he|she|they|who|man|woman|men|women|boy|girl|suspect|teenager|driver|people)\s+)\b(?:is|are)\s+(?:now\s+|also\s+)?being\s+(?:held|staged|hosted|organi[sz]ed|laid\s+on|put\s+on|arranged)\b`,
    String.raw`\b(?:has|have)\s+(?:now\s+|also\s+)?been\s+(?:called|organi[sz]ed|booked|fixed)\s+for\s+$`,
    // A request made now or just made, of what is to be done on the day: "People have been asked to avoid the area on
    // Friday", "Fans are urged to arrive early on Saturday" (from "to", as below). A request told in the past may have
    // been for that day itself ("Residents were told to stay indoors on Monday").
    String.raw`(?<=\b(?:(?:has|have)\s+(?:now\s+|also\s+)?(?:been\s+)?|(?:is|are)\s+(?:now\s+|also\s+|being\s+)?)(?:asked|urged|told|advised|encouraged|reminded|warned)\s+(?:[\p{L}'’-]+\s+){0,4}?)to(?=\s+\p{Ll}+)(?![^,;]*\b(?:after|following|over|since)\b)`,
    // A weather warning of what the day brings: "a yellow warning for snow on Friday", "a warning of gales is in place
    // on Saturday" (not "issued a warning on Monday", the day of the issuing).
    String.raw`\b(?:warnings?|alerts?)\s+(?:for|of)\s+(?:[\p{L}-]+\s+){1,4}?(?:(?:is|are)\s+in\s+(?:place|force)\s+)?(?:on|for)\s+$`,
    // What is done "ahead of the funeral on Friday": a happening still to come, the clause before telling no deed done.
    String.raw`\b(?:ahead\s+of|in\s+the\s+run-up\s+to)\s+(?:the|a|an|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){1,4}?(?:on\s+)?$`,
    // From "to", so that the participle is not read as a deed done after the cue.
    String.raw`(?<=\b(?:is|are)\s+(?:now\s+|also\s+)?invited\s+)to\b`,
  ].join('|'),
  'giu',
);

// A saying told in the past after the day: "Tenants can go home on Saturday evening, the council said" tells what
// could be done when it was said, which may be days gone by.
const SAID_AFTER = /,\s+(?:[\p{L}'’-]+\s+){0,5}?(?:said|told|added|announced|confirmed)\b/u;

/**
 * Offset in `clause` (the words before a weekday; `afterDay`, those from it) of the last plan told by "can", a
 * progressive or perfect passive, an invitation, a request, a warning or what leads up to a happening, or -1.
 */
export function lastNearerPlan(clause: string, afterDay: string): number {
  const last = [...clause.matchAll(NEARER_PLAN)].at(-1);
  if (!last) return -1;
  if (/^can\b/i.test(last[0]) && SAID_AFTER.test(afterDay)) return -1;
  // "Crowds gathered ahead of the funeral on Saturday": a deed done before it tells a happening gone by; a present
  // perfect ("have asked for privacy ahead of") is of now.
  const before = clause.slice(0, last.index).replace(PRESENT_PERFECT, '');
  return /^(?:ahead|in\s)/i.test(last[0]) && hasPastVerb(before, 0, REPORTING) ? -1 : last.index;
}

const PRESENT_PERFECT = /\b(?:has|have)\s+(?:\p{Ll}+ly\s+)?(?:been\s+)?\p{Ll}+/gu;

// A saying told in the past, before the plan ("The union said its members walk out again on Monday", "told staff the
// depot moves to Harl on Monday") or after its day ("The ferry restarts on Monday, the council said"). Told of a day
// gone by, the saying moves the verb back ("said its members walked out on Monday"); a present it leaves as it was is
// still so when the page is written: a timetable, so the day is the coming one, however far ahead.
// The saying opens a clause of its own: after "said" (or "told" and whom) a subject and its verb may follow at once, after
// the others only "that" does ("announced an inquiry into rail delays on Friday" tells a deed and its object).
const SAID_IN_THE_PAST =
  /\b(?:(?:said\s+|told\s+(?:[\p{L}'’-]+\s+){1,3}?)(?:(?:on\s+|last\s+)?\p{Lu}\p{Ll}+day\s+)?(?:that\s+)?|(?:announced|confirmed|added|stated|explained|wrote|posted|insisted|warned)\s+(?:(?:on\s+|last\s+)?\p{Lu}\p{Ll}+day\s+)?that\s+)(?:[\p{L}\d'’-]+\s+){1,6}$/u;
const SAID_AFTER_THE_DAY =
  /^[^.;!?“”"—]*?,\s+(?:(?:[\p{L}'’.-]+\s+){0,5}?(?:said|told|added|announced|confirmed|stated)\b|(?:said|added)\s+\p{Lu})/u;

/**
 * Offset in `clause` (the words before a bare weekday; `afterDay`, those from it) of a plan told in the simple present
 * under a saying told in the past, before the plan or after the day, or -1.
 */
export function reportedPresentPlan(clause: string, afterDay: string): number {
  const plan = lastPresentPlan(clause);
  if (plan < 0) return -1;
  return SAID_IN_THE_PAST.test(clause.slice(0, plan)) || SAID_AFTER_THE_DAY.test(afterDay) ? plan : -1;
}
