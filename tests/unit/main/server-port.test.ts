import { describe, expect, it } from 'vitest';
import { startOnPreferredPort } from '../../../electron/main/server-port.ts';

const inUse = () =>
  Object.assign(new Error('listen EADDRINUSE: address already in use 127.0.0.1:47813'), { code: 'EADDRINUSE' });

describe('startOnPreferredPort', () => {
  it('uses the fixed port when it is free, so bookmarklets keep working', async () => {
    const tried: number[] = [];
    const server = await startOnPreferredPort(async (port) => {
      tried.push(port);
      return { port };
    }, 47813);
    expect(server).toEqual({ port: 47813 });
    expect(tried).toEqual([47813]);
  });

  it('falls back to a port the system picks when the fixed one is taken', async () => {
    const tried: number[] = [];
    const server = await startOnPreferredPort(async (port) => {
      tried.push(port);
      if (port === 47813) throw inUse();
      return { port: 51234 };
    }, 47813);
    expect(server).toEqual({ port: 51234 });
    expect(tried).toEqual([47813, 0]);
  });

  it('does not hide other failures', async () => {
    const broken = Object.assign(new Error('no loopback interface'), { code: 'EADDRNOTAVAIL' });
    await expect(startOnPreferredPort(() => Promise.reject(broken), 47813)).rejects.toBe(broken);
  });
});
