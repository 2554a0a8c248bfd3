// Lists, for the tuned and study articles (gold-extracted.ts loads both), the shared events whose reports stay apart
// and the reports of two events put in one entry, with their sentences: what to study when merging misses. Held-out
// articles are never loaded.
// Run: npx tsx tests/bench/merge-misses.ts [story-substring]
import type { Event } from '../../electron/core/timeline/extraction/events.ts';
import { mergeEvents } from '../../electron/core/timeline/merging/merge-events.ts';
import { extractGold, storyNaming } from './gold-extracted.ts';
import { dateKey, type GoldEvent } from './timeline-gold.ts';

interface Found {
  articleId: string;
  gold: GoldEvent;
  event: Event | undefined;
  entry: number | null;
}

async function main(): Promise<void> {
  const only = process.argv[2];
  const articles = await extractGold(storyNaming(only));
  let misses = 0;
  let wrong = 0;
  for (const story of new Set(articles.map((a) => a.gold.story))) {
    const members = articles.filter((a) => a.gold.story === story);
    if (members.length < 2) continue;
    const merged = mergeEvents(members.map((a) => ({ articleId: a.id, events: a.events, publishedAt: a.publishedAt })));
    const found: Found[] = members.flatMap((a) =>
      a.gold.events.map((g) => {
        const event = a.events.find(
          (e) => a.text.slice(e.start, e.end).startsWith(g.sentence) && dateKey(e) === dateKey(g),
        );
        const entry = event
          ? merged.findIndex((m) =>
              m.sources.some((s) => s.articleId === a.id && s.start === event.start && dateKey(m) === dateKey(event)),
            )
          : null;
        return { articleId: a.id, gold: g, event, entry: entry === -1 ? null : entry };
      }),
    );
    const short = (f: Found) => `${f.articleId.split('/').pop()!.slice(0, 28)} #${f.entry ?? '-'}: ${f.gold.sentence}`;
    const byKey = new Map<string, Found[]>();
    for (const f of found) if (f.gold.event) byKey.set(f.gold.event, [...(byKey.get(f.gold.event) ?? []), f]);
    for (const [key, reports] of byKey) {
      if (new Set(reports.map((r) => r.articleId)).size < 2) continue;
      const entries = new Set(reports.map((r) => r.entry));
      if (entries.size === 1 && !entries.has(null)) continue;
      misses++;
      console.log(`MISS ${key} ${reports[0]!.gold.date}${entries.has(null) ? ' (not found)' : ''}`);
      for (const r of reports) console.log(`   ${short(r)}`);
    }
    for (let i = 0; i < found.length; i++) {
      for (let j = i + 1; j < found.length; j++) {
        const [a, b] = [found[i]!, found[j]!];
        if (a.articleId === b.articleId || a.entry === null || a.entry !== b.entry) continue;
        if (a.gold.event !== undefined && a.gold.event === b.gold.event) continue;
        wrong++;
        console.log(`WRONG ${a.gold.event ?? '(own)'} / ${b.gold.event ?? '(own)'} ${a.gold.date}`);
        console.log(`   ${short(a)}\n   ${short(b)}`);
      }
    }
  }
  console.log(`${misses} shared events not shown once, ${wrong} wrong merges`);
}

await main();
