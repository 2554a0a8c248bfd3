import type { EventName, EventPayload } from '../contract/index.ts';

export type EventListener = (name: EventName, payload: unknown) => void;

/** Fan-out of core events to every shell that listens (IPC, Server-Sent Events, tests). */
export class EventHub {
  private readonly listeners = new Set<EventListener>();

  on(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) {
      try {
        listener(name, payload);
      } catch {
        // A failing listener (a closed window, a dropped socket) must not stop the others.
      }
    }
  }
}
