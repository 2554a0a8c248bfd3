import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A web server that takes its time: each page it is asked for answers only when the test ends. */
export async function slowWeb(): Promise<{ url: (path: string) => string; stop: () => Promise<void> }> {
  const waiting: (() => void)[] = [];
  const server: Server = createServer((_request, response) => {
    waiting.push(() => response.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path) => `${origin}/${path}`,
    stop: async () => {
      for (const answer of waiting) answer();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
