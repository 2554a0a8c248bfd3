import { useEffect } from 'react';
import type { ApiClient } from '../api/client.ts';

/**
 * While the reader scrolls, the core is told at most this often; it holds back its background work of the start
 * for half a second after each report (app.readerActive), so a report every quarter second keeps it held back.
 */
export const REPORT_EVERY_MS = 250;

/** A function to call on every scroll event that calls `send` at most once every REPORT_EVERY_MS. */
export function scrollReporter(send: () => void, now: () => number = () => performance.now()): () => void {
  let sentAt = Number.NEGATIVE_INFINITY;
  return () => {
    const at = now();
    if (at - sentAt < REPORT_EVERY_MS) return;
    sentAt = at;
    send();
  };
}

/**
 * Tells the core whenever anything in the window scrolls (the list, a timeline, the reader): on two cores its work
 * of the start (the search index, the timeline's events) would otherwise delay the frames of the scroll (issue 12).
 * Scroll events do not bubble, so they are heard on their way down (capture).
 */
export function useReportScrolling(client: ApiClient): void {
  useEffect(() => {
    const report = scrollReporter(() => {
      // Nothing to tell the reader when it fails: the work merely goes on meanwhile.
      client.call('app.readerActive', { activity: 'scrolling' }).catch(() => {});
    });
    document.addEventListener('scroll', report, { capture: true, passive: true });
    return () => document.removeEventListener('scroll', report, { capture: true });
  }, [client]);
}
