import type { Envelope } from '../contract/errors.ts';
import { isTrustedSender } from './trusted-sender.ts';

/** Who sent an IPC message, as far as the main process can tell. */
export interface InvokeSender {
  /** The sender is our one window's web contents (not a devtools page or anything else). */
  fromOurWindow: boolean;
  /** URL of the sending frame, or null when the frame is gone. */
  frameUrl: string | null;
  isMainFrame: boolean;
}

const MAX_METHOD_LENGTH = 100;

/**
 * The `annals:invoke` handler without Electron: refuse anything that is not our own page's top
 * frame, then hand the call to the core's dispatcher (which validates the input). Always
 * answers with an envelope, never throws, so the renderer sees the same shape as over HTTP.
 */
export async function invokeFromSender(
  sender: InvokeSender,
  method: unknown,
  input: unknown,
  dispatch: (method: string, input: unknown) => Promise<Envelope<unknown>>,
): Promise<Envelope<unknown>> {
  if (!sender.fromOurWindow || !isTrustedSender(sender.frameUrl, sender.isMainFrame)) {
    return { ok: false, error: { code: 'UNAUTHORIZED', message: 'This page may not talk to the Annals library.' } };
  }
  if (typeof method !== 'string' || method.length === 0 || method.length > MAX_METHOD_LENGTH) {
    return { ok: false, error: { code: 'BAD_INPUT', message: 'The request did not name an Annals method.' } };
  }
  try {
    return await dispatch(method, input);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'INTERNAL', message: `Annals hit an unexpected problem: ${message}` } };
  }
}
