// Fits the story model (tests/bench/story-model.ts): a logistic regression over the parts of the story
// similarity (`similarityParts`), on every pair of tuned gold articles published within NEARBY_DAYS of each other,
// labelled by whether the gold puts them in one story. Held-out articles are left out altogether (loadTunedStories).
//
// Before it writes anything it cross-validates by rounds: the tuned articles fall in five folds by the gold round that
// added them (the commit that added each file names its round; the first files, named by no round, are rounds 1 to 4),
// the model is fitted on four folds' pairs and its threshold chosen on them, and the fifth fold's articles are grouped
// (as clusterStories groups them: oldest first, `chooseStory`) by the hand rules and by the model; pairwise F1,
// precision and recall are printed per fold for both. The hand rules were tuned on all five folds, so their figures
// here are seen ones: the model must beat them out of sight to be worth switching to.
// It also times a pair comparison with and without the model.
//
// Run from the repository root: `npx tsx tests/bench/fit-stories.ts [--write] [--probes] [--penalty=1]
// [--drop=handScore,...]`; `--write` writes the weights fitted on all tuned pairs into story-model.ts's FITTED block,
// `--probes` scores the story probes' set A (never set B) grouped by the hand rules and by the model fitted on all pairs,
// `--penalty` sets the L2 penalty and `--drop` leaves features out, to compare readings by CV.
import { readFileSync, writeFileSync } from 'node:fs';
import { inverseDocumentFrequency } from '../../electron/core/timeline/language/similarity.ts';
import {
  type ArticleFingerprint,
  chooseStory,
  fingerprintArticle,
  JOIN_THRESHOLD,
  type SimilarityParts,
  similarityParts,
} from '../../electron/core/timeline/stories/stories.ts';
import { roundsFromHistory } from './gold-rounds.ts';
import { fitLogistic } from './logistic.ts';
import { daysApart, FEATURE_NAMES, type StoryModel, storyChance, storyFeatures } from './story-model.ts';
import { benchStudyProbes, type Grouping, storyProbeLines } from './story-probes.ts';
import { loadTunedStories } from './tuned-stories.ts';

/** Pairs further apart than this are not compared for fitting: a library's stories rarely run longer. */
const NEARBY_DAYS = 60;
/** Folds by the gold round that added an article; rounds 1 to 4 (and the files named by no round) are the first. */
const FOLD_ROUNDS = [4, 8, 12, 17, 22];

const argument = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
/** Features left out (`--drop=handScore,daysApart`): their weight is held at 0, to compare readings by CV. */
const dropped = new Set((argument('drop') ?? '').split(',').filter(Boolean));
const penalty = Number(argument('penalty') ?? 1);

const { prints, goldStory, idf, entityIdf } = await loadTunedStories();
const roundOf = roundsFromHistory(prints.map((print) => print.id));
const foldOf = (id: string) => FOLD_ROUNDS.findIndex((last) => (roundOf.get(id) ?? 0) <= last);

interface Pair {
  i: number;
  j: number;
  parts: SimilarityParts;
  features: number[];
  same: boolean;
}

const pairs: Pair[] = [];
const partsOf = new Map<string, SimilarityParts>();
for (let i = 0; i < prints.length; i++) {
  for (let j = i + 1; j < prints.length; j++) {
    const [a, b] = [prints[i]!, prints[j]!];
    const parts = similarityParts(a, b, idf, entityIdf);
    partsOf.set(`${i}:${j}`, parts);
    const days = daysApart(a, b);
    if (days > NEARBY_DAYS) continue;
    const same = goldStory.get(a.id) === goldStory.get(b.id);
    pairs.push({ i, j, parts, features: storyFeatures(parts, days), same });
  }
}
console.log(
  `${prints.length} tuned articles, ${pairs.length} pairs within ${NEARBY_DAYS} days (${pairs.filter((p) => p.same).length} of one story)`,
);

/** The fitted model, its threshold the chance that best parts the training pairs (pairwise F1 of direct decisions). */
function fitModel(training: readonly Pair[]): StoryModel {
  const kept = FEATURE_NAMES.flatMap((name, index) => (dropped.has(name) ? [] : [index]));
  const fitted = fitLogistic(
    training.map((pair) => kept.map((index) => pair.features[index]!)),
    training.map((pair) => (pair.same ? 1 : 0)),
    penalty,
  );
  const weights = FEATURE_NAMES.map((_, index) => (kept.includes(index) ? fitted.weights[kept.indexOf(index)]! : 0));
  const intercept = fitted.intercept;
  const model = { intercept, weights, threshold: 0.5 };
  const chances = training.map((pair) => ({ chance: storyChance(model, pair.features), same: pair.same }));
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.05; t < 0.96; t += 0.01) {
    const f1 = pairF1(chances.map(({ chance, same }) => ({ joined: chance >= t, same }))).f1;
    if (f1 > best.f1) best = { threshold: t, f1 };
  }
  return { ...model, threshold: Math.round(best.threshold * 100) / 100 };
}

