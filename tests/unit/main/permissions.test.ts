import { describe, expect, it } from 'vitest';
import { CLIPBOARD_WRITE, permissionGranted } from '../../../electron/main/permissions.ts';

describe('permissionGranted', () => {
  it('lets the app’s own page write the clipboard ("Copy the note"), asked by address or by origin', () => {
    expect(permissionGranted(CLIPBOARD_WRITE, 'app://annals/index.html', true)).toBe(true);
    expect(permissionGranted(CLIPBOARD_WRITE, 'app://annals/index.html#/article/abc123', true)).toBe(true);
    // The check handler may know only the origin.
    expect(permissionGranted(CLIPBOARD_WRITE, 'app://annals', true)).toBe(true);
  });

  it('refuses every other permission to the app’s own page, clipboard reads first', () => {
    for (const permission of [
      'clipboard-read',
      'deprecated-sync-clipboard-read',
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'fullscreen',
      'hid',
      'usb',
      'serial',
      'fileSystem',
      'unknown',
    ]) {
      expect(permissionGranted(permission, 'app://annals/index.html', true), permission).toBe(false);
    }
  });

  it('refuses the clipboard to the article frame and to any other page or look-alike', () => {
    expect(permissionGranted(CLIPBOARD_WRITE, 'app://annals/index.html', false)).toBe(false);
    expect(permissionGranted(CLIPBOARD_WRITE, 'about:srcdoc', false)).toBe(false);
    for (const url of [
      'https://news.example/story',
      'http://127.0.0.1:47813/',
      'file:///app/index.html',
      'app://annals.evil.example/index.html',
      'app://annals@evil/index.html',
      'annals-asset://article/abc123/assets/a.png',
      'about:blank',
      '',
      undefined,
    ]) {
      expect(permissionGranted(CLIPBOARD_WRITE, url, true), String(url)).toBe(false);
    }
  });
});
