import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '../../../electron/main/external-links.ts';

describe('isSafeExternalUrl', () => {
  it('lets ordinary web links open in the browser', () => {
    expect(isSafeExternalUrl('https://www.example.com/news/2025/05/21/story.html?ref=annals#top')).toBe(true);
    expect(isSafeExternalUrl('http://example.org/')).toBe(true);
    expect(isSafeExternalUrl('https://[2001:db8::1]:8443/a')).toBe(true);
  });

  it('refuses every scheme that is not http or https', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'app://annals/index.html',
      'annals-asset://article/abcdef/assets/a.png',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'vbscript:msgbox',
      'mailto:someone@example.com',
      'chrome://settings',
      'ftp://example.com/file',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });

  it('refuses links that hide where they go behind credentials', () => {
    expect(isSafeExternalUrl('https://bank.example.com@evil.example/')).toBe(false);
    expect(isSafeExternalUrl('https://user:pass@example.com/')).toBe(false);
  });

  it('refuses relative, malformed and padded addresses instead of guessing', () => {
    for (const url of [
      '',
      '/news',
      'example.com',
      'https://',
      'http:///path',
      ' https://example.com',
      'https://exa\nmple.com',
      'https://example.com/\u0000',
      'https:example.com',
      'https:\\\\evil.example',
      'https:/\\evil.example',
    ]) {
      expect(isSafeExternalUrl(url), JSON.stringify(url)).toBe(false);
    }
  });

  it('refuses what is not a string, and absurdly long addresses', () => {
    expect(isSafeExternalUrl(undefined)).toBe(false);
    expect(isSafeExternalUrl({ href: 'https://example.com' })).toBe(false);
    expect(isSafeExternalUrl(`https://example.com/${'a'.repeat(9000)}`)).toBe(false);
  });
});
