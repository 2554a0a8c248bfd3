// The worker's side of off-thread.ts: each request is answered with the work's answer, or with the message of what it
// threw, so that the caller sees the same error as when the work is done on its own thread.
import { parentPort } from 'node:worker_threads';

export interface WorkRequest<Request> {
  id: number;
  request: Request;
}

export type WorkAnswer<Answer> = { id: number; ok: true; answer: Answer } | { id: number; ok: false; message: string };
/** Told before the answer, as often as the work likes: how far it has got. */
export type WorkMessage<Answer> = WorkAnswer<Answer> | { id: number; progress: unknown };

/** Answers the requests the worker’s parent sends with `work`, passing on what it tells of its progress. */
export function answerRequests<Request, Answer>(
  work: (request: Request, progress: (progress: unknown) => void) => Answer | Promise<Answer>,
): void {
  parentPort?.on('message', async ({ id, request }: WorkRequest<Request>) => {
    let reply: WorkAnswer<Answer>;
    const progress = (told: unknown) => parentPort?.postMessage({ id, progress: told } satisfies WorkMessage<Answer>);
    try {
      reply = { id, ok: true, answer: await work(request, progress) };
    } catch (error) {
      reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    parentPort?.postMessage(reply);
  });
}
