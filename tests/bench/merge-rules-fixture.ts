// Writes tests/fixtures/timeline/merge-rules-stories.json: the events found in six tuned gold stories (the largest), as
// merging is given them, kept fixed so that tests/unit/timeline/merge-rules-version.test.ts sees merging change only
// when the merging rules do, never when the extractor does. Run again only to widen the fixture (the test's digests
// then change too): npx tsx tests/bench/merge-rules-fixture.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { extractFromHtml } from '../../electron/core/extract/index.ts';
import { extractEvents } from '../../electron/core/timeline/extraction/events.ts';
import { loadGold } from './timeline-gold.ts';

const ROOT = new URL('../../', import.meta.url);
const STORIES = [
  'kellbridge-flood',
  'harwick-port-strike',
  'brenmoor-recount',
  'caldera-fire',
  'tamsin-spill',
  'corvan-strike',
];

const gold = loadGold().filter((a) => !a.heldOut && STORIES.includes(a.story));
const stories: Record<string, unknown[]> = {};
for (const g of gold) {
  const page = await extractFromHtml(readFileSync(new URL(g.file, ROOT), 'utf8'), {
    url: `https://bench.example/${g.file}`,
  });
  const events = extractEvents(page.text, {
    publishedAt: page.publishedAt,
    savedAt: g.savedAt ?? '2026-01-01T00:00:00Z',
  });
  const kept = events.map(
    ({ date, endDate, precision, text, start, end, entities, background, dateStart, dateEnd }) => ({
      date,
      ...(endDate ? { endDate } : {}),
      precision,
      text,
      start,
      end,
      entities,
      ...(background ? { background } : {}),
      ...(dateStart !== undefined ? { dateStart, dateEnd } : {}),
    }),
  );
  stories[g.story] = [
    ...(stories[g.story] ?? []),
    { articleId: g.file.split('/').at(-1), publishedAt: page.publishedAt, events: kept },
  ];
}
const file = new URL('tests/fixtures/timeline/merge-rules-stories.json', ROOT);
writeFileSync(file, `${JSON.stringify({ stories }, null, 1)}\n`);
process.stdout.write(`${Object.keys(stories).length} stories, ${gold.length} articles\n`);
