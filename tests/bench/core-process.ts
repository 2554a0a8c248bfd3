// One core process on a generated library, as the app runs it. `build`: open to the first page of
// the list, build the search index from the article files, search through the dispatcher (snippets
// read from disk), close (the index is saved). `load`: open, load the saved index, then tag and
// highlight articles with a search after each (the write must not wait for the index; the search
// catches up). Prints one JSON line; its peak memory is the core's alone, not the bench's.
// Run by library.ts as a child process.
import { openBenchCore } from './bench-core.ts';

const median = (values: number[]) => percentile(values, 0.5);
const percentile = (values: number[], p: number) =>
  [...values].sort((x, y) => x - y)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

/** Queries in the generated library's own words: words, pairs, prefixes, typos, phrases, filters. */
const words =
  'council river harbour minister strike rail talks budget court inquiry flood vote energy market school hospital'.split(
    ' ',
  );
const tags = ['strike', 'talks', 'flood', 'court', 'school'];
const queries = words.flatMap((word, i) => {
  const other = words[(i * 5 + 3) % words.length]!;
  const typo = word.length > 5 ? `${word.slice(0, 2)}${word[3]}${word[2]}${word.slice(4)}` : word;
  const tag = tags[i % tags.length];
  return [word, `${word} ${other}`, word.slice(0, 3), typo, `"${word} ${other}"`, `${word} is:unread tag:${tag}`];
});

const [libraryDir, mode] = process.argv.slice(2) as [string, 'build' | 'load'];
const open = () => openBenchCore(libraryDir);

let start = performance.now();
const core = await open();
await core.dispatch('library.list', { view: 'inbox' });
const openMs = performance.now() - start;
start = performance.now();
await core.search.warmUp();
const indexMs = performance.now() - start;
const timings: number[] = [];
for (const query of mode === 'build' ? queries : []) {
  start = performance.now();
  const answer = await core.dispatch('search.query', { query, limit: 20 });
  timings.push(performance.now() - start);
  if (!answer.ok) throw new Error(`${query}: ${answer.error.message}`);
}
const tagWrites: number[] = [];
const highlightWrites: number[] = [];
const searchesAfterWrite: number[] = [];
if (mode === 'load') {
  const listed = await core.dispatch('library.list', { view: 'all' });
  if (!listed.ok) throw new Error(listed.error.message);
  const ids = (listed.value as { articles: { id: string }[] }).articles.map((article) => article.id);
  const timed = async (times: number[], method: string, input: unknown) => {
    const began = performance.now();
    const answer = await core.dispatch(method, input);
    times.push(performance.now() - began);
    if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
    return answer.value;
  };
  for (let i = 0; i < 20; i++) {
    const id = ids[(i * 7919) % ids.length]!;
    await timed(tagWrites, 'article.tag', { ids: [id], add: [`bench${i}`], remove: [] });
    const found = (await timed(searchesAfterWrite, 'search.query', { query: `tag:bench${i}` })) as {
      results: { id: string }[];
    };
    if (found.results[0]?.id !== id) throw new Error(`tag:bench${i} did not find the article just tagged`);
    await timed(highlightWrites, 'annotations.create', {
      kind: 'highlight',
      articleId: id,
      range: { start: 0, end: 20 },
    });
  }
}
await core.close();
process.stdout.write(
  `${JSON.stringify({
    openMs,
    indexMs,
    searchP50Ms: timings.length > 0 ? percentile(timings, 0.5) : null,
    searchP95Ms: timings.length > 0 ? percentile(timings, 0.95) : null,
    tagWriteMs: tagWrites.length > 0 ? median(tagWrites) : null,
    highlightWriteMs: highlightWrites.length > 0 ? median(highlightWrites) : null,
    searchAfterWriteMs: searchesAfterWrite.length > 0 ? median(searchesAfterWrite) : null,
    rssMB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
