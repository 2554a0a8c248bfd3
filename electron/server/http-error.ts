import type { ServerResponse } from 'node:http';
import type { ErrorCode } from '../contract/index.ts';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const statusFor: Record<ErrorCode, number> = {
  BAD_INPUT: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  TOO_LARGE: 413,
  UNSUPPORTED_CONTENT: 422,
  NOT_AN_ARTICLE: 422,
  FETCH_FAILED: 502,
  TIMEOUT: 504,
  STORAGE_FAILED: 500,
  INTERNAL: 500,
};

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  extra: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  response.end(text);
}

export function sendError(response: ServerResponse, error: HttpError, extra: Record<string, string> = {}): void {
  sendJson(response, error.status, { ok: false, error: { code: error.code, message: error.message } }, extra);
}
