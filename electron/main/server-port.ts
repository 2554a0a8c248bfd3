/**
 * Starts the loopback server on the preferred port, or on a port the system picks when that
 * one is taken (another Annals, or anything else). Other failures are not hidden.
 */
export async function startOnPreferredPort<T>(start: (port: number) => Promise<T>, preferredPort: number): Promise<T> {
  try {
    return await start(preferredPort);
  } catch (error) {
    if (!isAddressInUse(error)) throw error;
    return start(0);
  }
}

function isAddressInUse(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'EADDRINUSE' || code === 'EACCES';
}
