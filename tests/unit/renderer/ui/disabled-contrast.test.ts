// A control that cannot be used now (Save with no link typed, Next at the last match) still says what it is:
// its words keep 3:1 against its face and the surfaces it sits on in every theme, computed from the tokens,
// where half opacity left the dark theme's Save at 2.7:1 and the light theme's at 2.2:1.
import { describe, expect, it } from 'vitest';
import { contrast, readStyles, themeColors, themes } from './theme-colors.ts';

const buttons = readStyles('ui/buttons.css');
/** The rule (declarations) whose selector list is exactly `selector`. */
const rule = (selector: string) =>
  new RegExp(`(?:^|\\}|\\*/)\\s*${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\{([^}]*)\\}`).exec(
    buttons,
  )?.[1];

describe('a disabled control', () => {
  for (const theme of themes) {
    it(`keeps its words at 3:1 on its face and on every surface in the ${theme} theme`, () => {
      const colors = themeColors()[theme];
      const words = colors['--disabled-fg'];
      expect(words, '--disabled-fg').toBeDefined();
      for (const surface of ['--control', '--bg', '--bg-soft', '--bg-raised']) {
        expect(contrast(words!, colors[surface]!), `--disabled-fg on ${surface}`).toBeGreaterThanOrEqual(3);
      }
      // Dimmer than the muted words of an enabled control, so it still looks unavailable.
      expect(contrast(words!, colors['--control']!)).toBeLessThan(contrast(colors['--muted']!, colors['--control']!));
    });
  }

  it('draws buttons, icon buttons and menu items in those words on a plain face, never faded whole', () => {
    const button = rule('.button:disabled,\n.button[aria-disabled="true"]');
    expect(button).toContain('color: var(--disabled-fg)');
    expect(button).toContain('background: var(--control)');
    expect(rule('.icon-button:disabled')).toContain('color: var(--disabled-fg)');
    expect(rule('.menu-item:disabled')).toContain('color: var(--disabled-fg)');
    expect(buttons).not.toMatch(/:disabled[^{]*\{[^}]*opacity/);
  });
});
