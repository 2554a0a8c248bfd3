// How the stories an arriving article brings together (electron/core/timeline/stories/story-bridges.ts) fare on the tuned gold
// articles and the story probes' set A: every moment an article is alike enough to join two stories, whether the gold
// holds them to be one, their own best pair and whether the article's headline or lede ties them (`leadsWithBoth`),
// and the pairwise figures of the grouping with bridges as the app makes them ("ties"), before bridges ("never"), and
// bridged instead whenever the two stories' own best pair reaches a bar (`--bars=0,0.1`, the reading rejected).
// `--cross` counts the pairs of different gold stories whose best pair reaches each bar. Held-out articles and set B
// are left out altogether. The grouping is `clusterStories`'s (oldest first, `chooseStory`).
// Run from the repository root: `npx tsx tests/bench/story-bridges.ts [--events] [--cross] [--bars=…]`.
import { inverseDocumentFrequency } from '../../electron/core/timeline/language/similarity.ts';
import {
  type ArticleFingerprint,
  chooseStory,
  fingerprintArticle,
  JOIN_THRESHOLD,
  type StoryArticle,
  similarity,
} from '../../electron/core/timeline/stories/stories.ts';
import { leadsWithBoth, namesOfStory, storiesBridged } from '../../electron/core/timeline/stories/story-bridges.ts';
import { benchStudyProbes, storyProbeLines } from './story-probes.ts';
import { pairwiseScore } from './timeline-gold.ts';
import { loadTunedStories, shortName } from './tuned-stories.ts';

/** A moment an article was alike enough to join two stories. */
interface Meeting {
  article: string;
  scores: [number, number];
  /** The best pair of the two stories' own articles. */
  cross: number;
  ties: boolean;
  sizes: [number, number];
  /** Whether the gold puts the two stories' first articles in one story (null: not both gold articles). */
  oneStory: boolean | null;
}

const bars = process.argv.find((arg) => arg.startsWith('--bars='))?.slice('--bars='.length);
/** Infinity: never bridged; NaN: bridged when the article ties the stories (the app's rule); else a cross bar. */
const BARS = [Number.POSITIVE_INFINITY, Number.NaN, ...(bars ? bars.split(',').map(Number) : [])];

/** The grouping with bridges whose stories' best pair reaches `bar`; each meeting is told to `meet`. */
function grouping(bar: number, meet?: (meeting: Omit<Meeting, 'oneStory'> & { firsts: [string, string] }) => void) {
  return (articles: readonly (StoryArticle | ArticleFingerprint)[]) => {
    const prints = articles
      .map((article) => ('terms' in article ? article : fingerprintArticle(article)))
      .sort((a, b) => order(a).localeCompare(order(b)));
    const stories: ArticleFingerprint[][] = [];
    const placed: ArticleFingerprint[] = [];
    for (const article of prints) {
      const everyone = [...placed, article];
      const idf = inverseDocumentFrequency(everyone.map((member) => member.terms));
      const entityIdf = inverseDocumentFrequency(everyone.map((member) => member.entities));
      const score = (a: ArticleFingerprint, b: ArticleFingerprint) => similarity(a, b, idf, entityIdf);
      const scored = stories.flatMap((story, index) =>
        story.map((member) => ({ story: index, member, score: score(article, member) })),
      );
      placed.push(article);
      const chosen = chooseStory(scored);
      if (!chosen) {
        stories.push([article]);
        continue;
      }
      const best = (one: number, other: number) => {
        const [earlier, later] = [stories[Math.min(one, other)]!, stories[Math.max(one, other)]!];
        return Math.max(...later.flatMap((b) => earlier.map((a) => score(b, a))));
      };
      const joined = storiesBridged(scored, chosen.story, JOIN_THRESHOLD, (one, other) => {
        const cross = best(one, other);
        const ties = leadsWithBoth(article.leading, namesOfStory(stories[one]!), namesOfStory(stories[other]!));
        const top = (story: number) => Math.max(...scored.filter((s) => s.story === story).map((s) => s.score));
        meet?.({
          article: article.id,
          scores: [top(one), top(other)],
          cross,
          ties,
          sizes: [stories[one]!.length, stories[other]!.length],
          firsts: [stories[one]![0]!.id, stories[other]![0]!.id],
        });
        return Number.isNaN(bar) ? ties : cross >= bar;
      });
      if (joined.length === 0) {
        stories[chosen.story]!.push(article);
        continue;
      }
      stories[joined[0]!] = [...joined.flatMap((index) => stories[index]!), article];
      for (const index of joined.slice(1).reverse()) stories.splice(index, 1);
    }
    return stories.map((story) => ({ articleIds: story.map((member) => member.id) }));
  };
}

