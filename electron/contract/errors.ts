// The closed list of error codes any API call can answer with.
export const errorCodes = [
  'BAD_INPUT',
  'NOT_FOUND',
  'FETCH_FAILED',
  'NOT_AN_ARTICLE',
  'UNSUPPORTED_CONTENT',
  'TOO_LARGE',
  'TIMEOUT',
  'STORAGE_FAILED',
  'UNAUTHORIZED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** An error that carries a contract error code; the dispatcher turns it into an envelope. */
export class AnnalsError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AnnalsError';
    this.code = code;
  }
}

export function isAnnalsError(error: unknown): error is AnnalsError {
  return (
    error instanceof Error &&
    typeof (error as AnnalsError).code === 'string' &&
    (error as AnnalsError).name === 'AnnalsError'
  );
}
