// The core as the bench's child processes open it: as the CLI does, on this computer's test device,
// with settings kept in memory only.
import { join } from 'node:path';
import { appRoot } from '../../electron/cli/app-root.ts';
import { type Core, openCore } from '../../electron/core/index.ts';
import { testDevice } from '../unit/helpers/library.ts';

/** As the app opens it; `waitForEvents`: as the CLI's one-shot commands (timelines only once every event is found). */
export function openBenchCore(libraryDir: string, waitForEvents = false): Promise<Core> {
  return openCore({
    waitForEvents,
    libraryDir,
    device: testDevice,
    settings: { read: () => ({}), write: () => {} },
    shell: 'cli',
    version: 'bench',
    // From source or bundled elsewhere (core-child.ts), as the CLI finds them.
    assetsDir: join(appRoot, 'assets'),
  });
}
