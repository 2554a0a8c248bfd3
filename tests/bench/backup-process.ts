// One core process backing up a library, as `annals backup` does. Prints one JSON line with the time
// the backup took and the process's peak memory, its own and not the bench's: once the library was
// open (what any use of it costs), and at the end, the archive written. Run by backup.ts as a child process.
import { openBenchCore } from './bench-core.ts';

const [libraryDir, archive] = process.argv.slice(2) as [string, string];
const core = await openBenchCore(libraryDir);
await core.dispatch('library.list', { view: 'all', limit: 1 });
const openRssMB = process.resourceUsage().maxRSS / 1024;
const started = performance.now();
const answer = await core.dispatch('library.backup', { path: archive });
const backupMs = performance.now() - started;
if (!answer.ok) throw new Error(answer.error.message);
await core.close();
const { articles, bytes } = answer.value as { articles: number; bytes: number };
process.stdout.write(
  `${JSON.stringify({ backupMs, articles, bytes, openRssMB, rssMB: process.resourceUsage().maxRSS / 1024 })}\n`,
);
