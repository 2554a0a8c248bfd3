import type { Settings } from '../../contract/index.ts';

/** Where settings live is the shell's business (electron-store on the desktop, conf elsewhere: same JSON file). */
export interface SettingsStore {
  read(): unknown;
  write(settings: Settings): void;
}
