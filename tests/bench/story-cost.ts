// How long grouping the tuned gold articles into stories takes (held-out articles are never loaded), both ways the
// core groups: in one batch (`clusterStories`, as the bench and page handlers do) and one by one as they arrive
// (StoryAssigner, as the app does), with a digest of every article's story each way, so a change meant to make
// grouping cheaper can show it grouped the very same way. Figures, never pass/fail.
// The machine may be shared: CPU time is steadier than the wait.
// Run: npx tsx tests/bench/story-cost.ts [rounds] (default 3)
import { createHash } from 'node:crypto';
import { clusterStories, fingerprintArticle } from '../../electron/core/timeline/stories/stories.ts';
import { StoryAssigner } from '../../electron/core/timeline/stories/story-assigner.ts';
import { loadTunedArticles } from './tuned-stories.ts';

const rounds = Number(process.argv[2] ?? 3);
const articles = await loadTunedArticles();

/** Every article's story, as `clusterStories` groups them (fingerprinting included). */
const batch = () => {
  const storyOf: Record<string, string> = {};
  for (const story of clusterStories(articles)) for (const id of story.articleIds) storyOf[id] = story.storyId;
  return storyOf;
};

/** Every article's story, placed one by one in the gold file's order as the app places an arriving article. */
const arriving = () => {
  const assigner = new StoryAssigner();
  const storyOf: Record<string, string> = {};
  for (const article of articles) {
    const fingerprint = fingerprintArticle(article);
    const placement = assigner.place(fingerprint);
    assigner.add(fingerprint, placement.story ?? `story-${article.id}`);
  }
  for (const article of articles) storyOf[article.id] = assigner.storyOf(article.id)!;
  return storyOf;
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const digestOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

function measure(name: string, run: () => Record<string, string>): string {
  const [times, cpuTimes] = [[] as number[], [] as number[]];
  let found: Record<string, string> = {};
  for (let round = 0; round < rounds; round++) {
    const [started, cpu] = [performance.now(), process.cpuUsage()];
    found = run();
    times.push(Math.round(performance.now() - started));
    const used = process.cpuUsage(cpu);
    cpuTimes.push(Math.round((used.user + used.system) / 1000));
  }
  return `${name}: ${times.join(', ')} ms (median ${median(times)}; CPU ${cpuTimes.join(', ')} ms, median ${median(cpuTimes)}); story digest ${digestOf(found)}`;
}

const [fingerprintStarted, fingerprintCpu] = [performance.now(), process.cpuUsage()];
for (const article of articles) fingerprintArticle(article);
const fingerprintUsed = process.cpuUsage(fingerprintCpu);
process.stdout.write(
  `grouping ${articles.length} tuned articles; fingerprinting them once: ${Math.round(performance.now() - fingerprintStarted)} ms (CPU ${Math.round((fingerprintUsed.user + fingerprintUsed.system) / 1000)} ms)\n`,
);
process.stdout.write(`${measure('clusterStories', batch)}\n`);
process.stdout.write(`${measure('StoryAssigner, one by one', arriving)}\n`);
