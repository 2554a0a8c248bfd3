import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error.ts';

export interface BodyLimits {
  maxBytes: number;
  /** What the reader is told past maxBytes. */
  tooLargeMessage: string;
  /** How long the whole body may take to arrive; what the handler does afterwards is not limited. */
  timeoutMs: number;
}

/**
 * Reads a request body within a size and a time limit. Only the reading is timed: a slow client
 * (or one that stops sending) is cut off, while a call that takes minutes to answer is not.
 */
export function readBody(request: IncomingMessage, limits: BodyLimits): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limits.maxBytes) return Promise.reject(tooLarge(limits));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (error: HttpError) => {
      clearTimeout(timer);
      request.pause();
      reject(error);
    };
    const timer = setTimeout(() => {
      stop(new HttpError(408, 'TIMEOUT', `The request did not arrive within ${seconds(limits.timeoutMs)}.`));
    }, limits.timeoutMs);
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxBytes) {
        stop(tooLarge(limits));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    request.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

function tooLarge(limits: BodyLimits): HttpError {
  return new HttpError(413, 'TOO_LARGE', limits.tooLargeMessage);
}

function seconds(ms: number): string {
  const value = Math.round(ms / 100) / 10;
  return value === 1 ? '1 second' : `${value} seconds`;
}
