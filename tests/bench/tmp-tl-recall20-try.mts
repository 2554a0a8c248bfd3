import { extractEvents } from '../../electron/core/timeline/extraction/events.ts';
for (const t of process.argv.slice(2)) {
  const ev = extractEvents(t, { publishedAt: '2041-03-13T10:00:00+00:00', savedAt: '2041-03-13T10:00:00Z' });
  console.log('---', t.slice(0, 140));
  for (const e of ev) console.log('  ', e.date, JSON.stringify(t.slice(e.dateStart, e.dateEnd)), '|', t.slice(e.start, e.end).slice(0, 90));
}
