import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** `annals serve` right after `npm install`: build the UI once if it is not there yet. */
export async function ensureRendererBuilt(appRoot: string, say: (line: string) => void): Promise<void> {
  // While another build of this checkout runs, its output is half written: build.mjs waits for it.
  const building = existsSync(join(appRoot, 'dist', '.build-lock'));
  if (!building && existsSync(join(appRoot, 'dist', 'renderer', 'index.html'))) return;
  say('building the app once (a few seconds)…');
  const result = spawnSync(process.execPath, [join(appRoot, 'electron', 'launch', 'build.mjs'), '--renderer-only'], {
    cwd: appRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error('could not build the app (see the messages above)');
}
