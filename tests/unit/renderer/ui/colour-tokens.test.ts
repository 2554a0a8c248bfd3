// The colours of links and of timeline events, read from the design tokens as the app reads them: warm,
// to sit with the palette, and readable (WCAG 2.1 AA) on every surface of every theme.
import { describe, expect, it } from 'vitest';
import { contrast, themeColors, themes } from './theme-colors.ts';

const channels = (hex: string) =>
  [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255) as [number, number, number];

/** Hue in degrees (0 red, 30 orange, 60 yellow, 220 blue). */
function hue(hex: string): number {
  const [r, g, b] = channels(hex);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max === min) return 0;
  const raw = max === r ? (g - b) / (max - min) : max === g ? 2 + (b - r) / (max - min) : 4 + (r - g) / (max - min);
  return (raw * 60 + 360) % 360;
}

describe('the colour of links and events', () => {
  it('makes links readable on every surface of every theme (AA, 4.5:1)', () => {
    const colours = themeColors();
    for (const theme of themes) {
      const { '--link': link } = colours[theme];
      expect(link, `${theme} has a --link token`).toBeDefined();
      for (const surface of ['--bg', '--bg-soft', '--bg-raised', '--selected']) {
        const ratio = contrast(link!, colours[theme][surface]!);
        expect(ratio, `${theme}: --link on ${surface} is ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('keeps links warm, with the palette, in every theme (red to orange, never the default blue)', () => {
    const colours = themeColors();
    for (const theme of themes) {
      const link = colours[theme]['--link']!;
      expect(hue(link), `${theme}: --link ${link}`).toBeLessThanOrEqual(40);
    }
  });

  it('gives event marks a colour of their own that shows on the page (3:1 for the underline)', () => {
    const colours = themeColors();
    for (const theme of themes) {
      const { '--event': event, '--link': link, '--bg': bg } = colours[theme];
      expect(event, `${theme} has an --event token`).toBeDefined();
      expect(event).not.toBe(link);
      expect(contrast(event!, bg!), `${theme}: --event on --bg`).toBeGreaterThanOrEqual(3);
    }
  });
});
