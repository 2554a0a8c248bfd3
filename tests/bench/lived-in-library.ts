// A library as a reader who has used newsreaders for years has one: 1,600 articles of varied length with dated
// events and stories, dozens of tags (some with long names), 36 feeds (some with long titles, some failing, in
// folders), highlights and notes. For looking at the UI with a big library (screenshots, manual review).
//
//   npx tsx tests/bench/lived-in-library.ts <dir> [--articles N] [--feed-port 47392]
//   npx tsx tests/bench/lived-in-library.ts --serve-feeds [--feed-port 47392]   (keeps the healthy feeds answering)
//
// The healthy feeds live on 127.0.0.1:<feed-port>; while `--serve-feeds` runs, the app refreshes them; the
// failing ones point at a port nothing answers on, or at a path the feed server does not know.
import { parseArgs } from 'node:util';
import { fillLivedInLibrary, serveFeeds } from './lived-in-fill.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    articles: { type: 'string', default: '1600' },
    'feed-port': { type: 'string', default: '47392' },
    'serve-feeds': { type: 'boolean', default: false },
  },
});
const feedPort = Number(values['feed-port']);
if (values['serve-feeds']) {
  await serveFeeds(feedPort);
  console.log(`feeds on http://127.0.0.1:${feedPort}/ (Ctrl+C stops)`);
} else if (positionals[0]) {
  const started = performance.now();
  await fillLivedInLibrary(positionals[0], Number(values.articles), feedPort);
  console.log(`library in ${positionals[0]} (${Math.round(performance.now() - started)} ms)`);
} else {
  console.error('usage: tsx tests/bench/lived-in-library.ts <dir> [--articles N] | --serve-feeds');
  process.exitCode = 2;
}
