import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { AnnalsError } from '../../contract/errors.ts';

export interface LookupAddress {
  address: string;
  family: number;
}
/** Resolves a host name to all its addresses (dns.lookup with all: true); injectable for tests. */
export type LookupFn = (hostname: string) => Promise<readonly LookupAddress[]>;

export const systemLookup: LookupFn = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

// [network, prefix length] pairs: "this network", private, shared (CGNAT, also Tailscale), loopback,
// link-local, IETF protocol assignments, multicast and reserved (incl. broadcast).
const V4_BLOCKED: ReadonlyArray<readonly [string, number]> = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];

function parseIPv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    value = value * 256 + octet;
  }
  return value;
}

const V4_RANGES = V4_BLOCKED.map(([network, prefix]) => {
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return { network: (parseIPv4(network)! & mask) >>> 0, mask };
});

function isPrivateV4(value: number): boolean {
  return V4_RANGES.some(({ network, mask }) => (value & mask) >>> 0 === network);
}

/** Expands an IPv6 address (zone id, "::" and a dotted IPv4 tail allowed) into its 8 hextets. */
function parseIPv6(text: string): number[] | null {
  let s = text.replace(/^\[|\]$/g, '');
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  if (isIP(s) !== 6) return null;
  const lastColon = s.lastIndexOf(':');
  const tail = s.slice(lastColon + 1);
  if (tail.includes('.')) {
    const v4 = parseIPv4(tail);
    if (v4 === null) return null;
    s = `${s.slice(0, lastColon + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const [head = '', rest] = s.split('::');
  const headParts = head ? head.split(':') : [];
  const restParts = rest ? rest.split(':') : [];
  const missing = 8 - headParts.length - restParts.length;
  if (rest === undefined ? missing !== 0 : missing < 0) return null;
  const all = [...headParts, ...Array<string>(rest === undefined ? 0 : missing).fill('0'), ...restParts];
  return all.map((h) => Number.parseInt(h, 16));
}

function embeddedV4(h: number[], at: number): number {
  return ((h[at]! << 16) >>> 0) + h[at + 1]!;
}

function isPrivateV6(h: number[]): boolean {
  const [h0 = 0, h1 = 0, h2 = 0, h3 = 0, h4 = 0, h5 = 0, h6 = 0, h7 = 0] = h;
  const firstFiveZero = h0 === 0 && h1 === 0 && h2 === 0 && h3 === 0 && h4 === 0;
  if (firstFiveZero && h5 === 0 && h6 === 0 && (h7 === 0 || h7 === 1)) return true; // :: and ::1
  if (firstFiveZero && h5 === 0xffff) return isPrivateV4(embeddedV4(h, 6)); // IPv4-mapped
  if (firstFiveZero && h5 === 0) return isPrivateV4(embeddedV4(h, 6)); // IPv4-compatible (deprecated)
  if (h0 === 0x64 && h1 === 0xff9b) {
    if (h2 === 1) return true; // 64:ff9b:1::/48 local-use NAT64
    return isPrivateV4(embeddedV4(h, 6)); // NAT64 of a private address
  }
  if (h0 === 0x2002) return isPrivateV4(embeddedV4(h, 1)); // 6to4
  if (h0 === 0x100 && h1 === 0 && h2 === 0 && h3 === 0) return true; // discard-only
  if ((h0 & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((h0 & 0xffc0) === 0xfe80) return true; // link-local
  if ((h0 & 0xffc0) === 0xfec0) return true; // old site-local
  if ((h0 & 0xff00) === 0xff00) return true; // multicast
  return false;
}

/** True for loopback, private, link-local, unique-local and other non-public addresses (v4 and v6). */
export function isPrivateAddress(address: string): boolean {
  const v4 = parseIPv4(address);
  if (v4 !== null) return isPrivateV4(v4);
  const v6 = parseIPv6(address);
  if (v6 !== null) return isPrivateV6(v6);
  return true; // not an address we understand: refuse rather than guess
}

/** Refuses a list of addresses when any of them is private: the connection may use either. */
export function assertPublicAddresses(addresses: readonly string[], redirected: boolean): void {
  const blocked = addresses.find(isPrivateAddress);
  if (blocked !== undefined) {
    const what = redirected ? 'The page redirected to' : 'That address points to';
    throw new AnnalsError('BAD_INPUT', `${what} a private or local network address (${blocked}), which is not allowed`);
  }
}

/**
 * Refuses a host that is, or resolves to, a non-public address, before any request is made (with a message
 * that names the redirect). fetch() resolves again when it connects; the address it connects to is checked
 * then by publicOnlyDispatcher, so a DNS-rebinding server answering differently the second time gains nothing.
 */
export async function assertPublicHost(hostname: string, lookup: LookupFn, redirected: boolean): Promise<void> {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return assertPublicAddresses([host], redirected);
  assertPublicAddresses(await resolveAll(host, lookup), redirected);
}

/** Whether a host is, or resolves to, an address on this computer or the local network (any of them). */
export async function isPrivateHost(hostname: string, lookup: LookupFn): Promise<boolean> {
  return (await privateAddressOf(hostname, lookup)) !== null;
}

/** The first address of a host on this computer or the local network, or null when every one is public. */
export async function privateAddressOf(hostname: string, lookup: LookupFn = systemLookup): Promise<string | null> {
  const host = hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : await resolveAll(host, lookup);
  return addresses.find(isPrivateAddress) ?? null;
}

/** Every address of a host name, or an error that names the host when it cannot be found. */
export async function resolveAll(host: string, lookup: LookupFn): Promise<string[]> {
  let addresses: string[];
  try {
    addresses = (await lookup(host)).map((a) => a.address);
  } catch {
    throw new AnnalsError('FETCH_FAILED', `Could not find the server ${host}`);
  }
  if (addresses.length === 0) throw new AnnalsError('FETCH_FAILED', `Could not find the server ${host}`);
  return addresses;
}
