import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppProtocolPath } from '../../../electron/main/app-protocol.ts';

const root = path.resolve('/srv/annals/dist/renderer');
const inRoot = (...parts: string[]) => path.join(root, ...parts);

describe('resolveAppProtocolPath', () => {
  it('serves the index page for the bare origin', () => {
    expect(resolveAppProtocolPath('app://annals/', root)).toBe(inRoot('index.html'));
    expect(resolveAppProtocolPath('app://annals', root)).toBe(inRoot('index.html'));
    expect(resolveAppProtocolPath('app://annals/index.html?x=1#/library', root)).toBe(inRoot('index.html'));
  });

  it('serves built files from their folders', () => {
    expect(resolveAppProtocolPath('app://annals/assets/index-DmtcDRxa.js', root)).toBe(
      inRoot('assets', 'index-DmtcDRxa.js'),
    );
    expect(resolveAppProtocolPath('app://annals/assets/Literata%20Regular.woff2', root)).toBe(
      inRoot('assets', 'Literata Regular.woff2'),
    );
  });

  it('answers client-side routes (no file extension) with the index page', () => {
    expect(resolveAppProtocolPath('app://annals/article/abc123', root)).toBe(inRoot('index.html'));
  });

  it('never leaves the renderer folder, however the climb is spelled', () => {
    for (const url of [
      'app://annals/../../../etc/passwd',
      'app://annals/assets/%2e%2e/%2e%2e/package.json',
      'app://annals/%2E%2E%2F%2E%2E%2Fpackage.json',
      'app://annals/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://annals/assets/..%5c..%5cwindows%5cwin.ini',
      'app://annals/assets\\..\\..\\secret.txt',
      'app://annals/%252e%252e/%252e%252e/package.json',
      'app://annals/C:%5cWindows%5cwin.ini',
      'app://annals/c:/Windows/win.ini',
      'app://annals/%2fetc%2fpasswd',
      'app://annals//etc/passwd.txt',
      'app://annals/assets/file.js%00.png',
      'app://annals/assets/%00',
      'app://annals/assets/...',
      'app://annals/assets/secret.txt.',
      'app://annals/assets/bad%zzescape.js',
    ]) {
      const resolved = resolveAppProtocolPath(url, root);
      if (resolved !== null) expect(resolved.startsWith(root + path.sep), `${url} → ${resolved}`).toBe(true);
    }
  });

  it('takes dot segments the way the URL parser (and Chromium) already resolved them: inside the root', () => {
    expect(resolveAppProtocolPath('app://annals/assets/%2e%2e/%2e%2e/package.json', root)).toBe(inRoot('package.json'));
    expect(resolveAppProtocolPath('app://annals/../../../etc/hosts.txt', root)).toBe(inRoot('etc', 'hosts.txt'));
  });

  it('refuses encoded separators, NUL and trailing-dot names outright', () => {
    expect(resolveAppProtocolPath('app://annals/assets/..%2f..%2fpackage.json', root)).toBeNull();
    expect(resolveAppProtocolPath('app://annals/assets/a.js%00.png', root)).toBeNull();
    expect(resolveAppProtocolPath('app://annals/assets%5cindex.js', root)).toBeNull();
    expect(resolveAppProtocolPath('app://annals/index.html.', root)).toBeNull();
  });

  it('refuses folder listings and other hosts, schemes and credentials', () => {
    expect(resolveAppProtocolPath('app://annals/assets/', root)).toBeNull();
    expect(resolveAppProtocolPath('app://other/index.html', root)).toBeNull();
    expect(resolveAppProtocolPath('app://annals@other/index.html', root)).toBeNull();
    expect(resolveAppProtocolPath('https://annals/index.html', root)).toBeNull();
    expect(resolveAppProtocolPath('file:///srv/annals/dist/renderer/index.html', root)).toBeNull();
    expect(resolveAppProtocolPath('not a url', root)).toBeNull();
  });
});
