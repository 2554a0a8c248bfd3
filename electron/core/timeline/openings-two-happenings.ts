// Whether two articles' openings tell two happenings, so that the names they share are their place's and their
// people's, not one story's (stories.ts and held-comparison.ts read it alike): a fire and a board's vote; a grant to
// study floods and a flood (story-topics.ts); a strike at a port and, two days on, the biggest ship ever to berth there.

import { personInCommon } from './happening-particulars.ts';
import { kindOf } from './opening-happenings.ts';
import { clearlyDifferentHappenings, type HappeningFacts, isDecision } from './story-happenings.ts';
import { decisionAboutTheOthersHappening, type TopicFacts } from './story-topics.ts';

/**
 * Whether the openings tell two happenings: one a body's decision about the kind the other tells happened, whatever
 * their words; or, when their words are too unalike to tell one story by themselves (`wordsUnalike`), one a happening
 * to things and the other a decision, or one a decision (a walkout, a vote) and the other no happening of any kind
 * beside the one name (`namesInCommon`) both give, the place's, not a person's.
 */
export function openingsTellTwoHappenings(
  a: HappeningFacts & TopicFacts,
  b: HappeningFacts & TopicFacts,
  wordsUnalike: boolean,
  namesInCommon: number,
): boolean {
  if (decisionAboutTheOthersHappening(a, b)) return true;
  if (!wordsUnalike) return false;
  // A person both name in full is the one story's (a minister's resignation, and a comment on it), not the place's.
  const placeAlone = namesInCommon === 1 && !personInCommon(a.people, b.people);
  return clearlyDifferentHappenings(a, b) || (placeAlone && decisionBesideNothingTold(a, b));
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
