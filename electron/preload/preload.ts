// The renderer's only door to the main process: `window.annals.invoke`, `onEvent` and `chooseFolder`.
// Runs sandboxed; raw ipcRenderer never crosses the bridge, and neither does Electron's event object.
import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import type { Envelope } from '../contract/errors.ts';
import { CHOOSE_FOLDER_CHANNEL, EVENT_CHANNEL, INVOKE_CHANNEL } from '../main/ipc-channels.ts';

type EventListener = (name: string, payload: unknown) => void;

const annals = {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>> {
    return ipcRenderer.invoke(INVOKE_CHANNEL, String(method), input);
  },
  onEvent(listener: EventListener): () => void {
    if (typeof listener !== 'function') throw new TypeError('window.annals.onEvent needs a function');
    const forward = (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (typeof name === 'string') listener(name, payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
  /** The system's folder picker (Move library to…): the folder chosen, or null. */
  async chooseFolder(): Promise<string | null> {
    const chosen: unknown = await ipcRenderer.invoke(CHOOSE_FOLDER_CHANNEL);
    return typeof chosen === 'string' ? chosen : null;
  },
};

contextBridge.exposeInMainWorld('annals', Object.freeze(annals));
