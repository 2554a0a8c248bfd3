// Which gold round added each gold article, for the fitting scripts' leave-rounds-out cross-validation
// (fit-stories.ts, fit-merge.ts): the commit that added each file names its round.
import { execFileSync } from 'node:child_process';

/** The gold round that added each file, from the message of the commit that added it (0 when it names none). */
export function roundsFromHistory(files: readonly string[]): Map<string, number> {
  const log = execFileSync('git', ['log', '--diff-filter=A', '--name-only', '--format=@@%s', '--', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const rounds = new Map<string, number>();
  let round = 0;
  for (const text of log.split('\n')) {
    if (text.startsWith('@@')) round = Number(/rounds? (\d+)/i.exec(text)?.[1] ?? 0);
    // The log runs newest first: the last commit met that added a file is the first that did.
    else if (text.trim()) rounds.set(text.trim(), round);
  }
  return rounds;
}
