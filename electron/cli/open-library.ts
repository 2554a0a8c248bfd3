// Opening the core: the library's folder from --library, $ANNALS_LIBRARY or the desktop app's default.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { EventName, EventPayload } from '../contract/index.ts';
import type { MovableCore } from '../core/home.ts';
import type { Core } from '../core/index.ts';
import { appRoot } from './app-root.ts';
import { type Call, callOver } from './call.ts';
import type { CliIo } from './io.ts';

/** A library opened for one command: the contract's methods and events. */
export interface LibrarySession {
  call: Call;
  onEvent<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export type Access = 'read' | 'write';

export async function libraryDir(library: string | undefined, io: CliIo): Promise<string> {
  if (library) return resolve(io.cwd, library);
  if (io.env.ANNALS_LIBRARY) return resolve(io.cwd, io.env.ANNALS_LIBRARY);
  const { defaultLibraryDir } = await import('../core/paths.ts');
  return defaultLibraryDir(io.env);
}

/** Reading takes no writer lock, so it works while the app runs. */
export async function openCoreFor(
  dir: string,
  access: Access,
  io: CliIo,
  shell: 'cli' | 'browser' = 'cli',
): Promise<MovableCore> {
  const [{ loadDeviceHome }, { openMovableCore }, version, { userDataDir, defaultLibraryDir, libraryLocationFile }] =
    await Promise.all([
      import('../core/index.ts'),
      import('../core/home.ts'),
      packageVersion(),
      import('../core/paths.ts'),
    ]);
  // The default library, when moved, takes the default along (the pointer in the app's folder); another
  // library given by --library or ANNALS_LIBRARY moves alone.
  const isDefault = resolve(dir) === resolve(defaultLibraryDir(io.env));
  return openMovableCore({
    libraryDir: dir,
    ...(isDefault ? { libraryLocationFile: libraryLocationFile(userDataDir(io.env)) } : {}),
    // The same device as the desktop app's on this computer (its user-data folder); ANNALS_DEVICE_ID overrides.
    ...(await loadDeviceHome(join(userDataDir(io.env), 'device.json'), io.env)),
    shell,
    version,
    assetsDir: `${appRoot}assets`,
    allowPrivateNetwork: io.env.ANNALS_ALLOW_PRIVATE_NETWORK === '1',
    ...(io.env.ANNALS_BACKUP_DIR ? { backupDir: resolve(io.cwd, io.env.ANNALS_BACKUP_DIR) } : {}),
    readOnly: access === 'read',
    // Printed once: every article's events, never those found so far (browser mode fills them in as they come).
    waitForEvents: shell === 'cli',
    // Browser mode answers its window while events are found (timeline-thread.ts); a command answers nobody meanwhile.
    timelineThread: { inWorker: shell === 'browser' },
  });
}

export function sessionOf(core: Core): LibrarySession {
  return {
    call: callOver(core.dispatch),
    onEvent: (name, listener) =>
      core.onEvent((eventName, payload) => {
        if (eventName === name) listener(payload as EventPayload<typeof name>);
      }),
  };
}

async function packageVersion(): Promise<string> {
  try {
    return (JSON.parse(await readFile(`${appRoot}package.json`, 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
