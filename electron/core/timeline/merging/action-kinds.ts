// Kinds of action: the actions (actions.ts) that tell one sort of happening in different words, so that two outlets
// choosing two of them ("the barge struck the bridge", "a barge jammed it open"; "an explosion tore through the mill",
// "dust ignited") are not thereby told apart. Unlike TOGETHER in actions.ts, a kind is no evidence that two reports
// tell one happening: a fire and a collapse of one day may be two. It only keeps the wording from parting them, and
// leaves the rest of the evidence (what was hit, the clock time, the names) to decide.
import type { Report } from '../extraction/event-reports.ts';
import { CLEAR_ACTION, onlyPlanned, tellSameAction } from './same-action.ts';

const KINDS: Record<string, string[]> = {
  // Something physical happening to a thing: a vessel meeting a pier, a tank failing, a roof coming down, a blast; and
  // the deaths it caused ("killed in Wednesday's avalanche").
  damage: ['impact', 'fault', 'collapse', 'fire', 'erupt', 'derail', 'injure'],
  // Operations stopped: "halted every departure", "the shutdown", "grounded", "closed".
  halt: ['close', 'cancel'],
  // A body sitting and what it decided there: "would hold an emergency meeting on Thursday night", "voted 6-1 on
  // Thursday night".
  sitting: ['talks', 'vote'],
  // The crowd at a meeting: "will meet neighbours at the hall", "250 of us squeezed into the hall". Not the vote of a
  // body: a board voting and parents marching are two doers' deeds, though each may be told beside a meeting.
  crowd: ['talks', 'gather'],
  // Looking something over and what the looking found or warned of: "went over the roof in a full survey" and
  // "engineers warned the club that bolts were rusting", "divers found a cracked pier".
  examine: ['inspect', 'find', 'warn'],
  // Someone coming to a place and what they did there: "arrived in the town by helicopter", "toured the town".
  visit: ['visit', 'arrive'],
  // Operations going again: "restarted flights", "reopened", "the first flight took off".
  restart: ['resume', 'open', 'depart'],
  // A breach of computer systems and its disclosure: "said on Wednesday that hackers had stolen the data of 2.3 million
  // customers" and "disclosed the attack on Wednesday". A breach is known on the day it is told.
  disclosure: ['announce', 'breach'],
};

const kindsOf = new Map<string, Set<string>>();
for (const [kind, actions] of Object.entries(KINDS)) {
  for (const action of actions) kindsOf.set(action, new Set([...(kindsOf.get(action) ?? []), kind]));
}

/** Whether two actions are of one kind ("impact" and "fault"), though not the same action. */
export function sameKind(a: string, b: string): boolean {
  const kinds = kindsOf.get(a);
  return kinds !== undefined && [...(kindsOf.get(b) ?? [])].some((kind) => kinds.has(kind));
}

/**
 * The main actions of two reports are of one kind: each report's clear actions, or its nearest one. Not when either
 * tells a state that lasts ("the fire was still smouldering") or a further one ("a second blast"): those are other
 * moments, whatever their kind.
 */
export function actionsOfOneKind(x: Report, y: Report): boolean {
  if (x.stillGoing || y.stillGoing || x.furtherOne !== y.furtherOne) return false;
  const main = (report: Report) => (report.clear.size > 0 ? [...report.clear] : report.primary ? [report.primary] : []);
  return main(x).some((a) => main(y).some((b) => sameKind(a, b)));
}

/**
 * What a report tells happened at its date: a deed (an action told there), that something was said then ("the council
 * had said on Tuesday that it hoped to reopen the bridge on Friday"), or no action at all ("engineers were on the bridge
 * this morning"); or nothing sure, when its sentence tells of something said or judged, however far from its date
 * ("On the day the closure was announced, investigators blamed faulty wiring").
 */
