// How a long-running command (browser mode's server) learns it should end, whoever asks.

/**
 * Runs `stop` once, then exits, when this process is asked to end: Ctrl-C, a kill, a closed terminal,
 * or the launcher that started it going away (`npm start` holds an IPC channel to it, which closes
 * when the launcher dies, however it dies). A second Ctrl-C does not cut the shutdown short.
 */
export function stopOnExitRequest(stop: () => Promise<void>): void {
  let stopping = false;
  const onRequest = () => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onRequest);
  if (process.channel) process.on('disconnect', onRequest);
}
