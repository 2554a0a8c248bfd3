import { describe, expect, it } from 'vitest';
import { assertPublicHost, isPrivateAddress } from '../../../electron/core/extract/private-network.ts';
import { rejection } from './support.ts';

describe('isPrivateAddress', () => {
  const blocked = [
    '127.0.0.1',
    '127.255.255.254',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254', // cloud metadata service
    '100.64.0.1', // carrier-grade NAT, also Tailscale
    '0.0.0.0',
    '224.0.0.251',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fe80::1%eth0',
    'fc00::1',
    'fd12:3456:789a::1',
    'ff02::1',
    '::ffff:127.0.0.1', // IPv4-mapped, dotted
    '::ffff:7f00:1', // IPv4-mapped, hex
    '::ffff:192.168.0.10',
    '64:ff9b::10.0.0.1', // NAT64 of a private address
    '2002:c0a8:0101::1', // 6to4 of 192.168.1.1
    '[::1]',
  ];
  const allowed = [
    '93.184.215.14',
    '8.8.8.8',
    '172.32.0.1',
    '192.169.0.1',
    '2606:4700::1111',
    '::ffff:8.8.8.8',
    '2002:0808:0808::1',
  ];

  for (const address of blocked) {
    it(`refuses ${address}`, () => {
      expect(isPrivateAddress(address)).toBe(true);
    });
  }
  for (const address of allowed) {
    it(`allows the public address ${address}`, () => {
      expect(isPrivateAddress(address)).toBe(false);
    });
  }

  it('refuses what it cannot parse rather than guessing', () => {
    expect(isPrivateAddress('not-an-ip')).toBe(true);
  });
});

describe('assertPublicHost', () => {
  it('does not look up literal addresses', async () => {
    const lookup = async () => {
      throw new Error('should not be called');
    };
    await expect(assertPublicHost('8.8.8.8', lookup, false)).resolves.toBeUndefined();
    expect((await rejection(assertPublicHost('[::1]', lookup, false))).code).toBe('BAD_INPUT');
  });

  it('explains a host that cannot be found', async () => {
    const lookup = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    expect(await rejection(assertPublicHost('nowhere.example', lookup, false))).toEqual({
      code: 'FETCH_FAILED',
      message: 'Could not find the server nowhere.example',
    });
  });
});
