import { afterEach } from 'vitest';
import { tempDir } from '../../helpers/library.ts';

/** Call at the top of a test file: answers a maker of fresh library folders, each removed after its test. */
export function libraryFolders(): () => Promise<string> {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return async () => {
    const temp = await tempDir();
    cleanups.push(temp.cleanup);
    return temp.dir;
  };
}
