// For the tuned and study articles only, shows each timeline entry that joins reports of two gold events (a wrong
// merge): every pair of its reports alike enough to link, with the features merging read of it, so that one sees which
// link joined the two happenings and why. Held-out articles are never loaded.
// Run: npx tsx tests/bench/merge-wrong-why.ts [story-substring]
import type { Event } from '../../electron/core/timeline/extraction/events.ts';
import { handLikeness } from '../../electron/core/timeline/merging/likeness-features.ts';
import { mergeEvents, mergeItemsOf, SAME_EVENT } from '../../electron/core/timeline/merging/merge-events.ts';
import { likenessFeatures } from '../../electron/core/timeline/merging/merge-likeness.ts';
import { extractGold, storyNaming } from './gold-extracted.ts';
import { dateKey } from './timeline-gold.ts';

async function main(): Promise<void> {
  const only = process.argv[2];
  const articles = await extractGold(storyNaming(only));
  for (const story of new Set(articles.map((a) => a.gold.story))) {
    const members = articles.filter((a) => a.gold.story === story);
    if (members.length < 2) continue;
    const input = members.map((a) => ({ articleId: a.id, events: a.events, publishedAt: a.publishedAt }));
    const merged = mergeEvents(input);
    const { items, weights } = mergeItemsOf(input);
    // The gold event each found report tells ("(own)" for one no other article tells).
    const goldOf = new Map<Event, string>();
    for (const a of members) {
      for (const g of a.gold.events) {
        const event = a.events.find(
          (e) => a.text.slice(e.start, e.end).startsWith(g.sentence) && dateKey(e) === dateKey(g),
        );
        if (event) goldOf.set(event, g.event ?? `(own ${g.sentence.slice(0, 20)})`);
      }
    }
    for (const entry of merged) {
      const inEntry = items.filter((item) =>
        entry.sources.some(
          (s) => s.articleId === item.articleId && s.start === item.event.start && entry.date === item.event.date,
        ),
      );
      const told = new Set(inEntry.map((item) => goldOf.get(item.event as Event)).filter(Boolean));
      if (told.size < 2) continue;
      console.log(`\nENTRY ${entry.date} joins ${[...told].join(' + ')}`);
      for (let i = 0; i < inEntry.length; i++) {
        for (let j = i + 1; j < inEntry.length; j++) {
          const [a, b] = [inEntry[i]!, inEntry[j]!];
          const features = likenessFeatures(a, b, weights);
          const score = handLikeness(features);
          if (score < SAME_EVENT) continue;
          const name = (item: typeof a) =>
            `${item.articleId.split('/').pop()!.slice(0, 20)} [${goldOf.get(item.event as Event) ?? '?'}] ${item.sentence.slice(0, 110)}`;
          const shown = Object.entries(features)
            .filter(([, v]) => v !== 0)
            .map(([k, v]) => `${k}=${Number(v.toFixed(2))}`)
            .join(' ');
          console.log(`  ${score.toFixed(2)} ${name(a)}\n       ${name(b)}\n       ${shown}`);
          console.log(
            `       A: primary=${a.report.primary}@${a.report.primaryWeight.toFixed(2)} clear={${[...a.report.clear]}} actions={${[...a.report.actions]}} actors={${[...a.report.actors]}}`,
          );
          console.log(
            `       B: primary=${b.report.primary}@${b.report.primaryWeight.toFixed(2)} clear={${[...b.report.clear]}} actions={${[...b.report.actions]}} actors={${[...b.report.actors]}}`,
          );
        }
      }
    }
  }
}

await main();
