// For the tuned articles only, shows for each shared event whose reports stay apart what merging reads of each report
// (actions, actors, clock times, numbers, plan or saying): the evidence to sort the misses by why they fail.
// Held-out articles are never loaded.
// Run: npx tsx tests/bench/merge-why.ts [story-substring]
import { reportOf } from '../../electron/core/timeline/extraction/event-reports.ts';
import type { Event } from '../../electron/core/timeline/extraction/events.ts';
import { toldAhead } from '../../electron/core/timeline/merging/action-kinds.ts';
import { mergeEvents } from '../../electron/core/timeline/merging/merge-events.ts';
import { evidenceOf, inArticleZone } from '../../electron/core/timeline/merging/merge-evidence.ts';
import { extractGold, storyNaming } from './gold-extracted.ts';
import { dateKey } from './timeline-gold.ts';

async function main(): Promise<void> {
  const only = process.argv[2];
  const articles = await extractGold(storyNaming(only));
  for (const story of new Set(articles.map((a) => a.gold.story))) {
    const members = articles.filter((a) => a.gold.story === story);
    if (members.length < 2) continue;
    const merged = mergeEvents(members.map((a) => ({ articleId: a.id, events: a.events, publishedAt: a.publishedAt })));
    const byKey = new Map<
      string,
      { article: (typeof members)[number]; event: Event | undefined; sentence: string }[]
    >();
    for (const a of members) {
      for (const g of a.gold.events) {
        if (!g.event) continue;
        const event = a.events.find(
          (e) => a.text.slice(e.start, e.end).startsWith(g.sentence) && dateKey(e) === dateKey(g),
        );
        byKey.set(g.event, [...(byKey.get(g.event) ?? []), { article: a, event, sentence: g.sentence }]);
      }
    }
    for (const [key, reports] of byKey) {
      if (new Set(reports.map((r) => r.article.id)).size < 2) continue;
      const entryOf = (r: (typeof reports)[number]) =>
        r.event
          ? merged.findIndex((m) =>
              m.sources.some(
                (s) => s.articleId === r.article.id && s.start === r.event!.start && dateKey(m) === dateKey(r.event!),
              ),
            )
          : -1;
      const entries = new Set(reports.map(entryOf));
      if (entries.size === 1 && !entries.has(-1)) continue;
      console.log(`\nMISS ${key}`);
      for (const r of reports) {
        const name = r.article.id.split('/').pop()!.slice(0, 24);
        if (!r.event) {
          console.log(`  ${name} #-: (not found) ${r.sentence}`);
          continue;
        }
        const e = r.event;
        const sameDay = r.article.events.filter((o) => dateKey(o) === dateKey(e)).length;
        const others = r.article.events
          .filter((o) => o !== e && o.start === e.start)
          .map((o) => ({ start: o.dateStart, end: o.dateEnd }));
        const report = reportOf(e, others);
        const sentence = r.article.text.slice(e.start, e.end);
        const evidence = inArticleZone(evidenceOf(sentence), r.article.publishedAt);
        const dateWords = r.article.text.slice(e.dateStart, e.dateEnd);
        const ahead = toldAhead(sentence.slice(0, e.dateStart - e.start));
        const flags = [
          report.spoken && 'spoken',
          report.limit && 'limit',
          ahead && 'ahead',
          report.quoted && 'quoted',
          report.ongoing && 'ongoing',
          sameDay === 1 && 'alone',
        ].filter(Boolean);
        console.log(`  ${name} #${entryOf(r)}: ${sentence}`);
        console.log(
          `     [${dateWords}] primary=${report.primary ?? '-'}@${report.primaryWeight.toFixed(2)} clear={${[...report.clear]}} actions={${[...report.actions]}} actors={${[...report.actors]}} people={${[...report.people]}} clocks=${evidence.clockTimes.map((c) => c.text).join('|') || '-'} numbers={${[...evidence.numbers]}} ${flags.join(' ')}`,
        );
      }
    }
  }
}

await main();
