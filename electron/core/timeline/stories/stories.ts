// Stories: articles about the same developing story, grouped as they arrive by shared entities and similar text.
// What an article's fingerprint holds is article-fingerprint.ts; how alike two fingerprints are, story-similarity.ts.
import { type ArticleFingerprint, fingerprintArticle, type StoryArticle } from './article-fingerprint.ts';
import { leadsWithBoth, namesOfStory, storiesBridged } from './story-bridges.ts';
import { countPlaced, type PlacedFrequencies, placedFrequencies } from './story-frequencies.ts';
import { idsOfParts, placement, plainlyApart } from './story-kept-out.ts';
import { JOIN_THRESHOLD, similarity, similarityParts } from './story-similarity.ts';
import { type StoryTitleFields, storyTitle } from './story-title.ts';

// Callers are many (the core, the tests and the bench tools): they keep importing stories from here.
export { type ArticleFingerprint, fingerprintArticle, type StoryArticle } from './article-fingerprint.ts';
export {
  ALIKE_WORDS,
  combinedSimilarity,
  JOIN_THRESHOLD,
  type SimilarityParts,
  similarity,
  similarityParts,
} from './story-similarity.ts';
export { type StoryTitleFields, storyTitle };

export interface Story {
  storyId: string;
  title: string;
  articleIds: string[];
}

/** A story with the fingerprints of its articles, as `assignToStory` reads and returns it. */
export interface StoryMembers extends Story {
  members: ArticleFingerprint[];
}

/** Adds an article to its story, or starts one; returns the stories. `placed` counts their articles, and then it. */
export function assignToStory(
  existingStories: readonly StoryMembers[],
  newArticle: StoryArticle | ArticleFingerprint,
  placed: PlacedFrequencies = placedFrequencies(existingStories.flatMap((story) => story.members)),
): StoryMembers[] {
  const article = 'terms' in newArticle ? newArticle : fingerprintArticle(newArticle);
  countPlaced(placed, article);
  const [idf, entityIdf] = [placed.terms.weights(), placed.entities.weights()];
  const scored = existingStories.flatMap((story, index) =>
    story.members.map((member) => {
      const { score, route } = similarityParts(article, member, idf, entityIdf);
      return { story: index, member, score, apart: plainlyApart(route, score, JOIN_THRESHOLD) };
    }),
  );
  const alike = (one: ArticleFingerprint, other: ArticleFingerprint) => similarity(one, other, idf, entityIdf);
  const chosen = placement(scored, chooseStory, JOIN_THRESHOLD, alike, () => true);
  if (!chosen) return [...existingStories, storyOf([article])];
  // A story that set it apart as often as it welcomed it split (story-kept-out.ts); it bridges nothing then.
  if (chosen.leaving.length > 0) return splitFor(existingStories, chosen.story, new Set(chosen.leaving), article);
  // The stories it brings together become one, under the oldest's id (stories come oldest first).
  const names = (index: number) => namesOfStory(existingStories[index]!.members);
  const joined = storiesBridged(scored, chosen.story, JOIN_THRESHOLD, (one, other) =>
    leadsWithBoth(article.leading, names(one), names(other)),
  );
  const into = joined[0] ?? chosen.story;
  const members = joined.length > 0 ? joined.flatMap((index) => existingStories[index]!.members) : null;
  return existingStories.flatMap((story, index) => {
    if (index === into) return [storyOf([...(members ?? story.members), article], story.storyId)];
    return joined.includes(index) ? [] : [story];
  });
}

/**
 * The story an article joins, from how alike it is to each article already placed (`story` says whose): of the
 * stories with an article alike enough to share it, the one it is most like as a whole (the mean over the articles
 * compared), so that one article naming the same home towns or country (an outlet's own readers, stranded by two
 * different happenings) does not outweigh a story whose every article tells what it tells. Also returns that story's
 * article most like it. Ties go to the story met first.
 */
export function chooseStory<S, M>(
  scored: Iterable<{ story: S; member: M; score: number }>,
): { story: S; member: M } | null {
  const byStory = new Map<S, { sum: number; count: number; best: { member: M; score: number } }>();
  for (const { story, member, score } of scored) {
    const entry = byStory.get(story);
    if (!entry) byStory.set(story, { sum: score, count: 1, best: { member, score } });
    else {
      entry.sum += score;
      entry.count++;
      if (score > entry.best.score) entry.best = { member, score };
    }
  }
  let chosen: { story: S; member: M; mean: number } | null = null;
  for (const [story, { sum, count, best }] of byStory) {
    const mean = sum / count;
    if (best.score >= JOIN_THRESHOLD && (!chosen || mean > chosen.mean)) chosen = { story, member: best.member, mean };
  }
  return chosen && { story: chosen.story, member: chosen.member };
}

/**
 * Groups articles into stories, oldest first so that a story keeps the id of the article that started it; articles
 * without a publication date come last, as they would arrive.
 */
export function clusterStories(articles: readonly StoryArticle[]): Story[] {
  const ordered = [...articles].sort((a, b) => publicationOrder(a).localeCompare(publicationOrder(b)));
  let stories: StoryMembers[] = [];
  const placed = placedFrequencies();
  for (const article of ordered) stories = assignToStory(stories, article, placed);
  return stories.map(({ storyId, title, articleIds }) => ({ storyId, title, articleIds }));
}

/** The stories with one split: its articles in `leaving` go to a story of their own, the article joins the rest. */
function splitFor(
  stories: readonly StoryMembers[],
  split: number,
  leaving: ReadonlySet<ArticleFingerprint>,
  article: ArticleFingerprint,
): StoryMembers[] {
  return stories.flatMap((story, index) => {
    if (index !== split) return [story];
    const staying = story.members.filter((member) => !leaving.has(member));
    const gone = story.members.filter((member) => leaving.has(member));
    const ids = idsOfParts(
      story.storyId,
      staying.map((member) => member.id),
      gone.map((member) => member.id),
    );
    return [storyOf([...staying, article], ids.staying), storyOf(gone, ids.leaving)];
  });
}

function publicationOrder(article: StoryArticle): string {
  const time = Date.parse(article.publishedAt ?? '');
  return Number.isNaN(time) ? '\uffff' : new Date(time).toISOString();
}

function storyOf(members: ArticleFingerprint[], storyId = `story-${members[0]!.id}`): StoryMembers {
  return { storyId, title: storyTitle(members), articleIds: members.map((member) => member.id), members };
}
