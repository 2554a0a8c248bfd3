import { appRoot } from '../app-root.ts';
import { integerOption } from '../args.ts';
import { defineCommand } from '../context.ts';
import { openCoreFor } from '../open-library.ts';

const USUAL_PORT = 47813;

/**
 * `annals serve`: browser mode, the core handed to the loopback server (another shell of the same
 * contract). It runs until the reader stops it, then closes the server and the library.
 */
export default defineCommand({
  options: { port: 'string', open: 'boolean' },
  run: async (context) => {
    const port = integerOption(context.options.port, 'port', 0, 65_535);
    const [{ startServer }, { keptTokens }, { ensureRendererBuilt }] = await Promise.all([
      import('../../server/index.ts'),
      import('../../server/tokens.ts'),
      import('../renderer-build.ts'),
    ]);
    await ensureRendererBuilt(appRoot, (line) => context.warn(line));
    const dir = await context.libraryDir();
    const core = await openCoreFor(dir, 'write', context.io, 'browser');
    // Kept in the library (wherever it is moved): the address, and a bookmark of it, works after a restart.
    const options = { core, staticDir: `${appRoot}dist/renderer`, ...(await keptTokens(() => core.libraryDir)) };
    const server = await startServer({ ...options, port: port ?? USUAL_PORT }).catch((error: NodeJS.ErrnoException) => {
      // The usual port is taken (another Annals?): any free port will do unless one was asked for.
      if (error.code === 'EADDRINUSE' && port === undefined) return startServer({ ...options, port: 0 });
      throw error;
    });
    // Listening before the address is printed: whoever reads it may stop us at once.
    let stopBackgroundWork = () => {};
    const stopped = new Promise<number>((resolve) => {
      let stopping = false;
      const stopListening = context.io.onStop(async () => {
        if (stopping) return;
        stopping = true;
        stopBackgroundWork();
        await server.close();
        await core.close();
        stopListening();
        resolve(0);
      });
    });
    context.write(`${server.url}\n`);
    // Feeds on their schedules, the search index readied: what the app does while it runs.
    stopBackgroundWork = core.startBackgroundWork();
    if (context.options.open) {
      const { openWindowOrSayWhere } = await import('../../launch/browser-window.ts');
      await openWindowOrSayWhere(server.url, context.io.stderr, { env: context.io.env });
    }
    return stopped;
  },
});