function order(article: ArticleFingerprint): string {
  const time = Date.parse(article.publishedAt ?? '');
  return Number.isNaN(time) ? '\uffff' : new Date(time).toISOString();
}

const tuned = await loadTunedStories();
const r = (value: number) => value.toFixed(3);
if (process.argv.includes('--cross')) crossOfStories();
for (const bar of BARS) {
  const meetings: Meeting[] = [];
  const stories = grouping(bar, (m) => {
    const [a, b] = m.firsts.map((id) => tuned.goldStory.get(id));
    meetings.push({ ...m, oneStory: a === undefined || b === undefined ? null : a === b });
  })(tuned.prints);
  const found = new Map(stories.flatMap((story) => story.articleIds.map((id) => [id, story.articleIds[0]!] as const)));
  const score = pairwiseScore(tuned.goldStory, found);
  const label = Number.isNaN(bar)
    ? 'ties (the rule)'
    : Number.isFinite(bar)
      ? `cross bar ${bar}`
      : 'never (before bridges)';
  console.log(`tuned, ${label}: stories F1 ${r(score.f1)} P ${r(score.precision)} R ${r(score.recall)}`);
  if (Number.isNaN(bar) && process.argv.includes('--events'))
    for (const m of meetings)
      console.log(
        `  ${m.oneStory === null ? '?' : m.oneStory ? 'ONE ' : 'TWO '} ${shortName(m.article)}: scores ${r(m.scores[0])}/${r(m.scores[1])} ` +
          `cross ${r(m.cross)}${m.ties ? ' ties' : ''} sizes ${m.sizes.join('/')}`,
      );
  const probes = await benchStudyProbes(
    grouping(bar, (m) => {
      if (Number.isNaN(bar) && process.argv.includes('--events') && !m.firsts.some((id) => id.startsWith('gold:')))
        console.log(
          `  probe ${m.article}: ${m.firsts.join(' + ')} scores ${r(m.scores[0])}/${r(m.scores[1])} cross ${r(m.cross)}${m.ties ? ' ties' : ''}`,
        );
    }),
  );
  for (const line of storyProbeLines(probes)) console.log(`  ${line}`);
  if (Number.isNaN(bar) && process.argv.includes('--events'))
    for (const figures of probes)
      for (const line of figures.lines) if (line.startsWith('MISS')) console.log(`  ${line}`);
}

/**
 * For `--cross`: how alike the best pair of two different gold stories is (stories within 60 days of each other), the
 * likeness a bridge between them would have to show: how many pairs of stories reach each bar.
 */
function crossOfStories(): void {
  const idf = tuned.idf;
  const byStory = new Map<string, ArticleFingerprint[]>();
  for (const print of tuned.prints) {
    const story = tuned.goldStory.get(print.id)!;
    byStory.set(story, [...(byStory.get(story) ?? []), print]);
  }
  const day = (print: ArticleFingerprint) => Date.parse(print.publishedAt ?? '') / 86_400_000;
  const stories = [...byStory.values()];
  const bests: number[] = [];
  for (let i = 0; i < stories.length; i++) {
    for (let j = i + 1; j < stories.length; j++) {
      let best = 0;
      for (const a of stories[i]!)
        for (const b of stories[j]!) {
          if (!(Math.abs(day(a) - day(b)) <= 60)) continue;
          best = Math.max(best, similarity(a, b, idf, tuned.entityIdf), similarity(b, a, idf, tuned.entityIdf));
        }
      if (best > 0) bests.push(best);
    }
  }
  const reaching = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3].map((bar) => `${bar}: ${bests.filter((b) => b >= bar).length}`);
  console.log(
    `pairs of different gold stories within 60 days, best pair alike at least: ${reaching.join(', ')} (of ${bests.length})`,
  );
}
