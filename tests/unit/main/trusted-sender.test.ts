import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../electron/main/trusted-sender.ts';

describe('isTrustedSender', () => {
  it('trusts the top frame of the app page, on any of its routes', () => {
    expect(isTrustedSender('app://annals/index.html', true)).toBe(true);
    expect(isTrustedSender('app://annals/', true)).toBe(true);
    expect(isTrustedSender('app://annals/index.html#/article/abc123', true)).toBe(true);
  });

  it('refuses the article frame even when it is served by the app', () => {
    expect(isTrustedSender('app://annals/index.html', false)).toBe(false);
    expect(isTrustedSender('about:srcdoc', false)).toBe(false);
  });

  it('refuses other origins, look-alike hosts and credentials tricks', () => {
    for (const url of [
      'https://annals/index.html',
      'http://127.0.0.1:47813/',
      'file:///app/index.html',
      'app://annals.evil.example/index.html',
      'app://evil/annals/index.html',
      'app://annals@evil/index.html',
      'app://user:pw@annals/index.html',
      'app://annals:8080/index.html',
      'annals-asset://article/abc123/assets/a.png',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
    ]) {
      expect(isTrustedSender(url, true), url).toBe(false);
    }
  });

  it('refuses a frame whose address is unknown (it navigated away or was destroyed)', () => {
    expect(isTrustedSender(null, true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
    expect(isTrustedSender('', true)).toBe(false);
    expect(isTrustedSender('not a url', true)).toBe(false);
  });
});
