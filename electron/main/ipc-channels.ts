// Shared by main and preload: the only two channels between the UI and the main process.

/** Renderer → main: `(method, input)`, answered with an Envelope. */
export const INVOKE_CHANNEL = 'annals:invoke';

/** Main → renderer: `(name, payload)` for core events and menu commands. */
export const EVENT_CHANNEL = 'annals:event';
