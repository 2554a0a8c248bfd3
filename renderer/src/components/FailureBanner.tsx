import { LoaderCircle } from 'lucide-react';
import { type ReactNode, useState } from 'react';
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
  /** Asks again; while the promise it gives is pending, Retry shows that it is at work. */
  onRetry(): Promise<unknown> | undefined;
  /** Other ways on (e.g. back to the current text), after Retry. */
  children?: ReactNode;
}) {
  const [retrying, setRetrying] = useState(false);
  async function retry() {
    if (retrying) return;
    setRetrying(true);
    try {
      await onRetry();
    } finally {
      // A retry that worked takes the banner away; one that failed again gives Retry back.
      setRetrying(false);
    }
  }
  // Only the sentences are the alert: with Retry inside it, "Retrying…" changed the alert and it was read again.
  return (
    <div className="banner banner-error">
      <p role="alert">{failureSentences(failure, reason)}</p>
      <div className="banner-actions">
        {/* aria-disabled rather than disabled: a disabled button drops the keyboard focus to the page. */}
        <Button
          size="sm"
          icon={retrying ? LoaderCircle : undefined}
          aria-busy={retrying}
          aria-disabled={retrying}
          onClick={() => void retry()}
        >
          {retrying ? 'Retrying…' : 'Retry'}
        </Button>
        {children}
      </div>
    </div>
  );
}
