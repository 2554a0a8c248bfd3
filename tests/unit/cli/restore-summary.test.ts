import { describe, expect, it } from 'vitest';
import restore from '../../../electron/cli/commands/restore.ts';
import { CommandContext } from '../../../electron/cli/context.ts';
import type { CliIo } from '../../../electron/cli/io.ts';
import type { LibrarySession } from '../../../electron/cli/open-library.ts';
import { formatCount } from '../../../electron/contract/plural.ts';

/** Runs `annals restore` against a core that answers `answer`, and returns what the reader was told. */
async function restoreSays(answer: { restored: number; merged: number; feedsAdded: number; intoEmpty: boolean }) {
  let said = '';
  const io: CliIo = {
    stdout: (text) => {
      said += text;
    },
    stderr: () => {},
    env: {},
    cwd: '/',
    onStop: () => () => {},
  };
  const context = new CommandContext('restore', ['backup.zip'], {}, io);
  const session = {
    call: async () => ({ ...answer, skipped: [] }),
    onEvent: () => () => {},
  } as unknown as LibrarySession;
  context.withLibrary = async (_access, work) => work(session);
  await restore.run(context as never);
  return said;
}

describe('annals restore tells its counts as the reader writes numbers', () => {
  it('writes the merged count with the thousands separator, like the restored one', async () => {
    const said = await restoreSays({ restored: 2500, merged: 1234, feedsAdded: 0, intoEmpty: false });
    expect(said).toBe(`Restored ${formatCount(2500)} articles, merged ${formatCount(1234)} the library already had.\n`);
    expect(formatCount(1234)).not.toBe('1234');
  });
});
