import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * The library folder: `--library DIR` (or `--library=DIR`) wins over ANNALS_LIBRARY, which
 * wins over the desktop default. Relative paths are taken from the working directory.
 */
export function resolveLibraryDir(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  defaultDir: () => string,
  cwd: string = process.cwd(),
): string {
  const fromArgs = libraryArgument(argv);
  const chosen = fromArgs ?? (env.ANNALS_LIBRARY?.trim() || null);
  return chosen === null ? defaultDir() : path.resolve(cwd, chosen);
}

function libraryArgument(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--library') return argv[i + 1]?.trim() || null;
    if (arg.startsWith('--library=')) return arg.slice('--library='.length).trim() || null;
  }
  return null;
}

/**
 * Electron's own profile folder for a library. The default library keeps the usual one; any
 * other library gets its own, so the single-instance lock means "one app per library" (the core
 * must be the only writer) and a test's library never meets the reader's running app.
 */
export function userDataDirFor(libraryDir: string, defaultUserData: string, defaultLibraryDir: string): string {
  if (path.resolve(libraryDir) === path.resolve(defaultLibraryDir)) return defaultUserData;
  const key = createHash('sha256').update(path.resolve(libraryDir)).digest('hex').slice(0, 16);
  return path.join(defaultUserData, 'libraries', key);
}
