// Fits the merge model (tests/bench/merge-model.ts): a logistic regression over the features likeness reads
// (merge-likeness.ts, `likenessFeatures`) for every pair of reports of one date from two articles of one tuned gold
// story, labelled one happening when the gold gives both the same shared event (logistic.ts: Newton's method, L2 on
// scaled features). Held-out articles are never loaded.
//
// First it cross-validates by leaving rounds out: each tuned story falls in one of five folds by the gold round that
// added its first article (gold-rounds.ts; rounds 1-4, 5-8, 9-12, 13-17, 18-22), and each fold's stories are merged
// (mergeEvents, the clustering as it is) with a model fitted on the other folds' pairs. It prints the figures pooled
// over the folds for each link probability and way of keeping pairs apart (the model's own apart probability, or the
// hand weights' vetoes), chooses the one with the fewest wrong merges, then the best F1, and prints per fold the pairs
// judged right and the merged-events figures beside the hand weights', which have seen every round.
//
// Run from a clean checkout, at the repository root: `npx tsx tests/bench/fit-merge.ts [--penalty=1] [--stack]
// [--write]`; `--stack` adds the hand likeness as a feature, `--write` writes the weights fitted on all tuned pairs,
// with the chosen link and apart, into merge-model.ts's FITTED block (then `npx biome format --write` that file).
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Event } from '../../electron/core/timeline/extraction/events.ts';
import {
  FEATURE_NAMES,
  handLikeness,
  type LikenessFeatures,
  type MergeItem,
} from '../../electron/core/timeline/merging/likeness-features.ts';
import { mergeEvents, mergeItemsOf } from '../../electron/core/timeline/merging/merge-events.ts';
import { likenessFeatures } from '../../electron/core/timeline/merging/merge-likeness.ts';
import { extractGold } from './gold-extracted.ts';
import { roundsFromHistory } from './gold-rounds.ts';
import { fitLogistic } from './logistic.ts';
import { type MergeModel, modelWeigher } from './merge-model.ts';
import {
  dateKey,
  type GoldArticle,
  type GoldEvent,
  type MergedSource,
  type MergeScore,
  scoreMerges,
} from './timeline-gold.ts';

const MODULE = new URL('./merge-model.ts', import.meta.url);
const SAME_EVENT_HAND = 0.25;

