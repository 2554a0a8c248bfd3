// Opens the timeline of a library's largest story through the core, as the app does, twice: how long the reader
// waits the first time and the second (a built story timeline kept), how often the core told how far it got, and
// how long the list of articles took meanwhile (asked every quarter second, as a reader moving about the app would).
// For profiling a long-running story:
//
//   npx tsx tests/bench/big-story-open.ts <libraryDir> [--times 2]
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx tests/bench/big-story-open.ts <libraryDir>
import { parseArgs } from 'node:util';
import { openBenchCore } from './bench-core.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { times: { type: 'string' } } });
const [libraryDir] = positionals;
if (!libraryDir) throw new Error('usage: big-story-open.ts <libraryDir> [--times N]');
const times = Number(values.times ?? 2);

const core = await openBenchCore(libraryDir, true);
await core.timeline.idle();
const listed = await core.dispatch('stories.list', { minArticles: 2 });
if (!listed.ok) throw new Error(listed.error.message);
const stories = (listed.value as { stories: { id: string; title: string; articleIds: string[] }[] }).stories;
const largest = [...stories].sort((a, b) => b.articleIds.length - a.articleIds.length)[0];
if (!largest) throw new Error('the library has no story of two articles or more');
let progressReports = 0;
core.onEvent((name, payload) => {
  if (name === 'progress' && (payload as { taskId?: string }).taskId === 'timeline-merge') progressReports++;
});
for (let run = 1; run <= times; run++) {
  const started = performance.now();
  progressReports = 0;
  const listWaits: number[] = [];
  let opening = true;
  const lists = (async () => {
    while (opening) {
      const asked = performance.now();
      await core.dispatch('library.list', { view: 'all' });
      listWaits.push(performance.now() - asked);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  const shown = await core.dispatch('timeline.get', { scope: { kind: 'story', storyId: largest.id } });
  opening = false;
  await lists;
  if (!shown.ok) throw new Error(shown.error.message);
  const { events } = shown.value as { events: { sources: unknown[] }[] };
  const sources = events.reduce((sum, event) => sum + event.sources.length, 0);
  const ms = Math.round(performance.now() - started);
  process.stdout.write(
    `open ${run}: ${ms} ms — "${largest.title}", ${largest.articleIds.length} articles, ${events.length} entries, ` +
      `${sources} sources; ${progressReports} progress reports; list of articles meanwhile ${listWaits.length}× ` +
      `(slowest ${Math.round(Math.max(0, ...listWaits))} ms)\n`,
  );
}
await core.close();
