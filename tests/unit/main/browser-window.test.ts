import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  browserArguments,
  browserCandidates,
  browserProfileDir,
  findBrowser,
} from '../../../electron/launch/browser-window.ts';

const onlyThese = (...files: string[]) => {
  const present = new Set(files);
  return (file: string) => present.has(file);
};

describe('findBrowser', () => {
  it('finds Debian’s /usr/bin/chromium', () => {
    expect(findBrowser({ platform: 'linux', env: { PATH: '' }, exists: onlyThese('/usr/bin/chromium') })).toBe(
      '/usr/bin/chromium',
    );
  });

  it('prefers a browser on the PATH, Chromium first, over fixed install places', () => {
    const exists = onlyThese('/home/r/bin/google-chrome', '/usr/local/bin/chromium', '/usr/bin/chromium');
    expect(findBrowser({ platform: 'linux', env: { PATH: '/home/r/bin:/usr/local/bin' }, exists })).toBe(
      '/usr/local/bin/chromium',
    );
  });

  it('finds Chrome, Edge or Brave on Linux when there is no Chromium', () => {
    const env = { PATH: '/usr/bin' };
    expect(findBrowser({ platform: 'linux', env, exists: onlyThese('/opt/google/chrome/chrome') })).toBe(
      '/opt/google/chrome/chrome',
    );
    expect(findBrowser({ platform: 'linux', env, exists: onlyThese('/usr/bin/microsoft-edge') })).toBe(
      '/usr/bin/microsoft-edge',
    );
    expect(findBrowser({ platform: 'linux', env, exists: onlyThese('/usr/bin/brave-browser') })).toBe(
      '/usr/bin/brave-browser',
    );
  });

  it('looks in /Applications and ~/Applications on macOS', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const brave = '/Users/r/Applications/Brave Browser.app/Contents/MacOS/Brave Browser';
    expect(findBrowser({ platform: 'darwin', env: {}, home: '/Users/r', exists: onlyThese(chrome, brave) })).toBe(
      chrome,
    );
    expect(findBrowser({ platform: 'darwin', env: {}, home: '/Users/r', exists: onlyThese(brave) })).toBe(brave);
  });

  it('looks under the per-user and machine-wide program folders on Windows', () => {
    const env = {
      LOCALAPPDATA: 'C:\\Users\\r\\AppData\\Local',
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
    };
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const userChrome = 'C:\\Users\\r\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    expect(findBrowser({ platform: 'win32', env, exists: onlyThese(edge) })).toBe(edge);
    expect(findBrowser({ platform: 'win32', env, exists: onlyThese(edge, userChrome) })).toBe(userChrome);
  });

  it('lets ANNALS_BROWSER name a browser before any other', () => {
    const exists = onlyThese('/opt/my/chromium', '/usr/bin/chromium');
    expect(findBrowser({ platform: 'linux', env: { ANNALS_BROWSER: '/opt/my/chromium' }, exists })).toBe(
      '/opt/my/chromium',
    );
    expect(browserCandidates({ platform: 'win32', env: { ANNALS_BROWSER: 'D:\\chrome.exe' } })[0]).toBe(
      'D:\\chrome.exe',
    );
  });

  it('answers null when no browser is installed', () => {
    expect(findBrowser({ platform: 'linux', env: { PATH: '/usr/bin' }, exists: () => false })).toBeNull();
    expect(findBrowser({ platform: 'win32', env: {}, exists: () => false })).toBeNull();
  });

  it('never lists a relative path from an odd PATH entry', () => {
    const candidates = browserCandidates({ platform: 'linux', env: { PATH: '.:bin::/usr/bin' } });
    expect(candidates.every((candidate) => candidate.startsWith('/'))).toBe(true);
  });
});

describe('browserArguments', () => {
  it('opens an app window on a profile of its own, with the browser’s background chatter off', () => {
    const args = browserArguments('http://127.0.0.1:47813/?token=t', '/home/r/.cache/annals/browser-profile', {
      platform: 'linux',
      isRoot: false,
    });
    expect(args).toEqual([
      '--app=http://127.0.0.1:47813/?token=t',
      '--user-data-dir=/home/r/.cache/annals/browser-profile',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ]);
  });

  it('turns the sandbox off only for root on Linux (containers), where Chromium will not start otherwise', () => {
    expect(browserArguments('http://x/', '/p', { platform: 'linux', isRoot: true })).toContain('--no-sandbox');
    expect(browserArguments('http://x/', '/p', { platform: 'darwin', isRoot: true })).not.toContain('--no-sandbox');
    expect(browserArguments('http://x/', '/p', { platform: 'linux', isRoot: false })).not.toContain('--no-sandbox');
  });
});

describe('browserProfileDir', () => {
  it('keeps the profile in the user’s cache folder, not a shared temp folder', () => {
    expect(browserProfileDir({ platform: 'linux', env: {}, home: '/home/r' })).toBe(
      path.posix.join('/home/r', '.cache', 'annals', 'browser-profile'),
    );
    expect(browserProfileDir({ platform: 'linux', env: { XDG_CACHE_HOME: '/c' }, home: '/home/r' })).toBe(
      '/c/annals/browser-profile',
    );
    expect(browserProfileDir({ platform: 'darwin', env: {}, home: '/Users/r' })).toBe(
      '/Users/r/Library/Caches/Annals/browser-profile',
    );
    expect(browserProfileDir({ platform: 'win32', env: { LOCALAPPDATA: 'C:\\L' }, home: 'C:\\Users\\r' })).toBe(
      'C:\\L\\Annals\\browser-profile',
    );
  });
});
