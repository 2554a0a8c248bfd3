import type { LookupFunction } from 'node:net';
import type { Agent } from 'undici';
import { assertPublicAddresses, type LookupFn } from './private-network.ts';

/**
 * The resolver given to each connection: resolves the name, refuses it when any address is private, and
 * hands the socket exactly the addresses it checked. The address connected to is then the address checked,
 * which is what closes DNS rebinding (a public answer for the first look-up, a loopback one for the next).
 */
function checkedLookup(lookup: LookupFn): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname)
      .then((found) => {
        if (found.length === 0)
          throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
        assertPublicAddresses(
          found.map((entry) => entry.address),
          false,
        );
        const usable = options.family ? found.filter((entry) => entry.family === options.family) : found;
        if (usable.length === 0)
          throw Object.assign(new Error(`No IPv${options.family} address for ${hostname}`), { code: 'ENOTFOUND' });
        if (options.all)
          callback(
            null,
            usable.map(({ address, family }) => ({ address, family })),
          );
        else callback(null, usable[0]!.address, usable[0]!.family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, '', 0));
  };
}

// One pool of connections per resolver, so keep-alive still works; every connection in it was checked.
const dispatchers = new WeakMap<LookupFn, Agent>();

/**
 * A fetch() dispatcher that connects only to public addresses, whatever DNS answers at connect time.
 * undici is loaded on first use: it takes most of a second to load, which every CLI command would pay.
 */
export async function publicOnlyDispatcher(lookup: LookupFn): Promise<Agent> {
  let dispatcher = dispatchers.get(lookup);
  if (!dispatcher) {
    const { Agent } = await import('undici');
    dispatcher = dispatchers.get(lookup) ?? new Agent({ connect: { lookup: checkedLookup(lookup) } });
    dispatchers.set(lookup, dispatcher);
  }
  return dispatcher;
}
