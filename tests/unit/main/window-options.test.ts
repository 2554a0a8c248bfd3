import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../../electron/main/window-options.ts';

describe('windowOptions', () => {
  const options = windowOptions('/app/dist/main/preload.cjs');

  it('loads the preload that exposes window.annals', () => {
    expect(options.webPreferences.preload).toBe('/app/dist/main/preload.cjs');
  });

  it('keeps the renderer an ordinary sandboxed web page, isolated from the preload', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
  });

  it('keeps spellcheck for notes and waits for the first paint before showing', () => {
    expect(options.webPreferences.spellcheck).toBe(true);
    expect(options.show).toBe(false);
    expect(options.title).toBe('Annals');
  });

  it('turns developer tools off when asked (the packaged app)', () => {
    expect(options.webPreferences.devTools).toBe(true);
    expect(windowOptions('/p.cjs', { devTools: false }).webPreferences.devTools).toBe(false);
  });

  it('names no option that would weaken the hardening', () => {
    const preferences = options.webPreferences as Record<string, unknown>;
    for (const risky of ['enableRemoteModule', 'enableBlinkFeatures', 'additionalArguments', 'partition', 'webgl']) {
      expect(preferences[risky], risky).toBeUndefined();
    }
  });
});
