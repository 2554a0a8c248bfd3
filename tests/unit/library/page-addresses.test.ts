import { describe, expect, it } from 'vitest';
import { PageAddresses } from '../../../electron/core/library/page-addresses.ts';

/** Two page keys whose hashes are the same number (found by trying keys in turn). */
const SAME_HASH = ['//news.example/9591', '//news.example/408710'] as const;

/** Articles by id with the page key of their address as listed now, as the index would answer. */
function addressesOf(listed: Map<string, string>) {
  return new PageAddresses((id) => listed.get(id));
}

describe('page addresses held as numbers', () => {
  it('finds the article listed under a key, and nothing under a key no article holds', () => {
    const listed = new Map([
      ['a1', '//news.example/1'],
      ['a2', '//news.example/2'],
    ]);
    const addresses = addressesOf(listed);
    for (const [id, key] of listed) addresses.set(key, id);
    expect(addresses.get('//news.example/1')).toBe('a1');
    expect(addresses.get('//news.example/2')).toBe('a2');
    expect(addresses.get('//news.example/3')).toBeUndefined();
  });

  it('keeps apart two keys sharing a hash, and forgets one without the other', () => {
    const listed = new Map([
      ['first', SAME_HASH[0]],
      ['second', SAME_HASH[1]],
    ]);
    const addresses = addressesOf(listed);
    addresses.set(SAME_HASH[0], 'first');
    expect(addresses.get(SAME_HASH[1])).toBeUndefined();
    addresses.set(SAME_HASH[1], 'second');
    expect(addresses.get(SAME_HASH[0])).toBe('first');
    expect(addresses.get(SAME_HASH[1])).toBe('second');
    addresses.forget(SAME_HASH[0], 'first');
    listed.delete('first');
    expect(addresses.get(SAME_HASH[0])).toBeUndefined();
    expect(addresses.get(SAME_HASH[1])).toBe('second');
  });

  it('answers the article listed last under a key, and forgetting an older one leaves it', () => {
    const listed = new Map([
      ['older', '//news.example/same'],
      ['newer', '//news.example/same'],
    ]);
    const addresses = addressesOf(listed);
    addresses.set('//news.example/same', 'older');
    addresses.set('//news.example/same', 'newer');
    expect(addresses.get('//news.example/same')).toBe('newer');
    addresses.forget('//news.example/same', 'older');
    expect(addresses.get('//news.example/same')).toBe('newer');
    addresses.forget('//news.example/same', 'newer');
    expect(addresses.get('//news.example/same')).toBeUndefined();
  });

  it('does not answer an article whose address changed since it was listed under the key', () => {
    const listed = new Map([['moved', '//news.example/before']]);
    const addresses = addressesOf(listed);
    addresses.set('//news.example/before', 'moved');
    listed.set('moved', '//news.example/after');
    expect(addresses.get('//news.example/before')).toBeUndefined();
  });
});
