// Removing articles while their events are being found (the sample articles removed right after they were added) is
// no failure: the events of an article that is gone are simply not found. Before, "Finding the events of an article
// failed: No article with id …" was told, once per removed article, under "Annals repaired your library".
import { expect, it, onTestFinished, vi } from 'vitest';
import { Library } from '../../../electron/core/library/library.ts';
import { tempDir } from '../helpers/library.ts';
import { answerOf, openTestCoreAt } from '../helpers/test-core.ts';

it('tells nothing of articles removed while their events were being found, and keeps no events for them', async () => {
  const temp = await tempDir();
  onTestFinished(temp.cleanup);
  const core = await openTestCoreAt(temp.dir);
  onTestFinished(() => core.close());
  // The reader removes the sample articles just as the first one's text is being read for its events.
  const content = Library.prototype.content;
  let installed = false;
  let removing: Promise<{ removed: number }> | null = null;
  const spy = vi.spyOn(Library.prototype, 'content').mockImplementation(async function (this: Library, id: string) {
    if (installed) {
      removing ??= answerOf<{ removed: number }>(core, 'sample.remove', {});
      await removing;
    }
    return content.call(this, id);
  });
  onTestFinished(() => spy.mockRestore());
  const { added } = await answerOf<{ added: number }>(core, 'sample.install', {});
  installed = true;
  expect(added).toBeGreaterThan(1);
  await core.timeline.idle();
  expect(removing, 'the events were being found when the articles were removed').not.toBeNull();
  expect((await removing!).removed).toBe(added);
  const info = await answerOf<{ recovered: string[] }>(core, 'app.info', {});
  expect(info.recovered.filter((line) => /Finding the events/.test(line))).toEqual([]);
  const timeline = await answerOf<{ events: unknown[] }>(core, 'timeline.get', { scope: { kind: 'all' } });
  expect(timeline.events).toEqual([]);
}, 60_000);
