/** The subset of Electron's BrowserWindow options Annals sets; main.ts passes it to BrowserWindow as is. */
export interface AnnalsWindowOptions {
  title: string;
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  show: boolean;
  backgroundColor: string;
  autoHideMenuBar: boolean;
  webPreferences: {
    preload: string;
    contextIsolation: true;
    sandbox: true;
    nodeIntegration: false;
    nodeIntegrationInWorker: false;
    nodeIntegrationInSubFrames: false;
    webSecurity: true;
    allowRunningInsecureContent: false;
    webviewTag: false;
    experimentalFeatures: false;
    navigateOnDragDrop: false;
    safeDialogs: true;
    spellcheck: boolean;
    devTools: boolean;
  };
}

/**
 * The one window's options: the renderer is an ordinary sandboxed web page whose only way to
 * the core is the preload's `invoke`. Shown once its first paint is ready, so it never flashes.
 */
export function windowOptions(
  preloadPath: string,
  { devTools = true }: { devTools?: boolean } = {},
): AnnalsWindowOptions {
  return {
    title: 'Annals',
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    backgroundColor: '#f7f5f0',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      devTools,
    },
  };
}
