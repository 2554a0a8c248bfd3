import type { SectionHandlers } from './context.ts';

/** The app as a whole: palette, help, search, saving, undo, settings, the sample, duplicates, import and export. */
export const annalsCommands: SectionHandlers<'Annals'> = {
  'app.palette': {
    run: (ctx) => (ctx.state.dialog === 'palette' ? ctx.ui.closeDialog() : ctx.ui.openDialog('palette')),
  },
  'help.shortcuts': { run: (ctx) => ctx.ui.openDialog('help') },
  'search.focus': { run: (ctx) => ctx.ui.focusSearch() },
  'article.saveUrl': { run: (ctx) => ctx.ui.focusSaveField() },
  'edit.undo': {
    label: (ctx) => {
      const last = ctx.state.undoStack.at(-1);
      return last ? `Undo: ${last.label}` : 'Undo';
    },
    available: (ctx) => ctx.state.undoStack.length > 0,
    async run(ctx) {
      const undone = await ctx.ui.undo();
      if (undone) ctx.ui.toast(`Undone: ${undone}`);
    },
  },
  'app.settings': { run: (ctx) => ctx.ui.openSettings() },
  'settings.sync': { run: (ctx) => ctx.ui.openSettings('settings-sync') },
  'settings.backup': { run: (ctx) => ctx.ui.openSettings('settings-backup') },
  'settings.browser': { run: (ctx) => ctx.ui.openSettings('settings-bookmarklet') },
  'help.about': { run: (ctx) => ctx.ui.openDialog('about') },
  'sample.install': {
    available: (ctx) => !ctx.sampleInstalled,
    run: (ctx) => ctx.library.installSample(),
  },
  'sample.remove': {
    available: (ctx) => ctx.sampleInstalled,
    run: (ctx) => ctx.library.removeSample(),
  },
  // Says so when there is nothing to merge; Settings › Library shows how many there are.
  'duplicates.merge': { run: (ctx) => ctx.library.mergeDuplicates() },
  'import.open': { run: (ctx) => ctx.ui.openImport() },
  'annotations.export': { run: (ctx) => ctx.ui.openDialog('export') },
};