export function toldAtDate(report: Report, sentence: string): 'deed' | 'said' | 'nothing' | 'unsure' {
  if (report.clear.size > 0) return 'deed';
  if (report.spoken) return 'said';
  if (report.primary !== undefined) return 'deed';
  return SAYING.test(sentence) ? 'unsure' : 'nothing';
}

const SAYING =
  /\b(?:said|says|say|told|tells|blamed|blames|claimed|claims|accused|accuses|insisted|insists|argued|argues|stated)\b/i;

/** One report tells only that something was said that day, the other no action at all: a saying and a presence. */
export function sayingBesidePresence(x: Report, sentenceX: string, y: Report, sentenceY: string): boolean {
  const told = new Set([toldAtDate(x, sentenceX), toldAtDate(y, sentenceY)]);
  return told.has('said') && told.has('nothing');
}

// A scene going on then, in the past progressive: "deputies were working the river bottoms", "crews were still
// pumping"; not "was going to", a plan.
const SCENE = /\b(?:was|were)\s+(?:\p{Ll}+ly\s+)?(?!going\b|being\b)\p{Ll}{3,}ing\b/u;

/**
 * One report tells a deed of that day ("a stolen pickup was found abandoned on Sunday"), the other only a scene going
 * on then with no action at its date ("By dawn Sunday, deputies were working the river bottoms"): what was going on
 * at a time is not a happening another outlet reports, whatever place both name.
 */
export function sceneBesideDeed(x: Report, sentenceX: string, y: Report, sentenceY: string): boolean {
  const scene = (report: Report, sentence: string) =>
    toldAtDate(report, sentence) === 'nothing' && SCENE.test(sentence);
  const deed = (report: Report) => report.clear.size > 0 && report.primaryWeight >= CLEAR_ACTION;
  return (scene(x, sentenceX) && deed(y)) || (scene(y, sentenceY) && deed(x));
}

// A deed told as still to come in the clause before its date: "will visit", "is to sign", "is due to open", "plans to
// meet", "is expected to rule".
const AHEAD =
  /\b(?:will|shall|(?:is|are)\s+(?:(?:due|expected|set|going|scheduled|planning|hoping)\s+)?to|plans?\s+to|intends?\s+to)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+[^.;:]*$/u;

/** The words before a report's date tell what is still to come ("The minister will visit the town on …"). */
export function toldAhead(beforeDate: string): boolean {
  return AHEAD.test(beforeDate);
}

/**
 * One report tells what someone will do that day ("will visit the town on Thursday"), the other, told after it, a
 * deed of that day that is another action ("suspended the licence on Thursday"): two happenings, whatever names both
 * give, since a plan names its doer as surely as the deed does.
 */
export function planBesideOtherDeed(x: Report, xAhead: boolean, y: Report, yAhead: boolean): boolean {
  if (xAhead === yAhead || onlyPlanned(x) || onlyPlanned(y)) return false;
  const clear = (report: Report) => report.clear.size > 0 && report.primaryWeight >= CLEAR_ACTION;
  return clear(x) && clear(y) && !tellSameAction(x, y) && !actionsOfOneKind(x, y);
}

// "lifted the last of 212 passengers off", "were among the last to be flown off": the end of a series of deeds.
const LAST_OF_SERIES =
  /\bthe\s+last\b(?!\s+(?:time|times|few|minute|minutes|hour|hours|day|days|night|nights|week|weeks|month|months|year|years|decade|season|round|word)\b)/i;

/**
 * One report tells the last of a series of deeds ("the last of the passengers were lifted off"), the other its start
 * ("helicopters began flying them down"): two moments of one operation, not one happening.
 */
export function lastBesideStart(x: Report, sentenceX: string, y: Report, sentenceY: string): boolean {
  const last = (sentence: string) => LAST_OF_SERIES.test(sentence);
  const starts = (report: Report, sentence: string) => report.clear.has('start') && !last(sentence);
  return (last(sentenceX) && starts(y, sentenceY)) || (last(sentenceY) && starts(x, sentenceX));
}
