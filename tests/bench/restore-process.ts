// One core process restoring a backup into an empty library, as `annals restore FILE` does. Prints one
// JSON line with the time the restore took and the process's peak memory (the restore's alone, not
// the bench's): when the files were in place (the restore's own work), and at the end, once the
// timeline had read the restored library. Run by backup.ts as a child process.
import { openBenchCore } from './bench-core.ts';

const [libraryDir, archive] = process.argv.slice(2) as [string, string];
const core = await openBenchCore(libraryDir);
const started = performance.now();
let placed = { ms: 0, rssMB: 0 };
core.onEvent((name, payload) => {
  const { label, state } = payload as { label?: string; state?: string };
  if (name === 'progress' && label === 'Restoring a backup' && state === 'done') {
    placed = { ms: performance.now() - started, rssMB: process.resourceUsage().maxRSS / 1024 };
  }
});
const answer = await core.dispatch('library.restore', { path: archive });
const restoreMs = performance.now() - started;
if (!answer.ok) throw new Error(answer.error.message);
const listed = await core.dispatch('library.list', { view: 'all', limit: 1 });
await core.close();
const { restored, skipped } = answer.value as { restored: number; skipped: unknown[] };
process.stdout.write(
  `${JSON.stringify({
    restoreMs,
    placedMs: placed.ms,
    placedRssMB: placed.rssMB,
    restored,
    skipped: skipped.length,
    listed: listed.ok ? (listed.value as { total: number }).total : null,
    rssMB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
