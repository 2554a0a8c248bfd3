import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const themes = ['light', 'dark', 'sepia'] as const;
export type Theme = (typeof themes)[number];

/** A file of the renderer's styles, as the app ships it. */
export const readStyles = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../../../../renderer/src/${file}`, import.meta.url)), 'utf8');

/** Each theme's #rrggbb tokens: the light theme's (the :root defaults) with the theme's own on top. */
export function themeColors(): Record<Theme, Record<string, string>> {
  const css = readStyles('styles/tokens.css');
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

/** Relative luminance, WCAG 2.1. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio, WCAG 2.1: 1 (none) to 21 (black on white). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