const args = process.argv.slice(2);
const option = (name: string, fallback: number) =>
  Number(args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const PENALTY = option('penalty', 1);
/** The last gold round of each fold; rounds 1 to 4 (and files named by no round) are the first. */
const FOLD_ROUNDS = [4, 8, 12, 17, 22];
const FOLDS = FOLD_ROUNDS.length;
const write = args.includes('--write');
// With --stack the hand likeness is a feature too: the model corrects the hand weights rather than replaces them.
const stack = args.includes('--stack');
const LINKS = [0.5, 0.6, 0.7];
const APARTS: (number | 'hand')[] = [0.1, 0.2, 'hand'];

interface Article {
  gold: GoldArticle;
  id: string;
  text: string;
  publishedAt: string | null;
  events: Event[];
}

interface Pair {
  story: string;
  features: number[];
  hand: number;
  same: boolean;
}
const articles: Article[] = await extractGold();
const stories = [...new Set(articles.map((a) => a.gold.story))];
const membersOf = (story: string) => articles.filter((a) => a.gold.story === story);
const inputOf = (members: readonly Article[]) =>
  members.map((a) => ({ articleId: a.id, events: a.events, publishedAt: a.publishedAt }));

/** Every pair of reports of one date from two articles of the story that the gold annotates, with its label. */
function pairsOf(story: string): Pair[] {
  const members = membersOf(story);
  if (members.length < 2) return [];
  const { items, weights } = mergeItemsOf(inputOf(members));
  const goldOf = (item: MergeItem): GoldEvent | undefined => {
    const article = members.find((a) => a.id === item.articleId)!;
    const sentence = article.text.slice(item.event.start, item.event.end);
    return article.gold.events.find((g) => sentence.startsWith(g.sentence) && dateKey(g) === dateKey(item.event));
  };
  const scored = items.flatMap((item) => {
    const g = goldOf(item);
    return g ? [{ item, gold: g }] : [];
  });
  const pairs: Pair[] = [];
  for (let i = 0; i < scored.length; i++) {
    for (let j = i + 1; j < scored.length; j++) {
      const [a, b] = [scored[i]!, scored[j]!];
      if (a.item.articleId === b.item.articleId || a.item.key !== b.item.key) continue;
      const features = likenessFeatures(a.item, b.item, weights);
      pairs.push({
        story,
        features: FEATURE_NAMES.map((name) => features[name]),
        hand: handLikeness(features),
        same: a.gold.event !== undefined && a.gold.event === b.gold.event,
      });
    }
  }
  return pairs;
}

function fitWeights(rows: readonly number[][], labels: readonly boolean[], penalty: number) {
  const { intercept, weights } = fitLogistic(
    rows,
    labels.map((label) => (label ? 1 : 0)),
    penalty,
  );
  return { bias: intercept, weights };
}

function modelOf(pairs: readonly Pair[], link: number, apart: number | 'hand'): MergeModel {
  const { bias, weights } = fitWeights(
    pairs.map((p) => (stack ? [...p.features, p.hand] : p.features)),
    pairs.map((p) => p.same),
    PENALTY,
  );
  // How many logit units one unit of hand likeness is worth: a one-feature fit, unregularised.
  const slope = fitWeights(
    pairs.map((p) => [p.hand]),
    pairs.map((p) => p.same),
    0,
  ).weights[0]!;
  const named = Object.fromEntries(FEATURE_NAMES.map((name, k) => [name, weights[k]!])) as Record<
    keyof LikenessFeatures,
    number
  >;
  const hand = stack ? weights[FEATURE_NAMES.length]! : 0;
  return { ...thresholded(bias, named, hand, link, apart), slope };
}

function thresholded(
  bias: number,
  weights: MergeModel['weights'],
  hand: number,
  link: number,
  apart: number | 'hand',
): Omit<MergeModel, 'slope'> {
  return apart === 'hand'
    ? { bias, weights, hand, link, apart: link, apartBy: 'hand' }
    : { bias, weights, hand, link, apart, apartBy: 'model' };
}

/** The model with the link probability and the way pairs are kept apart. */
function withThresholds(model: MergeModel, link: number, apart: number | 'hand'): MergeModel {
  return { ...thresholded(model.bias, model.weights, model.hand, link, apart), slope: model.slope };
}

const logitOfPair = (model: MergeModel, pair: Pair) =>
  FEATURE_NAMES.reduce(
    (s, name, k) => s + model.weights[name] * pair.features[k]!,
    model.bias + model.hand * pair.hand,
  );

/** The merged timeline entries of the given stories, as scoreMerges reads them. */
function sourcesOf(storyList: readonly string[], model: MergeModel | null, offset: { entries: number }) {
  const sources: MergedSource[] = [];
  for (const story of storyList) {
    for (const entry of mergeEvents(inputOf(membersOf(story)), model ? modelWeigher(model) : undefined)) {
      for (const source of entry.sources)
        sources.push({
          articleId: source.articleId,
          start: source.start,
          dateKey: dateKey(entry),
          entry: offset.entries,
        });
      offset.entries++;
    }
  }
  return sources;
}

function scoreOf(storyList: readonly string[], sources: readonly MergedSource[]): MergeScore {
  const inList = new Set(storyList);
  return scoreMerges(
    articles
      .filter((a) => inList.has(a.gold.story))
      .map((a) => ({
        articleId: a.id,
        gold: a.gold.events,
        found: a.events.map((e) => ({ ...e, sentence: a.text.slice(e.start, e.end) })),
      })),
    sources,
  );
}

const r3 = (x: number) => x.toFixed(3);
const line = (m: MergeScore) =>
  `F1 ${r3(m.f1)} (P ${r3(m.precision)}, R ${r3(m.recall)}); ${m.shownOnce}/${m.sharedEvents} shown once; ${m.wrongMerges} wrong merges`;

// Folds: a story falls in the fold of the round that added its first article.
const pairsByStory = new Map(stories.map((story) => [story, pairsOf(story)]));
const allPairs = [...pairsByStory.values()].flat();
const roundOf = roundsFromHistory(articles.map((a) => a.id));
const foldOf = new Map(
  stories.map((story) => {
    const first = Math.min(...membersOf(story).map((a) => roundOf.get(a.id) ?? 0));
    return [story, FOLD_ROUNDS.findIndex((last) => first <= last)] as const;
  }),
);
const storiesIn = (fold: number) => stories.filter((s) => foldOf.get(s) === fold);
console.log(
  `tuned pairs of one date from two articles: ${allPairs.length} (${allPairs.filter((p) => p.same).length} one happening); ` +
    `${stories.length} stories, ${FOLDS} folds by round, penalty ${PENALTY}`,
);

// Per fold: fitted on the other folds, scored on this one, for every link and apart probability.
const foldModels = Array.from({ length: FOLDS }, (_, fold) =>
  modelOf(
    allPairs.filter((p) => foldOf.get(p.story) !== fold),
    0.5,
    'hand',
  ),
);
const pooled = (model: (fold: number) => MergeModel | null) => {
  const offset = { entries: 0 };
  const sources = Array.from({ length: FOLDS }, (_, fold) => sourcesOf(storiesIn(fold), model(fold), offset)).flat();
  return scoreOf(stories, sources);
};
const hand = pooled(() => null);
console.log(`hand weights, all folds:          ${line(hand)}`);
let best: { link: number; apart: number | 'hand'; score: MergeScore } | undefined;
for (const link of LINKS) {
  for (const apart of APARTS) {
    const score = pooled((fold) => withThresholds(foldModels[fold]!, link, apart));
    console.log(`model CV link ${link} apart ${apart}:  ${line(score)}`);
    if (
      !best ||
      score.wrongMerges < best.score.wrongMerges ||
      (score.wrongMerges === best.score.wrongMerges && score.f1 > best.score.f1)
    )
      best = { link, apart, score };
  }
}
const { link, apart } = best!;
console.log(`chosen link ${link}, apart ${apart}`);
for (let fold = 0; fold < FOLDS; fold++) {
  const test = allPairs.filter((p) => foldOf.get(p.story) === fold);
  const model = withThresholds(foldModels[fold]!, link, apart);
  const right = (yes: (p: Pair) => boolean) => test.filter((p) => yes(p) === p.same).length;
  const handRight = right((p) => p.hand >= SAME_EVENT_HAND);
  const modelRight = right((p) => 1 / (1 + Math.exp(-logitOfPair(model, p))) >= link);
  const storyList = storiesIn(fold);
  console.log(
    `fold ${fold + 1} (${storyList.length} stories, ${test.length} pairs): pairs right hand ${handRight}, model ${modelRight}\n` +
      `  hand:  ${line(scoreOf(storyList, sourcesOf(storyList, null, { entries: 0 })))}\n` +
      `  model: ${line(scoreOf(storyList, sourcesOf(storyList, model, { entries: 0 })))}`,
  );
}

// How fragile each way is, pair by pair: pairs of two happenings at or above the link (kept apart, if at all, only by
// another pair of their groups), and pairs of one happening below it; the model's, fitted without the pair's fold.
const twoAbove = (above: (p: Pair) => boolean) => allPairs.filter((p) => !p.same && above(p)).length;
const oneBelow = (above: (p: Pair) => boolean) => allPairs.filter((p) => p.same && !above(p)).length;
const handAbove = (p: Pair) => p.hand >= SAME_EVENT_HAND;
const modelAbove = (p: Pair) =>
  logitOfPair(withThresholds(foldModels[foldOf.get(p.story)!]!, link, apart), p) >= Math.log(link / (1 - link));
console.log(
  `pairs of two happenings at or above the link: hand ${twoAbove(handAbove)}, model (CV) ${twoAbove(modelAbove)}; ` +
    `pairs of one happening below it: hand ${oneBelow(handAbove)}, model (CV) ${oneBelow(modelAbove)}`,
);

const final = modelOf(allPairs, link, apart);
const inSample = pooled(() => final);
console.log(`model fitted on all tuned pairs, in sample: ${line(inSample)}`);
const timed = (model: MergeModel | null) => {
  const started = performance.now();
  for (let round = 0; round < 3; round++) sourcesOf(stories, model, { entries: 0 });
  return (performance.now() - started) / (3 * stories.length);
};
timed(null);
console.log(`ms per story merge: hand ${timed(null).toFixed(2)}, model ${timed(final).toFixed(2)}`);
console.log(
  FEATURE_NAMES.map((name) => `${name} ${final.weights[name].toFixed(3)}`).join(', ') +
    `; hand ${final.hand.toFixed(3)}; bias ${final.bias.toFixed(3)}; slope ${final.slope.toFixed(3)}`,
);

if (write) {
  const source = readFileSync(MODULE, 'utf8');
  const at = source.indexOf('// FITTED:');
  const weights = FEATURE_NAMES.map((name) => `    ${name}: ${final.weights[name].toFixed(4)},`).join('\n');
  const fitted = `// FITTED: written ${new Date().toISOString().slice(0, 10)} by \`npx tsx tests/bench/fit-merge.ts --write\` on the ${allPairs.length} pairs of one
// date from two articles of the tuned rounds (gold shared keys as labels), penalty ${PENALTY}; link and apart chosen
// by ${FOLDS}-fold leave-rounds-out cross-validation (fewest wrong merges, then F1), pooled over the folds:
//   model ${line(best!.score)}
//   hand weights (in sample) ${line(hand)}
export const FITTED_MODEL: MergeModel = {
  bias: ${final.bias.toFixed(4)},
  weights: {
${weights}
  },
  hand: ${final.hand.toFixed(4)},
  link: ${final.link},
  apart: ${final.apart},
  apartBy: '${final.apartBy}',
  slope: ${final.slope.toFixed(4)},
};
`;
  writeFileSync(MODULE, source.slice(0, at) + fitted);
  console.log(`wrote ${MODULE.pathname}`);
}
