import Store from 'electron-store';
import type { Settings } from '../contract/index.ts';
import type { SettingsStore } from '../core/settings/types.ts';
import { PRIVATE_FILE_MODE } from '../core/storage/private-files.ts';

/**
 * Settings in `<library>/settings.json` through electron-store, with the same options as the conf
 * store of the CLI and browser mode (core/settings/conf-store.ts), so every shell treats the file
 * alike. Opened on first use, never while the app is still starting.
 */
export function electronSettingsStore(libraryDir: string): SettingsStore {
  let store: Store<Settings> | null = null;
  const open = (): Store<Settings> => {
    store ??= new Store<Settings>({
      cwd: libraryDir,
      name: 'settings',
      clearInvalidConfig: true,
      configFileMode: PRIVATE_FILE_MODE,
    });
    return store;
  };
  return {
    read: () => open().store,
    write: (settings) => {
      open().store = settings;
    },
  };
}