function pairF1(decisions: readonly { joined: boolean; same: boolean }[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { joined, same } of decisions) {
    if (joined && same) tp++;
    else if (joined) fp++;
    else if (same) fn++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

/** Groups the articles (by index) as clusterStories does, with `score` for a pair and `threshold` to join. */
function group(members: readonly number[], score: (i: number, j: number) => number): Map<number, number> {
  const order = [...members].sort((x, y) => publicationOrder(prints[x]!).localeCompare(publicationOrder(prints[y]!)));
  const storyOf = new Map<number, number>();
  for (const next of order) {
    const chosen = chooseStory(
      [...storyOf].map(([member, story]) => ({
        story,
        member,
        score: score(Math.min(member, next), Math.max(member, next)),
      })),
    );
    storyOf.set(next, chosen ? chosen.story : next);
  }
  return storyOf;
}

function publicationOrder(print: ArticleFingerprint): string {
  const time = Date.parse(print.publishedAt ?? '');
  return Number.isNaN(time) ? '\uffff' : new Date(time).toISOString();
}

function groupingF1(members: readonly number[], storyOf: Map<number, number>) {
  const decisions: { joined: boolean; same: boolean }[] = [];
  for (let x = 0; x < members.length; x++)
    for (let y = x + 1; y < members.length; y++) {
      const [i, j] = [members[x]!, members[y]!];
      decisions.push({
        joined: storyOf.get(i) === storyOf.get(j),
        same: goldStory.get(prints[i]!.id) === goldStory.get(prints[j]!.id),
      });
    }
  return pairF1(decisions);
}

const handScore = (i: number, j: number) => partsOf.get(`${i}:${j}`)!.score;
function modelScore(model: StoryModel): (i: number, j: number) => number {
  // The chance scaled so that the model's threshold falls on JOIN_THRESHOLD, as chooseStory reads it.
  return (i, j) =>
    (storyChance(model, storyFeatures(partsOf.get(`${i}:${j}`)!, daysApart(prints[i]!, prints[j]!))) * JOIN_THRESHOLD) /
    model.threshold;
}

const f = (value: number) => value.toFixed(3);
const line = (name: string, s: ReturnType<typeof pairF1>) =>
  `${name} F1 ${f(s.f1)} (P ${f(s.precision)}, R ${f(s.recall)}; ${s.tp} right, ${s.fp} wrong joins, ${s.fn} missed)`;
const totals: Record<'hand' | 'model', [number, number, number]> = { hand: [0, 0, 0], model: [0, 0, 0] };
for (let fold = 0; fold < FOLD_ROUNDS.length; fold++) {
  const members = prints.map((_, index) => index).filter((index) => foldOf(prints[index]!.id) === fold);
  const training = pairs.filter((pair) => foldOf(prints[pair.i]!.id) !== fold && foldOf(prints[pair.j]!.id) !== fold);
  const model = fitModel(training);
  const hand = groupingF1(members, group(members, handScore));
  const fitted = groupingF1(members, group(members, modelScore(model)));
  for (const [key, s] of [
    ['hand', hand],
    ['model', fitted],
  ] as const) {
    totals[key][0] += s.tp;
    totals[key][1] += s.fp;
    totals[key][2] += s.fn;
  }
  const first = fold === 0 ? 1 : FOLD_ROUNDS[fold - 1]! + 1;
  console.log(
    `fold ${fold + 1} (rounds ${first}-${FOLD_ROUNDS[fold]}, ${members.length} articles, threshold ${model.threshold})`,
  );
  console.log(`  ${line('hand ', hand)}`);
  console.log(`  ${line('model', fitted)}`);
}
for (const key of ['hand', 'model'] as const) {
  const [tp, fp, fn] = totals[key];
  const precision = tp! / (tp! + fp!);
  const recall = tp! / (tp! + fn!);
  console.log(
    `all folds ${key}: F1 ${f((2 * precision * recall) / (precision + recall))} (P ${f(precision)}, R ${f(recall)})`,
  );
}

const final = fitModel(pairs);
console.log(`fitted on all ${pairs.length} pairs: threshold ${final.threshold}`);
for (const [index, name] of FEATURE_NAMES.entries()) console.log(`  ${name.padEnd(18)} ${f(final.weights[index]!)}`);
console.log(`  ${'intercept'.padEnd(18)} ${f(final.intercept)}`);
timeComparisons(final);
if (process.argv.includes('--write')) writeModel(final);
if (process.argv.includes('--probes')) {
  // Set A of the story probes (study set): the hand rules through this same grouping first, to show it is clusterStories'.
  for (const [name, score] of [
    ['hand ', (parts: SimilarityParts) => parts.score],
    [
      'model',
      (parts: SimilarityParts, days: number) =>
        (storyChance(final, storyFeatures(parts, days)) * JOIN_THRESHOLD) / final.threshold,
    ],
  ] as const)
    for (const line of storyProbeLines(await benchStudyProbes(groupingBy(score)))) console.log(`${name} ${line}`);
}

/** clusterStories' grouping (assignToStory's weights over the articles so far, `chooseStory`) with another score. */
function groupingBy(score: (parts: SimilarityParts, days: number) => number): Grouping {
  return (articles) => {
    const ordered = [...articles]
      .map(fingerprintArticle)
      .sort((x, y) => publicationOrder(x).localeCompare(publicationOrder(y)));
    const stories: ArticleFingerprint[][] = [];
    for (const print of ordered) {
      const everyone = [...stories.flat(), print];
      const wordIdf = inverseDocumentFrequency(everyone.map((member) => member.terms));
      const nameIdf = inverseDocumentFrequency(everyone.map((member) => member.entities));
      const chosen = chooseStory(
        stories.flatMap((members, story) =>
          members.map((member) => ({
            story,
            member,
            score: score(similarityParts(print, member, wordIdf, nameIdf), daysApart(print, member)),
          })),
        ),
      );
      if (chosen) stories[chosen.story]!.push(print);
      else stories.push([print]);
    }
    return stories.map((members) => ({ articleIds: members.map((member) => member.id) }));
  };
}

/** Milliseconds per pair: the parts alone (the hand rules' score), and the parts read by the model. */
function timeComparisons(model: StoryModel): void {
  const sample = pairs.slice(0, 20_000);
  const run = (withModel: boolean) => {
    const start = performance.now();
    let sum = 0;
    for (const { i, j } of sample) {
      const parts = similarityParts(prints[i]!, prints[j]!, idf, entityIdf);
      sum += withModel ? storyChance(model, storyFeatures(parts, daysApart(prints[i]!, prints[j]!))) : parts.score;
    }
    return { ms: (performance.now() - start) / sample.length, sum };
  };
  // Alternated five times after a warm-up, the median of each: timings of one run swing with the machine's load.
  run(false);
  run(true);
  const times = { hand: [] as number[], model: [] as number[] };
  for (let round = 0; round < 5; round++) {
    times.hand.push(run(false).ms);
    times.model.push(run(true).ms);
  }
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[2]!;
  const [hand, withModel] = [{ ms: median(times.hand) }, { ms: median(times.model) }];
  console.log(`cost: ${hand.ms.toFixed(4)} ms per pair by hand rules, ${withModel.ms.toFixed(4)} with the model`);
}

function writeModel(model: StoryModel): void {
  const path = new URL('./story-model.ts', import.meta.url);
  const source = readFileSync(path, 'utf8');
  const block = [
    `// FITTED: written by \`npx tsx tests/bench/fit-stories.ts --write${penalty === 1 ? '' : ` --penalty=${penalty}`}\``,
    `// on ${pairs.length} pairs of tuned gold articles within ${NEARBY_DAYS} days, ${new Date().toISOString().slice(0, 10)},`,
    `// L2 penalty ${penalty}${dropped.size ? `, without ${[...dropped].join(', ')}` : ''}.`,
    'export const FITTED: StoryModel = {',
    `  intercept: ${Number(model.intercept.toFixed(4))},`,
    `  weights: [${model.weights.map((w) => Number(w.toFixed(4))).join(', ')}],`,
    `  threshold: ${model.threshold},`,
    '};',
    '// END FITTED',
  ].join('\n');
  const replaced = /\/\/ FITTED:[\s\S]*?\/\/ END FITTED/.test(source)
    ? source.replace(/\/\/ FITTED:[\s\S]*?\/\/ END FITTED/, block)
    : `${source.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, replaced);
  console.log('wrote tests/bench/story-model.ts');
}
