import { describe, expect, it } from 'vitest';
import { navigationDecision } from '../../../electron/main/navigation.ts';

describe('navigationDecision', () => {
  it('never lets the app page navigate away; web links go to the system browser', () => {
    expect(navigationDecision('https://www.example.com/story', true)).toBe('open-externally');
    expect(navigationDecision('http://example.org/', true)).toBe('open-externally');
    expect(navigationDecision('app://annals/index.html', true)).toBe('deny');
    expect(navigationDecision('file:///etc/passwd', true)).toBe('deny');
    expect(navigationDecision('about:blank', true)).toBe('deny');
    expect(navigationDecision('javascript:alert(1)', true)).toBe('deny');
  });

  it('lets the article frame show its srcdoc, and sends a link clicked in it outside', () => {
    expect(navigationDecision('about:srcdoc', false)).toBe('allow');
    expect(navigationDecision('about:blank', false)).toBe('allow');
    expect(navigationDecision('app://annals/reader.html', false)).toBe('allow');
    expect(navigationDecision('https://publisher.example/next-story', false)).toBe('open-externally');
  });

  it('refuses every other destination for a frame', () => {
    for (const url of [
      'file:///home/reader/.ssh/id_rsa',
      'data:text/html,hi',
      'app://evil/x.html',
      'app://annals@evil/x.html',
      'chrome://gpu',
      'https://user:pw@example.com/',
    ]) {
      expect(navigationDecision(url, false), url).toBe('deny');
    }
  });
});
