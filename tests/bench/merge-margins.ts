// How fragile keeping two happenings apart is on the tuned rounds: for every pair of reports of one date from two
// articles of one tuned gold story, its likeness (merge-likeness.ts) beside the joining threshold (SAME_EVENT in
// merge-events.ts), and whether the gold says one event or two. The summary counts the pairs of two happenings within
// 0.05 and 0.1 below the threshold or above it, and the pairs of one happening below it. Held-out articles are never
// loaded.
// Run: npx tsx tests/bench/merge-margins.ts [story-substring] [--quiet] [--near=0.1] [--all]
import type { MergeItem } from '../../electron/core/timeline/merging/likeness-features.ts';
import { mergeItemsOf, SAME_EVENT } from '../../electron/core/timeline/merging/merge-events.ts';
import { likeness } from '../../electron/core/timeline/merging/merge-likeness.ts';
import { extractGold, storyNaming } from './gold-extracted.ts';
import { dateKey, type GoldEvent } from './timeline-gold.ts';

const args = process.argv.slice(2);
const only = args.find((arg) => !arg.startsWith('--'));
const quiet = args.includes('--quiet');
const all = args.includes('--all');
const near = Number(args.find((arg) => arg.startsWith('--near='))?.slice('--near='.length) ?? 0.1);
const articles = await extractGold(storyNaming(only));

interface Row {
  same: boolean;
  margin: number;
  line: string;
}
const rows: Row[] = [];
for (const story of new Set(articles.map((a) => a.gold.story))) {
  const members = articles.filter((a) => a.gold.story === story);
  if (members.length < 2) continue;
  const { items, weights } = mergeItemsOf(
    members.map((a) => ({ articleId: a.id, events: a.events, publishedAt: a.publishedAt })),
  );
  const goldOf = (item: MergeItem): GoldEvent | undefined => {
    const article = members.find((a) => a.id === item.articleId)!;
    const sentence = article.text.slice(item.event.start, item.event.end);
    return article.gold.events.find((g) => sentence.startsWith(g.sentence) && dateKey(g) === dateKey(item.event));
  };
  const scored = items
    .map((item) => ({ item, gold: goldOf(item) }))
    .filter((x): x is { item: MergeItem; gold: GoldEvent } => x.gold !== undefined);
  for (let i = 0; i < scored.length; i++) {
    for (let j = i + 1; j < scored.length; j++) {
      const [a, b] = [scored[i]!, scored[j]!];
      if (a.item.articleId === b.item.articleId || a.item.key !== b.item.key) continue;
      const same = a.gold.event !== undefined && a.gold.event === b.gold.event;
      const score = likeness(a.item, b.item, weights);
      const short = (item: MergeItem) =>
        item.articleId
          .replace(/^.*\//, '')
          .replace(/\.html$/, '')
          .slice(0, 28);
      const line =
        `${same ? 'SAME' : 'TWO '} ${(score - SAME_EVENT >= 0 ? '+' : '') + (score - SAME_EVENT).toFixed(3)} ` +
        `${a.item.key.split('/')[0]} ${short(a.item)} ~ ${short(b.item)}\n` +
        `     ${a.item.sentence.slice(0, 110)}\n     ${b.item.sentence.slice(0, 110)}`;
      rows.push({ same, margin: score - SAME_EVENT, line });
    }
  }
}
rows.sort((x, y) => x.margin - y.margin);
const two = rows.filter((row) => !row.same);
const one = rows.filter((row) => row.same);
if (all) for (const row of rows) console.log(row.line);
else if (!quiet) {
  for (const row of two.filter((r) => r.margin >= -near)) console.log(row.line);
  for (const row of one.filter((r) => r.margin < 0)) console.log(row.line);
}
const count = (list: Row[], test: (m: number) => boolean) => list.filter((row) => test(row.margin)).length;
console.log(
  `pairs of two happenings ${two.length}: at or above threshold ${count(two, (m) => m >= 0)}, ` +
    `within 0.05 below ${count(two, (m) => m < 0 && m >= -0.05)}, within 0.1 below ${count(two, (m) => m < 0 && m >= -0.1)}`,
);
console.log(
  `pairs of one happening ${one.length}: below threshold ${count(one, (m) => m < 0)}, ` +
    `within 0.1 above ${count(one, (m) => m >= 0 && m < 0.1)}`,
);
