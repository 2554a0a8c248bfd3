// A story an arriving article is alike enough to join through one of its articles, while another of its articles is
// plainly about something else by the pair rules (two suspects who cannot be one person, openings telling two
// happenings, the town's names beside an aside at the other's subject …): two happenings of one place, tied by an
// article that tells a bit of both, or joined on names before the arriving one told them apart. When as many of the
// story's articles set it apart as welcome it, the article in between goes with what it is more like: the story
// splits (those that set it apart leave, as a story of their own, and the article joins the rest) when the articles
// welcoming it are more like it than like those; otherwise the story stays whole without it. A long story whose far
// articles tell it in other words (the capsize, and weeks later the skipper's funeral, welcomed by the reports of the
// search) takes its follow-up whole. Both the batch
// grouping (stories.ts) and the one-by-one placing (story-assigner.ts) ask this module, so they decide alike.

/** The pair rules' readings that set two articles' names aside as two happenings (story-similarity.ts routes). */
const APART_ROUTES: ReadonlySet<string> = new Set([
  'protagonists-apart',
  'another-of-its-kind',
  'happening-nod',
  'happenings-apart',
  'town-aside',
  'openings-apart',
]);

/** Whether a pair is read as two happenings: set apart by a rule, and not alike enough by their words alone. */
export function plainlyApart(route: string, score: number, joinBar: number): boolean {
  return score < joinBar && APART_ROUTES.has(route);
}

/** How alike an arriving article is to one article of a story, and whether the pair rules set them apart. */
export interface Judged<S, M> {
  story: S;
  member: M;
  score: number;
  apart?: boolean;
}

/** How an arriving article stands with one story: its articles alike enough to join, and those plainly apart. */
interface Standing {
  welcoming: number;
  apart: number;
}

function standingOf<S, M>(judged: Iterable<Judged<S, M>>, story: S, joinBar: number): Standing {
  const standing = { welcoming: 0, apart: 0 };
  for (const entry of judged) {
    if (entry.story !== story) continue;
    if (entry.score >= joinBar) standing.welcoming++;
    if (entry.apart) standing.apart++;
  }
  return standing;
}

/** Whether a story takes the article whole: some article welcomes it, and fewer set it apart than welcome it. */
export function takesIt<S, M>(judged: Iterable<Judged<S, M>>, story: S, joinBar: number): boolean {
  const { welcoming, apart } = standingOf(judged, story, joinBar);
  return welcoming > 0 && apart < welcoming;
}

/**
 * The story an arriving article joins (`choose` picks among the stories, as `chooseStory` does) and the articles that
 * leave it. A story that sets it apart as often as it welcomes it splits when each article welcoming it is more alike
 * to it (`alike`) than to any article setting it apart, so the article in between goes with what it is most like, and
 * `maySplit` allows (not a story the reader shaped); otherwise it stays as it is and the article goes elsewhere.
 */
export function placement<S, M>(
  judged: readonly Judged<S, M>[],
  choose: (judged: readonly Judged<S, M>[]) => { story: S; member: M } | null,
  joinBar: number,
  alike: (one: M, other: M) => number,
  maySplit: (story: S) => boolean,
): { story: S; member: M; leaving: M[] } | null {
  let left = judged;
  for (;;) {
    const chosen = choose(left);
    if (!chosen) return null;
    if (takesIt(judged, chosen.story, joinBar)) return { ...chosen, leaving: [] };
    const ofStory = judged.filter((entry) => entry.story === chosen.story);
    const leaving = ofStory.filter((entry) => entry.apart).map((entry) => entry.member);
    const welcoming = ofStory.filter((entry) => entry.score >= joinBar);
    const between = welcoming.every((entry) => leaving.every((member) => alike(entry.member, member) < entry.score));
    if (between && maySplit(chosen.story)) return { ...chosen, leaving };
    left = left.filter((entry) => entry.story !== chosen.story);
  }
}

/**
 * The ids of a story's two parts once it splits: the part holding the article the story is named after
 * (`story-<id>`) keeps the id, the other is named after its own first article.
 */
export function idsOfParts(
  storyId: string,
  staying: readonly string[],
  leaving: readonly string[],
): { staying: string; leaving: string } {
  const namedBy = (ids: readonly string[]) => ids.some((id) => `story-${id}` === storyId);
  return namedBy(leaving)
    ? { staying: `story-${staying[0]}`, leaving: storyId }
    : { staying: storyId, leaving: `story-${leaving[0]}` };
}
