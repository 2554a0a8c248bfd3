// How likely two reports of one date tell the same real-world event (merge-events.ts groups them by it). Reports are
// compared by what happened (actions), who did it (people and organisations), where, and the words near their dates,
// not by whole sentences; and by signals any wording keeps (merge-evidence.ts): the clock time, a distinctive number, a
// name rare in the story, words in dictionary form.
// What every rule here must keep (merging weighs a pair once per kind of pair, merge-item-signature.ts): a rule reads
// only the two merge items and the story's weights; of their articles only whether they are one; of an event's offsets
// only their distance from its start, never where it stands in its article. Whatever else a rule needs is made a
// field of MergeItem when the item is made (merge-events.ts, mergeItemsOf), so that the signature covers it.
import { agesApart } from '../extraction/ages-apart.ts';
import type { Report } from '../extraction/event-reports.ts';
import { otherVerbSenses } from '../language/verb-senses.ts';
import {
  actionsOfOneKind,
  lastBesideStart,
  planBesideOtherDeed,
  sayingBesidePresence,
  sceneBesideDeed,
} from './action-kinds.ts';
import { arrestBesideCharge } from './arrest-and-charge.ts';
import { participantsApart } from './clause-participants-apart.ts';
import { DONE_TO_PLACES, otherPlacesDoneTo } from './closed-things.ts';
import { countedApart } from './counted-apart.ts';
import { momentsHoursApart } from './day-moments.ts';
import { findingBesideHappening, oneFinding } from './findings-apart.ts';
import { senseMetOnlyInOtherUses, shareHappeningSense } from './happening-senses.ts';
import { withoutLaterReturn } from './later-return.ts';
import { tellsLedeHour } from './lede-hour.ts';
import { handLikeness, type LikenessFeatures, type MergeItem } from './likeness-features.ts';
import { limitBesideItsEnd } from './limit-and-end.ts';
import {
  clockInPartOfDay,
  clockTimesWithin,
  lemmaOverlap,
  otherActors,
  otherChannels,
  otherClockTimes,
  sameClockTime,
  samePartOfDay,
  sameRoundedClockTime,
  sharesNumber,
} from './merge-evidence.ts';
import { type StoryWeights, weightedCosine } from './merge-weights.ts';
import { timedToOneMinute } from './one-minute.ts';
import { dateClause, otherTowns } from './other-towns.ts';
import { tellPhrasalHappening } from './phrasal-happenings.ts';
import { repeatsApart } from './repeats-apart.ts';
import { CLEAR_ACTION, onlyPlanned, ownStory, setsTarget, speechBesideDeed, tellSameAction } from './same-action.ts';
import { tellSameDeed } from './same-deed.ts';
import { otherThingEnded } from './talks-ended.ts';

// A little shared wording is evidence enough for two reports that are all their articles tell of that date.
const SOME_WORDS = 0.1;
// Shared dictionary forms count half for a month or a year, which hold many happenings.
const COARSE_DATE = 0.5;
// How far from a plan's hour its deed may come and still be the planned one.
const PLAN_HOUR_SLACK_MINUTES = 60;

/** How likely two reports of one date tell the same event, by the hand weights. */
export function likeness(a: MergeItem, b: MergeItem, weights: StoryWeights): number {
  return handLikeness(likenessFeatures(a, b, weights));
}

