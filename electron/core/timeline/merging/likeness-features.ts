// What merging weighs of a pair of reports (merge-likeness.ts reads them): the report as merging sees it, the features
// of a pair, and the hand weights that add the features up.
import type { Report } from '../extraction/event-reports.ts';
import type { Event } from '../extraction/events.ts';
import type { Evidence } from './merge-evidence.ts';

/** What merging reads of an event: its date, its words and their place, and the names it mentions. */
export type MergeableEvent = Pick<Event, 'date' | 'endDate' | 'precision' | 'text' | 'start' | 'end' | 'entities'> &
  Partial<Pick<Event, 'background' | 'dateStart' | 'dateEnd'>> & {
    /** The reader kept this report apart: it joins no other article's report (merge-events.ts). */
    apart?: boolean;
  };

// What each kind of evidence adds to, or takes from, the likeness of the words near the dates.
const SHARED_ACTION = 0.25;
const SHARED_ACTOR = 0.15;
const SHARED_PLACE = 0.05;
const OTHER_ACTIONS = 0.4;
const OTHER_PEOPLE = 0.3;
const QUOTED = 0.25;
// What someone will do that day and another deed of that day: apart, whatever else they share.
const PLAN_AND_OTHER_DEED = -1;
// What happened in one town and what happened in another: apart, whatever else they share (other-towns.ts).
const IN_OTHER_TOWNS = -1;
// So are deeds whose dates' own clauses name two people as doers, or as done to (clause-participants-apart.ts).
const OTHER_PARTICIPANTS = -1;
// So are one verb's two senses ("lightning struck", "bin crews struck"): two happenings (verb-senses.ts).
const OTHER_SENSES = -1;
// So are two of a series ("the first call", "the second call"): two happenings of one kind (counted-apart.ts).
const OTHER_COUNTS = -1;
// So are one person's two deeds of one day, each told plainly ("toured the town", "announced a relief fund").
const ONE_DOER_TWO_DEEDS = -1;
// So are an arrest and a charge of one day, where the story tells them apart (arrest-and-charge.ts).
const ARREST_BESIDE_CHARGE = -1;
// So are talks ending and another thing's end ("talks broke down", "police ended the siege"; talks-ended.ts).
const OTHER_THING_ENDED = -1;
// When each article tells of only one thing on that date, that is likely the same thing, given a little evidence.
const ONLY_ONE_THAT_DAY = 0.3;
// Two actions that go together and nothing else in common (no word, dictionary form, doer, place, number, clock time or
// rare name; not each all its article tells of that day): "the result is expected by 8 p.m." and "will vote on
// Thursday", "residents were allowed home" and "the bridge reopened". Such pairs of actions are told of many
// happenings of a day: alone they fall short of joining two articles' reports, though they keep them from being held
// apart. One deed read in other words ("lost power", "the lights went out") is not such a pair.
const LOOSE_ACTION_SHORTFALL = 0.05;
// Two clock times a few minutes apart and nothing else in common ("a severe warning since 4.30pm", "police began
// knocking on doors at 4.45pm"; "sent a mayday at 5.50am", "the lifeboat put to sea at 6.02 a.m."): a busy hour holds
// several happenings, each timed to its own minute. Alone they fall short of joining two reports, though they keep them
// from being held apart. The same minute, give or take the five minutes outlets round to, is another matter.
const NEAR_CLOCK_SHORTFALL = 0.1;

/** A report of one date as merging weighs it against another. */
export interface MergeItem {
  articleId: string;
  event: MergeableEvent;
  report: Report;
  key: string;
  /** The article tells of nothing else at this date. */
  alone: boolean;
  /** The article's first dated report: its lede, which dates the main happening. */
  lede: boolean;
  /** The date is wholly before the month (or, for a year, the year) the article was published in. */
  past: boolean;
  /** The date is when a state began ("since October"), not when something happened. */
  since: boolean;
  /** The article's first report of this date, the lede aside, that tells a clock time. */
  firstHour: boolean;
  /** The reporting sentence alone. */
  sentence: string;
  /** The words before its date tell what is still to come ("will visit the town on Thursday"). */
  ahead: boolean;
  /** Its date only points at a happening as known ("three days after a blizzard trapped …", "Tuesday's explosion"). */
  known: boolean;
  precision: MergeableEvent['precision'];
  evidence: Evidence;
  /** Where in the day its sentence places things, its other dates' words aside (day-moments.ts). */
  moments: [number, number][];
  /** The one step of a case its sentence tells, an arrest or a charge (arrest-and-charge.ts). */
  legalStep?: 'arrest' | 'charge';
  /** Some article of the story tells, of its date, an arrest and a charge in separate sentences. */
  stepsToldApart?: boolean;
}

