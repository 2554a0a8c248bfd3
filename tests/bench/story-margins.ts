// How narrowly the tuned gold articles of one story join, and how near different stories come: for every pair of one
// story, its similarity beside the join threshold and which part carried it (the words, the names, a count or moment
// in common, or a rule that set the names aside); for every pair of different stories above half the threshold the
// same. Pairs of one story below the threshold join only through a third article (chaining), if at all. A summary
// counts the pairs of one story within 0.05 and 0.1 above the threshold, and gives the highest pair of two stories.
// Held-out articles are left out altogether, so nothing of them is printed or clustered.
// Run from the repository root: `npx tsx tests/bench/story-margins.ts [--only=<file part>] [--quiet]`.
import { JOIN_THRESHOLD, similarityParts } from '../../electron/core/timeline/stories/stories.ts';
import { loadTunedStories, shortName } from './tuned-stories.ts';

const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const quiet = process.argv.includes('--quiet');

const { prints, goldStory, found, idf, entityIdf } = await loadTunedStories();
const short = shortName;

interface Row {
  line: string;
  margin: number;
  same: boolean;
}
const rows: Row[] = [];
for (let i = 0; i < prints.length; i++) {
  for (let j = i + 1; j < prints.length; j++) {
    const [a, b] = [prints[i]!, prints[j]!];
    if (only && !a.id.includes(only) && !b.id.includes(only)) continue;
    const same = goldStory.get(a.id) === goldStory.get(b.id);
    const p = similarityParts(a, b, idf, entityIdf);
    if (!same && p.score < JOIN_THRESHOLD / 2) continue;
    const words = 0.5 * p.text;
    const names = p.score - words;
    const carried = words >= names ? 'words' : p.sameCounts ? 'names+counts/moments' : 'names';
    const together = found.get(a.id) === found.get(b.id);
    const how = p.score >= JOIN_THRESHOLD ? 'direct' : together ? 'CHAINED' : 'apart';
    const line = [
      `${same ? 'SAME ' : 'CROSS'} ${(p.score - JOIN_THRESHOLD >= 0 ? '+' : '') + (p.score - JOIN_THRESHOLD).toFixed(3)}`,
      `score ${p.score.toFixed(3)} (words ${words.toFixed(3)} + names ${names.toFixed(3)})`,
      `text ${p.text.toFixed(3)} shared ${p.shared.toFixed(3)} overlap ${p.names.toFixed(3)} common ${p.common}`,
      `${p.route}${p.sameCounts ? ' counts' : ''} ${carried} ${how}`,
      `${short(a.id)} ~ ${short(b.id)}`,
    ].join('  ');
    rows.push({ line, margin: p.score - JOIN_THRESHOLD, same });
  }
}
rows.sort((x, y) => x.margin - y.margin);
if (!quiet) for (const row of rows) console.log(row.line);
const sameRows = rows.filter((row) => row.same);
const crossRows = rows.filter((row) => !row.same);
const within = (limit: number) => sameRows.filter((row) => row.margin >= 0 && row.margin < limit).length;
console.log(
  `same-story pairs ${sameRows.length}: below threshold ${sameRows.filter((row) => row.margin < 0).length}, ` +
    `within 0.05 above ${within(0.05)}, within 0.1 above ${within(0.1)}`,
);
const highest = crossRows.at(-1);
console.log(
  `cross-story pairs above ${JOIN_THRESHOLD / 2}: ${crossRows.length}, above threshold ${crossRows.filter((row) => row.margin >= 0).length}, highest: ${highest?.line ?? '(none)'}`,
);
