import { homedir } from 'node:os';
import { join } from 'node:path';

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

/** The desktop app's library: the CLI and browser mode use it unless told otherwise. */
export function defaultLibraryDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  return join(userDataDir(env, platform), 'library');
}