// What each signal that any outlet's wording keeps adds: the same clock time, the same distinctive number, a name few
// of the story's articles give (scaled by how few), and shared dictionary forms (scaled by their overlap, and halved
// for a month or a year, which hold many happenings). Measured on the tuned rounds with and without the action lists.
const SAME_CLOCK = 0.3;
const CLOCK_IN_PART_OF_DAY = 0.15;
// Two clock times of one day that are far apart tell two moments, likely two happenings (a blast, the evacuation).
const OTHER_CLOCK = 0.3;
// Two reports placed hours apart in the day ("on Tuesday morning", "that evening") tell two moments of it, told in
// words broader than a clock time, and more surely two happenings: one outlet's words rarely put its happening hours
// from where another's put the same one. Apart, whatever else they share: two arrests of one day told in one outlet's
// words ("was arrested at his home yesterday morning", "was arrested at his home on the evening of …") share all but
// their moment.
const OTHER_MOMENT = 1;
const MOMENTS_APART = -1;
const SHARED_NUMBER = 0.2;
// Two ways of saying something (a statement, a call with investors) are two happenings, whoever spoke.
const OTHER_CHANNEL = 1;
const RARE_NAME = 0.4;
const LEMMAS = 0.4;
// A later sentence of an article giving the hour of its lede's day ("derailed on Thursday", "left the track at 4:50
// a.m.") most likely tells the lede's happening more precisely, whatever verb it uses.
const LEDE_HOUR = 0.35;

/**
 * What merging weighs of a pair of reports of one date, each a number (0 or 1 for a yes or no): the hand weights below
 * add them up into `likeness`; the fitted model (merge-model.ts) weighs the same features by weights fitted on the
 * tuned gold pairs (tests/bench/fit-merge.ts).
 */
export interface LikenessFeatures {
  /** The words near their dates, weighed by rarity in the story. */
  words: number;
  /** One action (or a lede and the sentence giving its hour), or one time something is to be done by. */
  sameAction: number;
  /** Two things done (two actions, a saying and a deed, a scene and a deed). */
  toldApart: number;
  /** The start of something and the last of it. */
  lastBesideStart: number;
  /** Doers in common (at most 2) and places in common (at most 1). */
  sharedActors: number;
  sharedPlaces: number;
  /** Each is all its article tells of that date, with some evidence of its own. */
  onlyOneThatDay: number;
  /** One tells someone's own story in a quote and the other does not. */
  quotedBesideTold: number;
  /** Both name people (none in common), or two bodies acting. */
  otherPeople: number;
  /** The same action done to two owners' things, or a closure of two kinds of place. */
  otherOwners: number;
  /** A lede and the sentence giving its hour. */
  ledeHour: number;
  /** What someone will do that day beside another deed of that day. */
  planBesideDeed: number;
  /** Each tells what happened in a town, and neither names the other's town. */
  otherTowns: number;
  /** Both use one verb in two senses ("cut the price", "cut 150 jobs"). */
  otherSenses: number;
  /**
   * Their dates' clauses name two people as doers, or as those done to ("Quaye set", "Rennison won"); or one tells a
   * finding and the other the happening it found about (findings-apart.ts).
   */
  otherParticipants: number;
  /**
   * They count one kind of thing by other ordinals ("the first call", "the second call"), or one tells a day's sum of
   * times and the other one time of it ("shut twice", "first closed"; repeats-apart.ts).
   */
  otherCounts: number;
  /** One person in common, told plainly doing two different things at their dates (merge-likeness.ts). */
  oneDoerTwoDeeds: number;
  /** One tells an arrest and the other a charge, of a day some article tells both of apart (arrest-and-charge.ts). */
  arrestBesideCharge: number;
  /** One tells talks ending, the other another thing's end with no word of talks (talks-ended.ts). */
  otherThingEnded: number;
  sameClock: number;
  otherClock: number;
  clockInPartOfDay: number;
  momentsHoursApart: number;
  sharedNumber: number;
  otherChannels: number;
  /** How rare in the story the rarest name they share is (0 to 1). */
  rareName: number;
  /** Overlap of their dictionary forms, halved for a month or a year. */
  lemmas: number;
  /** Two actions that go together are all they have in common (merge-likeness.ts): short of joining them. */
  looseActionOnly: number;
  /** Two clock times more than five minutes apart are all they have in common: short of joining them. */
  nearClockOnly: number;
}

