import type { ReactNode } from 'react';
import { failureSentences } from '../lib/failure-words.ts';
import { Button } from '../ui/Button.tsx';

/**
 * “The timeline could not be loaded. The stored events could not be read.” and Retry: a failed load is often
 * a lost connection or a busy disk, over a moment later, so the reader can ask again without leaving the view.
 */
export function FailureBanner({
  failure,
  reason,
  onRetry,
  children,
}: {
  /** What failed, as a sentence without its full stop. */
  failure: string;
  /** The core's message, which becomes the second sentence. */
  reason: string | undefined;
  onRetry(): void;
  /** Other ways on (e.g. back to the current text), after Retry. */
  children?: ReactNode;
}) {
  return (
    <div className="banner banner-error" role="alert">
      <p>{failureSentences(failure, reason)}</p>
      <div className="banner-actions">
        <Button size="sm" onClick={onRetry}>
          Retry
        </Button>
        {children}
      </div>
    </div>
  );
}
