// Stories an arriving article brings together. Articles are placed one by one as they arrive, so two parts of one
// happening can start two stories (a landslip, and the rail line it shut, reported before anyone tied them); a
// follow-up alike enough to join both, whose headline or lede ties them, tells they are one. It joins the story it is
// most like (`chooseStory`), and the other stories it ties to that one go with it, unless the reader shaped them by
// hand. Both the batch grouping (`clusterStories`) and the one-by-one placing (StoryAssigner) ask this module, so
// they decide alike.
import { type Judged, takesIt } from './story-kept-out.ts';

/** How alike an arriving article is to one article of a story (`story` says which), and whether they are apart. */
export type ScoredMember<S, M> = Judged<S, M>;

/**
 * The stories an arriving article brings together: the one it joins (`chosen`) and every other story one of whose
 * articles it is alike enough to join (`joinBar`: a chain of weak likenesses never bridges) and that takes it (no more
 * of its articles set it apart than welcome it, story-kept-out.ts), that it ties to the chosen
 * one (`ties`, see `leadsWithBoth`) and that `mayBridge` allows, given those taken so far (the reader's own stories
 * are left as the reader left them). In the order the stories were met; none when the article bridges nothing.
 */
export function storiesBridged<S, M>(
  scored: Iterable<ScoredMember<S, M>>,
  chosen: S,
  joinBar: number,
  ties: (chosen: S, other: S) => boolean,
  mayBridge: (story: S, taken: readonly S[]) => boolean = () => true,
): S[] {
  const list = [...scored];
  const alike: S[] = [];
  for (const { story, score } of list)
    if (score >= joinBar && !alike.includes(story) && takesIt(list, story, joinBar)) alike.push(story);
  if (alike.length < 2 || !mayBridge(chosen, [])) return [];
  const taken = [chosen];
  for (const story of alike) if (story !== chosen && ties(chosen, story) && mayBridge(story, taken)) taken.push(story);
  return taken.length < 2 ? [] : alike.filter((story) => taken.includes(story));
}

/**
 * Whether an article's headline or lede (`leading`, names-in-passing.ts) gives a name of each story that the other
 * story never gives: "the landslip at Carrow Edge that shut the Westmoor Rail line". A round-up of a town's week is
 * alike to each of its stories too, paragraph by paragraph, but opens on what they share (the town, its council).
 * The stories' own likeness does not tell them apart: two stories of one town are as alike as two parts of one
 * happening, or more (tests/bench/story-bridges.ts --cross).
 */
export function leadsWithBoth(
  leading: readonly string[] | undefined,
  one: ReadonlySet<string>,
  other: ReadonlySet<string>,
): boolean {
  const only = (mine: ReadonlySet<string>, theirs: ReadonlySet<string>) =>
    leading?.some((name) => mine.has(name) && !theirs.has(name)) ?? false;
  return only(one, other) && only(other, one);
}

/** The names a story's articles give (lower-cased, as fingerprints key them). */
export function namesOfStory(members: Iterable<{ entities: Record<string, number> }>): Set<string> {
  const names = new Set<string>();
  for (const member of members) for (const name of Object.keys(member.entities)) names.add(name);
  return names;
}
