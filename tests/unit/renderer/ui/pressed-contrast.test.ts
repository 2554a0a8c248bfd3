// A pressed toggle (the timeline's zoom, the theme in the settings) must stand out from the others in every
// theme: its edge has at least 3:1 contrast against the track the unpressed ones sit on (WCAG 1.4.11),
// computed from the tokens.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const read = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../../../../renderer/src/${file}`, import.meta.url)), 'utf8');
const tokens = read('styles/tokens.css');

/** The custom properties of one theme's block, the light (root) ones under the others. */
function themeTokens(theme: 'light' | 'dark' | 'sepia'): Map<string, string> {
  const values = new Map<string, string>();
  const blocks = [...tokens.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector, body]) => ({
    selector: selector!.trim(),
    body: body!,
  }));
  const wanted = [blocks[0]!, ...blocks.filter((block) => block.selector.includes(`data-theme="${theme}"`))];
  for (const { body } of wanted) {
    for (const [, name, value] of body.matchAll(/(--[\w-]+):\s*([^;]+);/g)) values.set(name!, value!.trim());
  }
  return values;
}

function luminance(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const channels = [0, 2, 4].map((at) => Number.parseInt(match[1]!.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('a pressed toggle button', () => {
  for (const theme of ['light', 'dark', 'sepia'] as const) {
    it(`has an edge with 3:1 contrast against the unpressed track in the ${theme} theme`, () => {
      const values = themeTokens(theme);
      const edge = values.get('--toggle-pressed-edge');
      const track = values.get('--control');
      expect(edge, '--toggle-pressed-edge').toBeDefined();
      expect(contrast(edge!, track!)).toBeGreaterThanOrEqual(3);
      // The pressed face is lighter than the track in the dark, where a shadow cannot show it.
      if (theme === 'dark') expect(luminance(values.get('--toggle-pressed-bg')!)).toBeGreaterThan(luminance(track!));
    });
  }

  it('draws that edge around the chosen option of a segmented choice (theme, font)', () => {
    const rule = /\.radio-segmented \.radio-option\.is-checked \{([^}]*)\}/.exec(read('ui/fields.css'));
    expect(rule?.[1]).toContain('var(--toggle-pressed-edge)');
    expect(rule?.[1]).toContain('var(--toggle-pressed-bg)');
  });

  it('draws that edge around the pressed button of a toggle group', () => {
    const rule = /\.toggle-group-track \.button\[aria-pressed="true"\](?!:disabled)[^{]*\{([^}]*)\}/.exec(
      read('ui/buttons.css'),
    );
    expect(rule?.[1]).toContain('var(--toggle-pressed-edge)');
    expect(rule?.[1]).toContain('var(--toggle-pressed-bg)');
  });
});
