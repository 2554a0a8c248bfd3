// How an arriving article stands with every article of the story it joins, on the tuned and study gold articles
// (held-out articles are left out altogether): for each join into a story of two or more articles, its best score,
// its mean over the story and how many of the story's articles it is far from, and whether the gold puts it with the
// story. A join that gold calls wrong while the article is far from most of the story is a chain (A ~ B, B ~ C, not
// A ~ C); a right join far from most of the story is a long story told in other words.
// Run from the repository root: `npx tsx tests/bench/story-chains.ts`.
import {
  assignToStory,
  fingerprintArticle,
  JOIN_THRESHOLD,
  type StoryMembers,
  similarityParts,
} from '../../electron/core/timeline/stories/stories.ts';
import { placedFrequencies } from '../../electron/core/timeline/stories/story-frequencies.ts';
import { loadGold } from './timeline-gold.ts';
import { loadTunedArticles, shortName } from './tuned-stories.ts';

const gold = new Map(loadGold().map((entry) => [entry.file, entry.story]));
const articles = await loadTunedArticles();
const order = (p: string | null) => {
  const time = Date.parse(p ?? '');
  return Number.isNaN(time) ? '\uffff' : new Date(time).toISOString();
};
const ordered = [...articles].sort((a, b) => order(a.publishedAt).localeCompare(order(b.publishedAt)));
let stories: StoryMembers[] = [];
const placed = placedFrequencies();
const f = (n: number) => n.toFixed(2);
for (const article of ordered) {
  const print = fingerprintArticle(article);
  stories = assignToStory(stories, print, placed);
  const story = stories.find((s) => s.articleIds.includes(print.id))!;
  const others = story.members.filter((m) => m.id !== print.id);
  if (others.length < 2) continue;
  const [idf, entityIdf] = [placed.terms.weights(), placed.entities.weights()];
  const judged = others.map((m) => ({ m, ...similarityParts(print, m, idf, entityIdf) }));
  const scores = judged.map((j) => j.score);
  const best = Math.max(...scores);
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  const wrong = others.filter((m) => gold.get(m.id) !== gold.get(print.id)).length;
  const far = (bar: number) => scores.filter((s) => s < bar).length;
  const words = judged.map((j) => j.text);
  const wordsMean = words.reduce((a, b) => a + b, 0) / words.length;
  const near = judged.filter((j) => j.score >= JOIN_THRESHOLD);
  const inner = judged
    .filter((j) => j.score < 0.2)
    .map(
      (j) =>
        `${shortName(j.m.id).slice(0, 20)}: ${near.map((n) => f(similarityParts(n.m, j.m, idf, entityIdf).score)).join(',')}`,
    );
  console.log(
    `${wrong > 0 ? `WRONG ${wrong}/${others.length}` : 'right'} k=${others.length} best ${f(best)} mean ${f(mean)} ` +
      `far<.1 ${far(0.1)} <.15 ${far(0.15)} <.2 ${far(0.2)} <T ${far(JOIN_THRESHOLD)} wordsMean ${f(wordsMean)} ` +
      `${shortName(print.id)} :: ${judged.map((j) => `${f(j.score)}/${j.route}${gold.get(j.m.id) !== gold.get(print.id) ? '*' : ''}`).join(' ')} || far~near ${inner.join(' ; ')}`,
  );
}
