// Shared by main and preload: the channels between the UI and the main process.

/** Renderer → main: `(method, input)`, answered with an Envelope. */
export const INVOKE_CHANNEL = 'annals:invoke';

/** Main → renderer: `(name, payload)` for core events and menu commands. */
export const EVENT_CHANNEL = 'annals:event';

/** Renderer → main: show the folder picker (Settings › Sync › Move library to…); answers a path or null. */
export const CHOOSE_FOLDER_CHANNEL = 'annals:choose-folder';
