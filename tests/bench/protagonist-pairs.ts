// Where the rule keeping apart two openings' protagonists (protagonists-apart.ts) fires among the tuned and study gold
// articles: how many articles' openings tell a suspect or a victim, and every pair it keeps apart, with the similarity
// the pair would have without it and whether the gold puts the two in one story. Held-out articles are left out
// altogether, so nothing of them is read or printed.
// Run from the repository root: `npx tsx tests/bench/protagonist-pairs.ts [--cast]` (--cast lists each opening's).

import { namesWord, protagonistsApart } from '../../electron/core/timeline/extraction/protagonists-apart.ts';
import { JOIN_THRESHOLD, similarity } from '../../electron/core/timeline/stories/stories.ts';
import { loadTunedStories, shortName } from './tuned-stories.ts';

const { prints, goldStory, idf, entityIdf } = await loadTunedStories();
const cast = prints.filter((print) => print.protagonists);
if (process.argv.includes('--cast'))
  for (const print of cast) console.log(`${shortName(print.id)}  ${JSON.stringify(print.protagonists)}`);
let [fired, sameStory, wouldJoin] = [0, 0, 0];
for (let i = 0; i < prints.length; i++) {
  for (let j = i + 1; j < prints.length; j++) {
    const [a, b] = [prints[i]!, prints[j]!];
    if (!protagonistsApart(a, b, namesWord)) continue;
    fired++;
    const same = goldStory.get(a.id) === goldStory.get(b.id);
    if (same) sameStory++;
    const without = similarity({ ...a, protagonists: undefined }, { ...b, protagonists: undefined }, idf, entityIdf);
    if (without >= JOIN_THRESHOLD) wouldJoin++;
    console.log(
      `${same ? 'SAME STORY' : 'two stories'}  ${without.toFixed(3)}${without >= JOIN_THRESHOLD ? ' (would join)' : ''}  ${shortName(a.id)} ~ ${shortName(b.id)}`,
    );
  }
}
console.log(
  `${cast.length} of ${prints.length} tuned and study articles tell a protagonist; the rule keeps apart ${fired} pairs (${articlesIn()} articles), ${wouldJoin} that would join, ${sameStory} of one gold story`,
);

function articlesIn(): number {
  const ids = new Set<string>();
  for (const a of prints) for (const b of prints) if (a !== b && protagonistsApart(a, b, namesWord)) ids.add(a.id);
  return ids.size;
}
