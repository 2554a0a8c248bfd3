import { createRequire } from 'node:module';
import type Conf from 'conf';
import type { Settings } from '../../contract/index.ts';
import { PRIVATE_FILE_MODE } from '../storage/private-files.ts';
import type { SettingsStore } from './types.ts';

/**
 * Settings outside Electron (browser mode, CLI, tests) through conf, the library electron-store is
 * built on: the same settings.json file in the library folder, written atomically.
 */
export function confSettingsStore(libraryDir: string): SettingsStore {
  let conf: Conf<Settings> | null = null;
  const open = () => {
    if (!conf) {
      // Loaded on first use (node ≥ 20.19 can require ES modules): most CLI commands never need settings.
      const ConfClass = createRequire(import.meta.url)('conf').default as typeof Conf;
      conf = new ConfClass<Settings>({
        cwd: libraryDir,
        configName: 'settings',
        projectName: 'annals',
        clearInvalidConfig: true,
        configFileMode: PRIVATE_FILE_MODE,
      });
    }
    return conf;
  };
  return {
    read: () => open().store,
    write: (settings) => {
      open().store = settings;
    },
  };
}
