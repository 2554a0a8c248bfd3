// How long merging each gold story's events takes, over the tuned articles only (held-out articles are never loaded),
// and a digest of what it made, so a change meant to make merging cheaper can show it made the very same timeline.
// Each round starts from the state the app starts a story's timeline from: readings kept from earlier stories may
// help, as they would in the app, and are not cleared. Figures, never pass/fail.
// The machine may be shared: CPU time is steadier than the wait.
// Run: npx tsx tests/bench/merge-cost.ts [rounds] (default 3)
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extractFromHtml } from '../../electron/core/extract/index.ts';
import { extractEvents } from '../../electron/core/timeline/extraction/events.ts';
import { mergeEvents } from '../../electron/core/timeline/merging/merge-events.ts';
import { loadGold } from './timeline-gold.ts';

const ROOT = new URL('../../', import.meta.url);
const SAVED_AT = '2026-01-01T00:00:00Z';

const rounds = Number(process.argv[2] ?? 3);
const gold = loadGold().filter((a) => !a.heldOut);
const articles = await Promise.all(
  gold.map(async (g) => {
    const page = await extractFromHtml(readFileSync(new URL(g.file, ROOT), 'utf8'), {
      url: `https://bench.example/${g.file}`,
    });
    const events = extractEvents(page.text, { publishedAt: page.publishedAt, savedAt: g.savedAt ?? SAVED_AT });
    return { story: g.story, articleId: g.file, events, publishedAt: page.publishedAt };
  }),
);
const stories = [...new Set(articles.map((a) => a.story))].map((story) => articles.filter((a) => a.story === story));
const mergeAll = () => stories.map((story) => mergeEvents(story));

const times: number[] = [];
const cpuTimes: number[] = [];
let merged: unknown;
for (let round = 0; round < rounds; round++) {
  const [started, cpu] = [performance.now(), process.cpuUsage()];
  merged = mergeAll();
  times.push(Math.round(performance.now() - started));
  const used = process.cpuUsage(cpu);
  cpuTimes.push(Math.round((used.user + used.system) / 1000));
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const digest = createHash('sha256').update(JSON.stringify(merged)).digest('hex').slice(0, 16);
const events = articles.reduce((sum, a) => sum + a.events.length, 0);
process.stdout.write(
  `merging ${stories.length} tuned stories (${articles.length} articles, ${events} events): ${times.join(', ')} ms (median ${median(times)}; CPU ${cpuTimes.join(', ')} ms, median ${median(cpuTimes)}); timeline digest ${digest}\n`,
);