export const FEATURE_NAMES = [
  'words',
  'sameAction',
  'toldApart',
  'lastBesideStart',
  'sharedActors',
  'sharedPlaces',
  'onlyOneThatDay',
  'quotedBesideTold',
  'otherPeople',
  'otherOwners',
  'ledeHour',
  'planBesideDeed',
  'otherTowns',
  'otherSenses',
  'otherParticipants',
  'otherCounts',
  'oneDoerTwoDeeds',
  'arrestBesideCharge',
  'otherThingEnded',
  'sameClock',
  'otherClock',
  'clockInPartOfDay',
  'momentsHoursApart',
  'sharedNumber',
  'otherChannels',
  'rareName',
  'lemmas',
  'looseActionOnly',
  'nearClockOnly',
] as const satisfies readonly (keyof LikenessFeatures)[];

// The hand weights of each feature (the constants above), measured on the gold set's shared events.
const HAND_WEIGHTS: Readonly<Record<keyof LikenessFeatures, number>> = {
  words: 1,
  sameAction: SHARED_ACTION,
  toldApart: -OTHER_ACTIONS,
  lastBesideStart: -OTHER_ACTIONS,
  sharedActors: SHARED_ACTOR,
  sharedPlaces: SHARED_PLACE,
  onlyOneThatDay: ONLY_ONE_THAT_DAY,
  quotedBesideTold: -QUOTED,
  otherPeople: -OTHER_PEOPLE,
  otherOwners: -OTHER_PEOPLE,
  ledeHour: LEDE_HOUR,
  planBesideDeed: 0,
  otherTowns: 0,
  otherSenses: 0,
  otherParticipants: 0,
  otherCounts: 0,
  oneDoerTwoDeeds: 0,
  arrestBesideCharge: 0,
  otherThingEnded: 0,
  sameClock: SAME_CLOCK,
  otherClock: -OTHER_CLOCK,
  clockInPartOfDay: CLOCK_IN_PART_OF_DAY,
  momentsHoursApart: -OTHER_MOMENT,
  sharedNumber: SHARED_NUMBER,
  otherChannels: -OTHER_CHANNEL,
  rareName: RARE_NAME,
  lemmas: LEMMAS,
  looseActionOnly: -LOOSE_ACTION_SHORTFALL,
  nearClockOnly: -NEAR_CLOCK_SHORTFALL,
};

export function handLikeness(features: LikenessFeatures): number {
  if (features.planBesideDeed) return PLAN_AND_OTHER_DEED;
  if (features.otherTowns) return IN_OTHER_TOWNS;
  if (features.otherSenses) return OTHER_SENSES;
  if (features.otherParticipants) return OTHER_PARTICIPANTS;
  if (features.otherCounts) return OTHER_COUNTS;
  if (features.momentsHoursApart) return MOMENTS_APART;
  if (features.oneDoerTwoDeeds) return ONE_DOER_TWO_DEEDS;
  if (features.arrestBesideCharge) return ARREST_BESIDE_CHARGE;
  if (features.otherThingEnded) return OTHER_THING_ENDED;
  return FEATURE_NAMES.reduce((sum, name) => sum + HAND_WEIGHTS[name] * features[name], 0);
}