/** What merging weighs of two reports of one date (see LikenessFeatures). */
export function likenessFeatures(a: MergeItem, b: MergeItem, weights: StoryWeights): LikenessFeatures {
  const { idf } = weights;
  // A return told as still to come after the date belongs to a later day (later-return.ts).
  const [x, y] = [
    withoutLaterReturn(a.report, a.sentence, dateAtOf(a)),
    withoutLaterReturn(b.report, b.sentence, dateAtOf(b)),
  ];
  // A lede and the sentence giving its hour tell one action, whatever words each uses for it.
  const ledeHour = tellsLedeHour(a, b) || tellsLedeHour(b, a);
  // "The port closed on Tuesday" and "the airport closed on Tuesday", "the bridge reopened" and "the school reopened":
  // one verb, two deeds.
  const placesApart = DONE_TO_PLACES.some(
    (action) => x.clear.has(action) && y.clear.has(action) && otherPlacesDoneTo(action, a.sentence, b.sentence),
  );
  // Or one verb the action lists do not hold, read by grammar ("came down", "brought down"), or words of one sense, or
  // a phrase of several words ("sent to prison") and the one word it means ("jailed"), or one finding about one
  // happening ("said the fire had been set", "ruled the fire deliberate").
  const sameAction =
    ledeHour ||
    (!placesApart &&
      (tellSameAction(x, y) ||
        tellSameDeed(x, y) ||
        shareHappeningSense(x, a.sentence, y, b.sentence) ||
        tellPhrasalHappening(a, b) ||
        oneFinding(a, b)));
  const sharedActors = [...x.actors].filter((actor) => y.actors.has(actor)).length;
  const sharedPlaces = [...x.places].filter((place) => y.places.has(place)).length;
  const sharedPeople = [...x.people].some((person) => y.people.has(person));
  const words = weightedCosine(x.terms, y.terms, idf);
  // "will visit the town on Thursday" and "suspended the licence on Thursday": the plan names its doer and its place
  // as surely as the deed, so the names and words they share do not make them one happening.
  const planBesideDeed = !sameAction && planBesideOtherDeed(x, a.ahead, y, b.ahead);
  // Two times something is to be done by, neither telling what ("should clear by Wednesday", "would all pass through
  // by Wednesday"), likely set one target, when neither article tells of anything else that day: "findings are due by
  // this evening" beside the day's other news is not the pumping target another outlet gives.
  // So do a time something is to be done by and a deadline told on that day ("restore power to everyone by Saturday",
  // "a day ahead of the Saturday deadline").
  // And a time something lasts until and its end told ahead of that day (limit-and-end.ts).
  const sameLimit =
    (setsTarget(x) && setsTarget(y) && (x.limit || y.limit)) ||
    limitBesideItsEnd(a, b, lemmaOverlap(a.evidence, b.evidence, weights.lemmaIdf));
  // Whether the two tell two different things done: two actions, a saying and a deed, a scene and a deed.
  let toldApart = false;
  let twoDeeds = false;
  let oneDoerTwoDeeds = false;
  const shared = sameAction || Boolean(sameLimit);
  // Two different actions told right at their dates are two happenings; farther off, they may be mere context.
  // A plan told with no deed of its own ("is due in the capital on Monday") is not another action than the deed
  // another outlet reports of that day ("visited the capital on Monday"): it tells that something was to happen.
  // Two actions of one kind ("struck the pier", "jammed it open") may be one happening told in two words; so may two
  // outlets' deeds timed to one minute ("the roof gave way at 4.42am", "the collapse, at 4:42 a.m."; one-minute.ts).
  if (
    !shared &&
    Math.min(x.primaryWeight, y.primaryWeight) >= CLEAR_ACTION &&
    !onlyPlanned(x) &&
    !onlyPlanned(y) &&
    !actionsOfOneKind(x, y) &&
    !(timedToOneMinute(a, b) && !wouldDo(a) && !wouldDo(b))
  ) {
    toldApart = true;
    // Each tells a deed of its own right at its date: the only thing each article tells of that day is another one.
    // Not a plan and the deed done as planned ("the cabinet would decide next Tuesday", "agreed this afternoon to spend
    // £3.4 million"): what was to be done is told in other words than what was done.
    const plain =
      a.precision === 'day' &&
      !a.ahead &&
      !b.ahead &&
      !x.spoken &&
      !y.spoken &&
      !/[“”"]/.test(a.sentence) &&
      !/[“”"]/.test(b.sentence) &&
      !wouldDo(a) &&
      !wouldDo(b) &&
      !x.limit &&
      !y.limit &&
      x.clear.size > 0 &&
      y.clear.size > 0;
    twoDeeds =
      plain &&
      // Two ledes naming one person as doer tell what each article is about: two deeds of theirs ("opened the
      // bridge", "announced an inquiry"). A body's two deeds may be one happening ("police arrested a man",
      // "police questioned a suspect"); further down, a person's other deed may be context of the one happening.
      ((sharedActors === 0 && !sharedPeople) || (a.lede && b.lede && sharedPeople && onlyPeopleShared(x, y)));
    // One person told plainly doing two things that day ("the minister toured the town this morning", "the minister
    // announced a relief fund on 26/10"): two happenings of theirs, however much of the person's name and title the
    // two share. Two articles' reports only: one article may tell one deed and its circumstances in two sentences.
    oneDoerTwoDeeds = plain && sharedPeople && a.articleId !== b.articleId;
  }
  // Something said that day ("the company said on Tuesday that 11,000 cars are part of the recall") is not a deed
  // another outlet reports of that day ("regulators opened an investigation on Tuesday") unless it tells that deed.
  else if (!shared && (speechBesideDeed(x, y) || speechBesideDeed(y, x))) toldApart = true;
  // Nor is it what a report telling no action at that day tells: a saying and a presence.
  else if (!shared && sayingBesidePresence(x, a.sentence, y, b.sentence)) toldApart = true;
  // Nor is a scene going on then ("deputies were working the river bottoms") the deed another report tells.
  else if (!shared && sceneBesideDeed(x, a.sentence, y, b.sentence)) toldApart = true;
  // "Helicopters began flying them down" and "were among the last to be flown off": the start and the end of it.
  const lastAndStart = lastBesideStart(x, a.sentence, y, b.sentence);
  // Being the only thing told of that date in both articles counts only beside some evidence of its own.
  // A past year is named rarely enough that two articles naming only one thing in it likely name the same thing.
  // So is a past month; but two states lasting "since October" (14 reports received, 31 complaints recorded) may have
  // begun with two happenings.
  const evidence =
    sameAction ||
    sameLimit ||
    sharedActors > 0 ||
    words >= SOME_WORDS ||
    ((a.event.precision === 'year' || (a.event.precision === 'month' && a.past && b.past && !(a.since && b.since))) &&
      !otherPeople(a, b));
  // Someone's own story in a quote ("Last Tuesday I thought I would have to close") rarely is the reported event; a
  // quote telling no action at its date ("We were warned, in writing, in April") only points at when something was.
  const [storyX, storyY] = [ownStory(x), ownStory(y)];
  const told = !storyX && !storyY;
  // "Halden's shares fell" and "Orrin's shares rose": the same action done to two owners' things.
  // So is a closure (an opening, an evacuation) of two kinds of place: "the port closed", "the airport closed".
  const otherOwners = (x.owner !== undefined && y.owner !== undefined && x.owner !== y.owner) || placesApart;
  // Two bodies acting, neither the other ("the Federal Drug Safety Board put the study on hold", "the Central Drug
  // Standards Board ordered hospitals to stop"): two deeds, however alike, even when each is all its article tells.
  const otherBodies = otherActors(x, y);
  const onlyOne =
    a.alone && b.alone && a.articleId !== b.articleId && evidence && told && !otherOwners && !otherBodies && !twoDeeds;
  const named = x.people.size > 0 && y.people.size > 0 && !sharedPeople;
  const signals = signalsOf(a, b, weights, shared && a.ahead !== b.ahead);
  // Two actions that go together ("allowed home", "reopened") and nothing else in common: not the very same action,
  // nor one deed read in other words, nor a lede and its hour, nor one limit; no word, doer, place or signal shared.
  const looseActionOnly =
    sameAction &&
    !ledeHour &&
    !onlyOne &&
    !tellSameAction(x, y, true) &&
    !tellSameDeed(x, y) &&
    !shareHappeningSense(x, a.sentence, y, b.sentence) &&
    !tellPhrasalHappening(a, b) &&
    !oneFinding(a, b) &&
    words === 0 &&
    sharedActors === 0 &&
    sharedPlaces === 0 &&
    !signals.sameClock &&
    !signals.clockInPartOfDay &&
    !signals.sharedNumber &&
    !signals.rareName &&
    !signals.lemmas;
  // Clock times some minutes apart and nothing else: neither word, action, doer, place, number, rare name nor form.
  const nearClockOnly =
    signals.sameClock &&
    !sameRoundedClockTime(a.evidence, b.evidence) &&
    !shared &&
    !ledeHour &&
    !onlyOne &&
    words === 0 &&
    sharedActors === 0 &&
    sharedPlaces === 0 &&
    !signals.sharedNumber &&
    !signals.rareName &&
    !signals.lemmas;
  return {
    words,
    sameAction: Number(shared),
    toldApart: Number(toldApart),
    lastBesideStart: Number(lastAndStart),
    sharedActors: Math.min(sharedActors, 2),
    sharedPlaces: Math.min(sharedPlaces, 1),
    onlyOneThatDay: Number(onlyOne),
    quotedBesideTold: Number(storyX !== storyY),
    otherPeople: Number(named || otherBodies),
    otherOwners: Number(otherOwners),
    ledeHour: Number(ledeHour),
    planBesideDeed: Number(planBesideDeed),
    otherTowns: Number(a.articleId !== b.articleId && otherTowns(townClauseOf(a), townClauseOf(b))),
    otherSenses: Number(
      otherVerbSenses(a.sentence, b.sentence) || (!shared && senseMetOnlyInOtherUses(x, a.sentence, y, b.sentence)),
    ),
    otherParticipants: Number(
      participantsApart(a, b) || agesApart(a.sentence, b.sentence) || findingBesideHappening(a, b),
    ),
    otherCounts: Number(countedApart(a.sentence, b.sentence) || repeatsApart(a.sentence, b.sentence)),
    oneDoerTwoDeeds: Number(oneDoerTwoDeeds),
    arrestBesideCharge: Number(arrestBesideCharge(a, b)),
    otherThingEnded: Number(otherThingEnded(a, b)),
    ...signals,
    looseActionOnly: Number(looseActionOnly),
    nearClockOnly: Number(nearClockOnly),
  };
}

// A deed told as still to come then, from a time before it: "said the cabinet would decide next Tuesday".
const WOULD = /\b(?:would|was\s+to|were\s+to|was\s+due\s+to|were\s+due\s+to)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+[^.;:]*$/u;

/** The words before its date tell a deed still to come then, from a time before it ("said it would reopen on Monday"). */
const wouldDo = (item: MergeItem): boolean => WOULD.test(item.sentence.slice(0, dateAtOf(item)));

/** The clause of a report's sentence that tells where its dated happening took place. */
function townClauseOf(item: MergeItem): string {
  const at = dateAtOf(item);
  const end = item.event.dateEnd === undefined ? at : item.event.dateEnd - item.event.start;
  return dateClause(item.sentence, at, end);
}

/** The doers two reports share are all people, no body among them. */
function onlyPeopleShared(x: Report, y: Report): boolean {
  return [...x.actors].filter((actor) => y.actors.has(actor)).every((actor) => x.people.has(actor));
}

/** Where a report's date stands in its sentence. */
function dateAtOf(item: MergeItem): number {
  return (item.event.dateStart ?? item.event.end) - item.event.start;
}

/** Evidence from signals any wording keeps, whatever words tell the action. */
function signalsOf(
  a: MergeItem,
  b: MergeItem,
  weights: StoryWeights,
  planAndItsDeed: boolean,
): Pick<
  LikenessFeatures,
  | 'sameClock'
  | 'otherClock'
  | 'clockInPartOfDay'
  | 'momentsHoursApart'
  | 'sharedNumber'
  | 'otherChannels'
  | 'rareName'
  | 'lemmas'
> {
  const [x, y] = [a.evidence, b.evidence];
  const sameClock = sameClockTime(x, y);
  // The hour a plan gives is the hour it was meant for ("is expected to cross the coast between 10 p.m. and midnight",
  // "will meet at 5pm"): the deed of that action may come a little later ("came ashore at 10:20 p.m.") and is no other
  // moment for that.
  const otherClock =
    !sameClock && otherClockTimes(x, y) && !(planAndItsDeed && clockTimesWithin(x, y, PLAN_HOUR_SLACK_MINUTES));
  const inPart = !sameClock && !otherClock && (clockInPartOfDay(x, y) || samePartOfDay(x, y));
  // Clock times that disagree weigh little alone: a sentence may time something else beside its happening. But when
  // every moment each places its own date's happening at is hours from every one of the other's ("reopened at
  // 9.45am", "not reopened until after 2 p.m."), they tell two moments, as parts of the day told in words do.
  const hoursApart = !sameClock && !inPart && momentsHoursApart(a.moments, b.moments);
  const names = (item: MergeItem) => {
    const { people, organizations, places } = item.event.entities;
    return [...people, ...organizations, ...places].map((name) => name.toLowerCase());
  };
  const theirs = new Set(names(b));
  const rarest = Math.max(
    0,
    ...names(a)
      .filter((name) => theirs.has(name))
      .map(weights.nameRarity),
  );
  const coarse = a.event.precision === 'day' ? 1 : COARSE_DATE;
  return {
    sameClock: Number(sameClock),
    otherClock: Number(otherClock),
    clockInPartOfDay: Number(inPart),
    momentsHoursApart: Number(hoursApart),
    sharedNumber: Number(sharesNumber(x, y)),
    otherChannels: Number(otherChannels(x, y)),
    rareName: rarest,
    lemmas: coarse * lemmaOverlap(x, y, weights.lemmaIdf),
  };
}

/** Both sentences name people, and none of them the same ("Carver, … since 2017" and "Reddy, in office since 2017"). */
function otherPeople(a: MergeItem, b: MergeItem): boolean {
  const [x, y] = [a.event.entities.people, b.event.entities.people];
  return x.length > 0 && y.length > 0 && !x.some((person) => y.includes(person));
}
