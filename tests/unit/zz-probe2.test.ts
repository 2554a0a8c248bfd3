import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'vitest';
import { openCore } from '../../electron/core/index.ts';
import { extractedArticle, noImages, tempDir, testDevice } from './helpers/library.ts';
const assetsDir = fileURLToPath(new URL('../../assets/', import.meta.url));
it('probe', async () => {
  const work = await tempDir('annals-probe-');
  const settings = { read: () => ({}), write: () => {} };
  const core = await openCore({ libraryDir: join(work.dir, 'lib'), device: testDevice, settings, shell: 'test', version: '1.0.0', assetsDir, validateOutput: true });
  await core.library.save(extractedArticle(1), { loadImage: noImages });
  const parts: Record<string, () => Promise<unknown>> = {
    importer: () => core.importer.queue.close(), timeline: () => core.timeline.close(), search: () => core.search.close(), library: () => core.library.close(),
  };
  for (const [name, fn] of Object.entries(parts)) { const t = performance.now(); try { await fn(); } catch (e) { console.log(name, 'err', String(e)); } console.log(name, Math.round(performance.now() - t)); }
  const t = performance.now(); await core.close(); console.log('core.close', Math.round(performance.now() - t));
  await work.cleanup();
}, 60000);
