// Story grouping's pairwise figures alone (tuned, held out, study), fast enough to run after each change: the pages
// are read once and kept in a cache file outside the repository (STORY_PAGES_CACHE, default in the OS temp folder).
// Held-out articles are clustered (they are placed beside the others, as in the bench) but only their totals print;
// `--pairs` lists the wrong pairs of study and tuned articles only; `--seen` leaves the held-out totals unprinted (the
// held-out articles are still clustered), for trying a change without looking at them.
// Run from the repository root: `npx tsx tests/bench/story-figures.ts [--pairs] [--seen]`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFromHtml } from '../../electron/core/extract/index.ts';
import { extractEntities } from '../../electron/core/timeline/extraction/entities.ts';
import { KNOWN_WORDS } from '../../electron/core/timeline/language/lexicon.ts';
import { clusterStories } from '../../electron/core/timeline/stories/stories.ts';
import { loadGold, pairwiseScore } from './timeline-gold.ts';

const ROOT = new URL('../../', import.meta.url);
const CACHE = process.env.STORY_PAGES_CACHE ?? join(tmpdir(), 'annals-story-pages.json');
type Page = { id: string; title: string; text: string; publishedAt: string | null };

const gold = loadGold();
let pages: Page[];
if (existsSync(CACHE)) pages = JSON.parse(readFileSync(CACHE, 'utf8'));
else {
  pages = await Promise.all(
    gold.map(async (entry) => {
      const page = await extractFromHtml(readFileSync(new URL(entry.file, ROOT), 'utf8'), {
        url: `https://bench.example/${entry.file}`,
      });
      return { id: entry.file, title: page.title, text: page.text, publishedAt: page.publishedAt };
    }),
  );
  writeFileSync(CACHE, JSON.stringify(pages));
}
const stories = clusterStories(
  pages.map((p) => ({ ...p, entities: extractEntities(p.text), knownWords: KNOWN_WORDS })),
);
const predicted = new Map(stories.flatMap((story) => story.articleIds.map((id) => [id, story.storyId] as const)));
const goldStory = new Map(gold.map((entry) => [entry.file, entry.story]));
const byId = new Map(gold.map((entry) => [entry.file, entry]));
const kinds = {
  tuned: (id: string) => !byId.get(id)!.heldOut && !byId.get(id)!.study,
  heldOut: (id: string) => Boolean(byId.get(id)!.heldOut),
  study: (id: string) => Boolean(byId.get(id)!.study) && !byId.get(id)!.heldOut,
};
const f = (n: number) => n.toFixed(3).replace(/^0/, '');
for (const [label, of] of Object.entries(kinds)) {
  if (label === 'heldOut' && process.argv.includes('--seen')) continue;
  const s = pairwiseScore(goldStory, predicted, (a, b) => of(a) || of(b));
  console.log(`${label.padEnd(8)} stories F1 ${f(s.f1)} (P ${f(s.precision)}, R ${f(s.recall)})`);
}
if (process.argv.includes('--pairs')) {
  const open = gold.filter((entry) => !entry.heldOut).map((entry) => entry.file);
  const short = (id: string) => id.replace(/^.*\//, '').replace(/\.html$/, '');
  for (let i = 0; i < open.length; i++)
    for (let j = i + 1; j < open.length; j++) {
      const [a, b] = [open[i]!, open[j]!];
      const inGold = goldStory.get(a) === goldStory.get(b);
      const found = predicted.get(a) === predicted.get(b);
      if (inGold !== found) console.log(`${inGold ? 'split' : 'joined'}: ${short(a)} ~ ${short(b)}`);
    }
}
