// A body's decision about a kind of happening, and such a happening: a university's grant to study river flooding and,
// two days on, the river flooding its campus; a council's vote on landslide defences and a landslide. Both open on the
// word, both name the place, its people and its river, and their words may be as alike as one story's; but the first
// names the happening only as a subject (happening-as-topic.ts) and tells a decision, the second tells it happened.
import { kindOf } from './opening-happenings.ts';
import { isDecision } from './story-happenings.ts';

/**
 * Whether one opening tells only a decision of a body (`decision`: an award, a vote) about a kind of happening it names
 * as a subject (`topics`, opening-happenings.ts) and does not tell happened, while the other tells that kind happened:
 * a grant to study floods and a flood, two happenings of one place and its people however alike their words.
 */
export function decisionAboutTheOthersHappening(a: TopicFacts, b: TopicFacts): boolean {
  const oneWay = (one: TopicFacts, other: TopicFacts) => {
    if (!one.topics?.length || !one.happenings?.length || !other.happenings?.length) return false;
    const told = one.happenings.map(kindOf);
    if (!told.every(isDecision)) return false;
    const studied = new Set(one.topics.map(kindOf));
    return other.happenings.some((entry) => studied.has(kindOf(entry)));
  };
  return oneWay(a, b) || oneWay(b, a);
}

/** What the rule reads of a fingerprint (stories.ts). */
export interface TopicFacts {
  /** What the opening tells happened, as "kind:stem" (opening-happenings.ts). */
  happenings?: readonly string[];
  /** The kinds it names only as a subject, as "kind:stem". */
  topics?: readonly string[];
}
