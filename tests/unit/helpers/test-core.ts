// A core on a fresh library folder, as the tests of the core open it: the test device, settings in memory.

import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach } from 'vitest';
import { type Core, openCore } from '../../../electron/core/index.ts';
import { tempDir, testDevice } from './library.ts';

const assetsDir = fileURLToPath(new URL('../../../assets/', import.meta.url));

/**
 * A core on the library in `dir`, as the tests open it: opened again on the same folder, as after a restart (with
 * another `version`, as after an update; `readOnly`, as a library the app may only read).
 */
export function openTestCoreAt(dir: string, version = '1.0.0', readOnly = false): Promise<Core> {
  let stored: unknown = {};
  return openCore({
    libraryDir: dir,
    device: testDevice,
    settings: { read: () => stored, write: (value: unknown) => (stored = value) },
    shell: 'test',
    version,
    assetsDir,
    ...(readOnly ? { readOnly } : {}),
  });
}

/** The core and a way to close it and remove its folder. */
export async function openTestCore(): Promise<{ core: Core; cleanup: () => Promise<void> }> {
  const temp = await tempDir();
  const core = await openTestCoreAt(temp.dir);
  return {
    core,
    cleanup: async () => {
      await core.close();
      await temp.cleanup();
    },
  };
}

/** A method's answer, or its error thrown. */
export async function answerOf<T>(core: Core, method: string, input: unknown): Promise<T> {
  const envelope = await core.dispatch(method, input);
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

/** A fresh core for each test of the file (opened before it, closed after): the core under test, as a getter. */
export function coreForEachTest(): () => Core {
  let opened: { core: Core; cleanup: () => Promise<void> } | undefined;
  beforeEach(async () => {
    opened = await openTestCore();
  }, 60_000);
  afterEach(() => opened?.cleanup());
  return () => {
    if (!opened) throw new Error('the core opens before each test');
    return opened.core;
  };
}

/**
 * The sample library with its events found and its stories grouped, made once for a test file whose tests each start
 * from a copy of it: installing it and finding its events anew for each test was most of such a file's time.
 */
export async function installedSampleLibrary(
  open: (dir: string) => Promise<Core>,
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const sample = await tempDir();
  const maker = await open(sample.dir);
  try {
    const installed = await maker.dispatch('sample.install', {});
    if (!installed.ok) throw new Error(installed.error.message);
    await maker.timeline.idle();
  } finally {
    await maker.close();
  }
  return sample;
}
