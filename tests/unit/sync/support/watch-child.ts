// Opens a library watcher, sees one change, closes it, and then has nothing left to do: the process
// ends by itself only if closing let go of every watch and timer.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { watchLibrary } from '../../../../electron/core/sync/watch.ts';

const library = process.argv[2]!;
let seen: () => void = () => {};
const changed = new Promise<void>((resolve) => {
  seen = resolve;
});
const watcher = watchLibrary(library, () => seen(), { debounceMs: 20, rescanIntervalMs: 50 });
await watcher.ready;
await writeFile(join(library, 'feeds.json'), '[]');
await changed;
await watcher.close();
process.stdout.write('closed\n');
