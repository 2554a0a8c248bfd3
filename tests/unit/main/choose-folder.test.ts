import { describe, expect, it, vi } from 'vitest';
import { chooseFolderFor } from '../../../electron/main/choose-folder.ts';
import type { InvokeSender } from '../../../electron/main/ipc-invoke.ts';

const ourPage: InvokeSender = { fromOurWindow: true, frameUrl: 'app://annals/index.html', isMainFrame: true };

describe('the folder picker of Move library to…', () => {
  it('answers the folder the reader chose, or null when they cancelled', async () => {
    await expect(
      chooseFolderFor(ourPage, async () => ({ canceled: false, filePaths: ['/home/r/Sync'] })),
    ).resolves.toBe('/home/r/Sync');
    await expect(chooseFolderFor(ourPage, async () => ({ canceled: true, filePaths: [] }))).resolves.toBeNull();
  });

  it('opens no dialog for the article frame, another page or another window', async () => {
    const show = vi.fn(async () => ({ canceled: false, filePaths: ['/tmp'] }));
    for (const sender of [
      { ...ourPage, isMainFrame: false },
      { ...ourPage, frameUrl: 'https://evil.example/' },
      { ...ourPage, fromOurWindow: false },
    ]) {
      await expect(chooseFolderFor(sender, show)).resolves.toBeNull();
    }
    expect(show).not.toHaveBeenCalled();
  });
});
