// Two articles' reports of one date that both tell a clock time, in the tuned and study articles only: how far apart
// their clock times are when the gold tells one event and when two, and whether merging tells them apart by two action
// words. How outlets round one moment's time (9:12, 9:15, "shortly after 9am") and how near two moments of a day come.
// Run: npx tsx tests/bench/clock-gaps.ts [show]  (show: the pairs within 15 minutes, with sentences)
import type { Event } from '../../electron/core/timeline/extraction/events.ts';
import { handLikeness } from '../../electron/core/timeline/merging/likeness-features.ts';
import { mergeItemsOf, SAME_EVENT } from '../../electron/core/timeline/merging/merge-events.ts';
import { clockTimesWithin } from '../../electron/core/timeline/merging/merge-evidence.ts';
import { likenessFeatures } from '../../electron/core/timeline/merging/merge-likeness.ts';
import { extractGold } from './gold-extracted.ts';
import { type GoldEvent, isReportOf } from './timeline-gold.ts';

const WINDOWS = [0, 1, 2, 3, 5, 10, 15, 30] as const;

async function main(): Promise<void> {
  const articles = await extractGold();
  const tally = new Map<string, [number, number]>();
  const count = (key: string, wrong: boolean) => {
    const both = tally.get(key) ?? [0, 0];
    both[wrong ? 0 : 1]++;
    tally.set(key, both);
  };
  for (const story of new Set(articles.map((a) => a.gold.story))) {
    const members = articles.filter((a) => a.gold.story === story);
    const { items, weights } = mergeItemsOf(
      members.map((a) => ({ articleId: a.id, events: a.events, publishedAt: a.publishedAt })),
    );
    const goldOf = new Map<Event, string>();
    for (const a of members)
      for (const g of a.gold.events as GoldEvent[]) {
        const event = a.events.find((e) => isReportOf({ ...e, sentence: a.text.slice(e.start, e.end) }, g));
        if (event) goldOf.set(event, g.event ?? `own ${a.id} ${g.sentence}`);
      }
    for (const a of items)
      for (const b of items) {
        if (a.articleId >= b.articleId || a.key !== b.key) continue;
        if (a.evidence.clockTimes.length === 0 || b.evidence.clockTimes.length === 0) continue;
        const [ga, gb] = [goldOf.get(a.event as Event), goldOf.get(b.event as Event)];
        if (!ga || !gb) continue;
        const wrong = ga !== gb;
        const window = WINDOWS.find((w) => clockTimesWithin(a.evidence, b.evidence, w));
        const f = likenessFeatures(a, b, weights);
        const score = handLikeness(f);
        const bin = window === undefined ? '>30' : `<=${String(window).padStart(2)}`;
        const state = score >= SAME_EVENT ? 'links' : f.toldApart ? 'told apart' : score <= -1 ? 'vetoed' : 'short';
        count(`gap ${bin}: all`, wrong);
        count(`gap ${bin}: ${state}`, wrong);
        if (process.argv[2] === 'show' && window !== undefined && window <= 15)
          console.log(
            `${wrong ? 'WRONG' : 'right'} gap<=${window} ${state} ${score.toFixed(2)} ${a.key}\n  ${a.sentence}\n  ${b.sentence}`,
          );
      }
  }
  console.log('pairs of two articles reports with clock times (tuned+study): wrong = two events / right = one');
  for (const key of [...tally.keys()].sort()) console.log(`${key.padEnd(34)} ${tally.get(key)!.join('/')}`);
}

await main();
