import type { z } from 'zod';
import {
  AnnalsError,
  api,
  type Envelope,
  isAnnalsError,
  isMethodName,
  type MethodName,
  type MethodOutput,
} from '../contract/index.ts';

export type Handlers = {
  [M in MethodName]: (input: z.output<(typeof api)[M]['input']>) => Promise<MethodOutput<M>> | MethodOutput<M>;
};

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/**
 * The one entry point of every shell: validates the input against the contract, runs the handler,
 * and answers an envelope. It never throws. The core's handler table is complete (createHandlers is
 * typed so); a partial one serves the methods that need no library.
 */
export function createDispatcher(handlers: Partial<Handlers>, options: { validateOutput?: boolean } = {}) {
  return async function dispatch(method: string, input: unknown): Promise<Envelope<unknown>> {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'BAD_INPUT', message: `Unknown method “${String(method).slice(0, 80)}”.` } };
    }
    const spec = api[method];
    const handler = handlers[method] as ((input: unknown) => Promise<unknown>) | undefined;
    // A dispatcher over part of the contract (the core without a library) names what it cannot answer.
    if (!handler) return { ok: false, error: { code: 'BAD_INPUT', message: `${method} needs a library.` } };
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'BAD_INPUT', message: `Invalid input for ${method}: ${describeIssues(parsed.error)}` },
      };
    }
    try {
      const value = await handler(parsed.data);
      if (options.validateOutput) {
        const checked = spec.output.safeParse(value);
        if (!checked.success)
          throw new AnnalsError(
            'INTERNAL',
            `${method} answered outside the contract: ${describeIssues(checked.error)}`,
          );
      }
      return { ok: true, value };
    } catch (error) {
      if (isAnnalsError(error)) return { ok: false, error: { code: error.code, message: error.message } };
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'INTERNAL', message: `Something went wrong: ${message}` } };
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;
