import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import type { ImportFile } from '../../../electron/contract/index.ts';
import { type Core, openCore } from '../../../electron/core/index.ts';
import { tempDir, testDevice } from '../helpers/library.ts';

export const fixtures = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));

export const fixtureBytes = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)));
export const fixtureText = (name: string) => readFileSync(join(fixtures, name), 'utf8');

/** A fixture folder zipped as the service would hand it out (paths relative to the folder). */
export function zipFolder(name: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  const root = join(fixtures, name);
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(root, path).split('\\').join('/')] = new Uint8Array(readFileSync(path));
    }
  };
  walk(root);
  return zipSync({ ...files, ...extra });
}

export function asFile(fileName: string, bytes: Uint8Array): ImportFile {
  return { fileName, base64: Buffer.from(bytes).toString('base64') };
}

export interface TestCore {
  core: Core;
  dir: string;
  call<T>(method: string, input: unknown): Promise<T>;
  close(): Promise<void>;
  /** Closes and opens the same library again (a restart). */
  reopen(): Promise<void>;
  cleanup(): Promise<void>;
}

/** A core on a fresh library folder, reopenable to test what survives a restart. */
export async function openTestCore(options: { allowPrivateNetwork?: boolean } = {}): Promise<TestCore> {
  const temp = await tempDir('annals-import-');
  const open = () =>
    openCore({
      libraryDir: temp.dir,
      device: testDevice,
      settings: { read: () => ({}), write: () => {} },
      shell: 'test',
      version: '0.0.0',
      assetsDir: fileURLToPath(new URL('../../../assets/', import.meta.url)),
      allowPrivateNetwork: options.allowPrivateNetwork ?? false,
      validateOutput: true,
    });
  let closed = false;
  const test: TestCore = {
    core: await open(),
    dir: temp.dir,
    async call<T>(method: string, input: unknown): Promise<T> {
      const envelope = await test.core.dispatch(method, input);
      if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
      return envelope.value as T;
    },
    async close() {
      if (!closed) await test.core.close();
      closed = true;
    },
    async reopen() {
      await test.close();
      test.core = await open();
      closed = false;
    },
    async cleanup() {
      await test.close();
      await temp.cleanup();
    },
  };
  return test;
}
