import { describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../../electron/contract/errors.ts';
import { type InvokeSender, invokeFromSender } from '../../../electron/main/ipc-invoke.ts';

const ourPage: InvokeSender = { fromOurWindow: true, frameUrl: 'app://annals/index.html', isMainFrame: true };
const answer: Envelope<unknown> = { ok: true, value: { articles: [], total: 0 } };

describe('invokeFromSender', () => {
  it('passes a call from our page to the dispatcher and answers its envelope', async () => {
    const dispatch = vi.fn(async () => answer);
    await expect(invokeFromSender(ourPage, 'library.list', { view: 'inbox' }, dispatch)).resolves.toBe(answer);
    expect(dispatch).toHaveBeenCalledWith('library.list', { view: 'inbox' });
  });

  it('refuses the article frame, other pages and other windows without calling the core', async () => {
    const dispatch = vi.fn(async () => answer);
    for (const sender of [
      { ...ourPage, isMainFrame: false },
      { ...ourPage, frameUrl: 'https://evil.example/' },
      { ...ourPage, frameUrl: null },
      { ...ourPage, fromOurWindow: false },
    ]) {
      const result = await invokeFromSender(sender, 'article.delete', { ids: ['abcdef'] }, dispatch);
      expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers BAD_INPUT when no method is named', async () => {
    const dispatch = vi.fn(async () => answer);
    for (const method of [undefined, 42, '', 'x'.repeat(101), { toString: () => 'library.list' }]) {
      await expect(invokeFromSender(ourPage, method, {}, dispatch)).resolves.toMatchObject({
        ok: false,
        error: { code: 'BAD_INPUT' },
      });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('turns an unexpected throw into an INTERNAL envelope, so the renderer never sees a rejection', async () => {
    const result = await invokeFromSender(ourPage, 'app.info', {}, async () => {
      throw new Error('disk on fire');
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Annals hit an unexpected problem: disk on fire' },
    });
  });
});
