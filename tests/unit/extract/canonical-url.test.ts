import { describe, expect, it } from 'vitest';
import { canonicalizeUrl } from '../../../electron/core/extract/index.ts';

describe('canonicalizeUrl', () => {
  const cases: Array<[string, string, string]> = [
    ['lowercases the scheme and host', 'HTTPS://News.Example.COM/Story', 'https://news.example.com/Story'],
    ['drops a default port but keeps others', 'http://example.com:80/a', 'http://example.com/a'],
    ['keeps a non-default port', 'https://example.com:8443/a', 'https://example.com:8443/a'],
    ['drops the fragment', 'https://example.com/a#comments', 'https://example.com/a'],
    [
      'drops utm_* and click-id tracking parameters',
      'https://example.com/a?utm_source=x&utm_medium=y&UTM_Campaign=z&fbclid=1&gclid=2&mc_cid=3&mc_eid=4&igshid=5&ref_src=6&_hsenc=7&_hsmi=8&yclid=9&msclkid=10',
      'https://example.com/a',
    ],
    [
      'sorts the remaining parameters',
      'https://example.com/a?z=1&utm_source=x&a=2&m=3',
      'https://example.com/a?a=2&m=3&z=1',
    ],
    ['keeps repeated parameters, ordered by value', 'https://example.com/a?t=b&t=a', 'https://example.com/a?t=a&t=b'],
    [
      'keeps parameter values exactly as written',
      'https://example.com/s?q=a%20b&p=c+d',
      'https://example.com/s?p=c+d&q=a%20b',
    ],
    [
      'strips the trailing slash of a non-root path',
      'https://example.com/2025/05/story/',
      'https://example.com/2025/05/story',
    ],
    ['keeps the root path', 'https://example.com/', 'https://example.com/'],
    ['adds the root path to a bare host', 'https://example.com', 'https://example.com/'],
    ['drops an empty query', 'https://example.com/a?', 'https://example.com/a'],
    ['keeps www., since it may be a different host', 'https://www.example.com/a', 'https://www.example.com/a'],
    ['keeps http and https apart', 'http://example.com/a', 'http://example.com/a'],
    ['converts international host names to punycode', 'https://bücher.example/a', 'https://xn--bcher-kva.example/a'],
  ];
  for (const [behaviour, input, expected] of cases) {
    it(behaviour, () => {
      expect(canonicalizeUrl(input)).toBe(expected);
    });
  }

  it('gives the same key for the same article shared through different channels', () => {
    const a = canonicalizeUrl('https://News.example/world/story/?utm_source=twitter#top');
    const b = canonicalizeUrl('https://news.example:443/world/story?fbclid=IwAR0');
    expect(a).toBe(b);
  });

  it('is idempotent', () => {
    const once = canonicalizeUrl('HTTP://Example.com:80/a/b/?b=2&a=1&utm_term=x#f');
    expect(canonicalizeUrl(once)).toBe(once);
  });

  it('refuses invalid and non-web addresses', () => {
    expect(() => canonicalizeUrl('not a url')).toThrow('That is not a valid web address');
    expect(() => canonicalizeUrl('mailto:someone@example.com')).toThrow('Only http and https addresses can be saved');
  });
});
