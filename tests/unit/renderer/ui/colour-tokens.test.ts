// The colours of links and of timeline events, read from the design tokens as the app reads them: warm,
// to sit with the palette, and readable (WCAG 2.1 AA) on every surface of every theme.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const tokensFile = fileURLToPath(new URL('../../../../renderer/src/styles/tokens.css', import.meta.url));
const themes = ['light', 'dark', 'sepia'] as const;
type Theme = (typeof themes)[number];

/** Each theme's colour tokens: the light theme's (the :root defaults) with the theme's own on top. */
async function themeColours(): Promise<Record<Theme, Record<string, string>>> {
  const css = await readFile(tokensFile, 'utf8');
  const blockOf = (selector: RegExp): Record<string, string> => {
    const body = css.match(selector)?.[1];
    if (!body) throw new Error(`tokens.css has no block for ${selector}`);
    return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2]]));
  };
  const light = blockOf(/:root,\s*:root\[data-theme="light"\]\s*\{([^}]*)\}/);
  return {
    light,
    dark: { ...light, ...blockOf(/:root\[data-theme="dark"\]\s*\{([^}]*)\}/) },
    sepia: { ...light, ...blockOf(/:root\[data-theme="sepia"\]\s*\{([^}]*)\}/) },
  };
}

const channels = (hex: string) =>
  [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255) as [number, number, number];

/** Relative luminance, WCAG 2.1. */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

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
  it('makes links readable on every surface of every theme (AA, 4.5:1)', async () => {
    const colours = await themeColours();
    for (const theme of themes) {
      const { '--link': link } = colours[theme];
      expect(link, `${theme} has a --link token`).toBeDefined();
      for (const surface of ['--bg', '--bg-soft', '--bg-raised', '--selected']) {
        const ratio = contrast(link!, colours[theme][surface]!);
        expect(ratio, `${theme}: --link on ${surface} is ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('keeps links warm, with the palette, in every theme (red to orange, never the default blue)', async () => {
    const colours = await themeColours();
    for (const theme of themes) {
      const link = colours[theme]['--link']!;
      expect(hue(link), `${theme}: --link ${link}`).toBeLessThanOrEqual(40);
    }
  });

  it('gives event marks a colour of their own that shows on the page (3:1 for the underline)', async () => {
    const colours = await themeColours();
    for (const theme of themes) {
      const { '--event': event, '--link': link, '--bg': bg } = colours[theme];
      expect(event, `${theme} has an --event token`).toBeDefined();
      expect(event).not.toBe(link);
      expect(contrast(event!, bg!), `${theme}: --event on --bg`).toBeGreaterThanOrEqual(3);
    }
  });
});
