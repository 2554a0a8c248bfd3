import type { ReaderSettings } from '../../../electron/contract/model.ts';
import { type CommandContext, type CommandHandler, notInTimeline, type SectionHandlers } from './context.ts';

function reader(ctx: CommandContext, patch: (current: ReaderSettings) => Partial<ReaderSettings>) {
  if (!ctx.settings) return;
  return ctx.library.setSettings({ reader: patch(ctx.settings.reader) });
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const themes = ['system', 'light', 'dark', 'sepia'] as const;
const theme = (name: ReaderSettings['theme']): CommandHandler => ({
  checked: (ctx) => ctx.settings?.reader.theme === name,
  run: (ctx) => ctx.library.setSettings({ reader: { theme: name } }),
});

/** The reader's theme, type and line width. */
export const appearanceCommands: SectionHandlers<'Appearance'> = {
  'view.theme.system': theme('system'),
  'view.theme.light': theme('light'),
  'view.theme.dark': theme('dark'),
  'view.theme.sepia': theme('sepia'),
  'view.theme.next': {
    run: (ctx) => reader(ctx, (current) => ({ theme: themes[(themes.indexOf(current.theme) + 1) % themes.length] })),
  },
  'reader.font': { run: (ctx) => reader(ctx, (current) => ({ font: current.font === 'serif' ? 'sans' : 'serif' })) },
  'reader.bigger': { run: (ctx) => reader(ctx, (current) => ({ fontSize: clamp(current.fontSize + 1, 12, 32) })) },
  'reader.smaller': {
    available: notInTimeline,
    run: (ctx) => reader(ctx, (current) => ({ fontSize: clamp(current.fontSize - 1, 12, 32) })),
  },
  'reader.wider': { run: (ctx) => reader(ctx, (current) => ({ lineWidth: clamp(current.lineWidth + 4, 40, 100) })) },
  'reader.narrower': {
    run: (ctx) => reader(ctx, (current) => ({ lineWidth: clamp(current.lineWidth - 4, 40, 100) })),
  },
};
