import { homedir } from 'node:os';
import { join } from 'node:path';
import { libraryLocationFile, readLibraryLocation } from './library-home/library-location.ts';

/** The folder Electron's app.getPath('userData') names for productName "Annals", on each platform. */
export function userDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const home = homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Annals');
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Annals');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Annals');
}

/**
 * The desktop app's library: the CLI and browser mode use it unless told otherwise. It is `library/` in the
 * user-data folder until the reader moves it (Settings › Sync › Move library to…, `annals move-library`);
 * then the pointer file written there names it.
 */
export function defaultLibraryDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const appDir = userDataDir(env, platform);
  return readLibraryLocation(libraryLocationFile(appDir)) ?? join(appDir, 'library');
}
