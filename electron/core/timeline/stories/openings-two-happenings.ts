// Whether two articles' openings tell two happenings, so that the names they share are their place's and their
// people's, not one story's (stories.ts and held-comparison.ts read it alike): a fire and a board's vote; a grant to
// study floods and a flood (story-topics.ts); a strike at a port and, two days on, the biggest ship ever to berth there;
// a trawler sinking in a harbour and, that day, the harbour's trust sacking its chief.

import { stemOf, stemsOf } from '../language/subject-asides.ts';
import { personInCommon } from './happening-particulars.ts';
import { isPhysical, kindOf } from './opening-happenings.ts';
import { clearlyDifferentHappenings, type HappeningFacts, isDecision } from './story-happenings.ts';
import { decisionAboutTheOthersHappening, type TopicFacts } from './story-topics.ts';

/** The words and names of an article's opening: its headline, its lede's stems and the names either gives. */
export interface OpeningWords {
  title: string;
  lede?: readonly string[];
  leading?: readonly string[];
}

/**
 * Whether the openings tell two happenings: one a body's decision about the kind the other tells happened, or one a
 * happening to things and the other a decision that does not follow it (`openings` gives their words, read only
 * then), whatever their words; or, when their words are too unalike to tell one story by themselves (`wordsUnalike`),
 * one a happening to things and the other a decision, or one a decision (a walkout, a vote) and the other no happening
 * of any kind beside the one name (`namesInCommon`) both give, the place's, not a person's.
 */
export function openingsTellTwoHappenings(
  a: HappeningFacts & TopicFacts,
  b: HappeningFacts & TopicFacts,
  wordsUnalike: boolean,
  namesInCommon: number,
  openings: () => readonly [OpeningWords, OpeningWords],
): boolean {
  if (decisionAboutTheOthersHappening(a, b)) return true;
  if (!wordsUnalike) return clearlyDifferentHappenings(a, b) && !decisionFollowsTheHappening(a, b, ...openings());
  // A person both name in full is the one story's (a minister's resignation, and a comment on it), not the place's.
  const placeAlone = namesInCommon === 1 && !personInCommon(a.people, b.people);
  return clearlyDifferentHappenings(a, b) || (placeAlone && decisionBesideNothingTold(a, b));
}

/**
 * Whether the decision of one opening (`a` or `b`, told apart by their happenings) follows the happening to things of
 * the other: it tells that happening in its words ("council hires firm to mend bridge after inspectors found a cracked
 * beam"), or a person named in full opens both. A body's decision that follows a happening says so, for the happening
 * is why; one that gives reasons of its own (a chief sacked over expenses the day a trawler sank in the port; a rider
 * suspended after a positive test the day after a crash in his race) is another story, though the port, the race and
 * their officials are named in both and their words are as alike as one story's.
 */
function decisionFollowsTheHappening(
  a: HappeningFacts,
  b: HappeningFacts,
  openingA: OpeningWords,
  openingB: OpeningWords,
): boolean {
  const physicalFirst = (a.happenings ?? []).every((entry) => isPhysical(kindOf(entry)));
  const [physical, decision] = physicalFirst ? [a, openingB] : [b, openingA];
  const words = new Set([...stemsOf(decision.title), ...(decision.lede ?? [])]);
  const toldAgain = (physical.happenings ?? []).some((entry) => words.has(stemOf(entry.slice(entry.indexOf(':') + 1))));
  return toldAgain || personOpensBoth(a, b, openingA, openingB);
}

function personOpensBoth(
  a: HappeningFacts,
  b: HappeningFacts,
  openingA: OpeningWords,
  openingB: OpeningWords,
): boolean {
  const leading = new Set(openingA.leading);
  const people = new Set([...(a.people ?? []), ...(b.people ?? [])]);
  return (openingB.leading ?? []).some((name) => leading.has(name) && people.has(name));
}

/**
 * One opening tells only a body's own acts (a walkout, a vote, an award), the other tells nothing happened that the
 * openings' words name (an arrival, a record): in the tuned gold set no two articles of one story are so, sharing one
 * name. Jobs lost are left out: they are told of the closure or the takeover that cost them ("the tannery closed").
 */
function decisionBesideNothingTold(a: HappeningFacts, b: HappeningFacts): boolean {
  const decisions = (facts: HappeningFacts) => (facts.happenings?.length ?? 0) > 0 && facts.happenings!.every(told);
  const nothing = (facts: HappeningFacts) => (facts.happenings?.length ?? 0) === 0;
  return (decisions(a) && nothing(b)) || (decisions(b) && nothing(a));
}

const told = (entry: string) => {
  const kind = kindOf(entry);
  return kind !== 'layoff' && isDecision(kind);
};
