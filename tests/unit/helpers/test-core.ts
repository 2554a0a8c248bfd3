// A core on a fresh library folder, as the tests of the core open it: the test device, settings in memory.

import { cp } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
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

/**
 * A copy of the sample library (installedSampleLibrary, made once for the file) in a fresh folder for each test, with
 * its events found and its stories grouped by an earlier start of Annals: the core of this test opens it as the app
 * opens a library again. For tests about what the reader does with the sample's stories once they are there.
 */
export function sampleLibraryForEachTest(): () => Promise<{ dir: string; cleanup: () => Promise<void> }> {
  let sample: Awaited<ReturnType<typeof installedSampleLibrary>> | undefined;
  beforeAll(async () => {
    sample = await installedSampleLibrary((dir) => openTestCoreAt(dir));
  }, 60_000);
  afterAll(() => sample?.cleanup());
  return async () => {
    if (!sample) throw new Error('the sample library is installed before the tests');
    const copy = await tempDir();
    await cp(sample.dir, copy.dir, { recursive: true });
    return copy;
  };
}

/** A core on a copy of the installed sample library for each test of the file (sampleLibraryForEachTest). */
export function sampleCoreForEachTest(): () => Core {
  const sampleCopy = sampleLibraryForEachTest();
  let opened: { core: Core; cleanup: () => Promise<void> } | undefined;
  beforeEach(async () => {
    const copy = await sampleCopy();
    const core = await openTestCoreAt(copy.dir);
    opened = {
      core,
      cleanup: async () => {
        await core.close();
        await copy.cleanup();
      },
    };
  }, 60_000);
  afterEach(() => opened?.cleanup());
  return () => {
    if (!opened) throw new Error('the core opens before each test');
    return opened.core;
  };
}
