import Conf from 'conf';
import type { Settings } from '../../contract/index.ts';
import type { SettingsStore } from './types.ts';

/**
 * Settings outside Electron (browser mode, CLI, tests) through conf, the library electron-store is
 * built on: the same settings.json file in the library folder, written atomically.
 */
export function confSettingsStore(libraryDir: string): SettingsStore {
  let conf: Conf<Settings> | null = null;
  const open = () => {
    conf ??= new Conf<Settings>({
      cwd: libraryDir,
      configName: 'settings',
      projectName: 'annals',
      clearInvalidConfig: true,
    });
    return conf;
  };
  return {
    read: () => open().store,
    write: (settings) => {
      open().store = settings;
    },
  };
}
