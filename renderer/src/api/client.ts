import type { MethodInput, MethodName, MethodOutput } from '../../../electron/contract/api.ts';
import type { ErrorCode } from '../../../electron/contract/errors.ts';
import type { Transport } from './transport.ts';

/** A failed call, with the core's code and its readable message. */
export class ApiCallError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

/** The typed face of the contract for the UI; one per window. */
export interface ApiClient {
  readonly kind: Transport['kind'];
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Core events plus `command` (menu items in the desktop app). */
  onEvent(listener: (name: string, payload: unknown) => void): () => void;
  assetUrl(articleId: string, file: string): string;
  feedIconUrl(file: string): string;
  readonly assetSource: string;
  /** The system's folder picker, where the host has one (the desktop app). */
  readonly chooseFolder?: () => Promise<string | null>;
}

export function createClient(transport: Transport): ApiClient {
  return {
    kind: transport.kind,
    async call(method, input) {
      const envelope = await transport.invoke(method, input);
      if (!envelope.ok) throw new ApiCallError(envelope.error.code, envelope.error.message);
      return envelope.value as never;
    },
    onEvent: (listener) => transport.onEvent(listener),
    assetUrl: (articleId, file) => transport.assetUrl(articleId, file),
    feedIconUrl: (file) => transport.feedIconUrl(file),
    assetSource: transport.assetSource,
    ...(transport.chooseFolder ? { chooseFolder: transport.chooseFolder } : {}),
  };
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
