import type { Settings } from '../../contract/index.ts';

/**
 * Where settings are kept. The core keeps them in the library, per device (settings-file.ts); a
 * test may hand in a store of its own.
 */
export interface SettingsStore {
  read(): unknown;
  /** Resolves (when it answers a promise) once the settings are on disk. */
  write(settings: Settings): unknown;
}
