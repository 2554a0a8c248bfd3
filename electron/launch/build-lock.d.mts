// Types of build-lock.mjs (plain JavaScript, because the build runs it).
export function withBuildLock<T>(
  lockDir: string,
  work: () => Promise<T>,
  options?: { waitMs?: number; pollMs?: number; staleMs?: number; onWait?: () => void },
): Promise<T>;
