// Where the whole-library timeline's seconds go on a generated library (a probe, run by hand).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBenchCore } from './bench-core.ts';
import { generateLibrary } from './generate-library.ts';

const count = Number(process.argv[2] ?? 3000);
const dir = process.argv[3] ?? (await mkdtemp(join(tmpdir(), 'annals-probe-')));
if (!process.argv[3]) await generateLibrary(dir, count, 7, { events: true, eventsPerArticle: 8 });
const t = () => performance.now();
let at = t();
const core = await openBenchCore(dir);
console.log('open', Math.round(t() - at));
at = t();
const stories = await core.dispatch('stories.list', { minArticles: 2 });
console.log('stories.list', Math.round(t() - at), stories.ok);
for (let round = 0; round < 2; round++) {
  at = t();
  const got = await core.dispatch('timeline.get', { scope: { kind: 'all' } });
  const ms = t() - at;
  if (!got.ok) throw new Error(got.error.message);
  at = t();
  const text = JSON.stringify(got.value);
  console.log(
    `timeline.get round ${round}`,
    Math.round(ms),
    'events',
    (got.value as { events: unknown[] }).events.length,
    'stringify',
    Math.round(t() - at),
    'bytes',
    text.length,
  );
}
await core.close();
console.log('dir', dir);
