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
  // Said once after a Retry that failed again: the alert's words are the same, so nothing else would be heard.
  const [failedAgain, setFailedAgain] = useState(false);
  async function retry() {
    if (retrying) return;
    setRetrying(true);
    setFailedAgain(false);
    let again = true;
    try {
      again = answeredWithFailure(await onRetry());
    } finally {
      // A retry that worked takes the banner away; one that failed again gives Retry back.
      setRetrying(false);
      setFailedAgain(again);
    }
  }
  // Only the sentences are the alert: with Retry inside it, "Retrying…" changed the alert and it was read again.
  return (
    <div className="banner banner-error">
      <p role="alert">{failureSentences(failure, reason)}</p>
      {/* Polite and apart from the alert, and empty while Retrying…, so it is heard once per failed Retry. */}
      <p className="visually-hidden" role="status">
        {failedAgain ? `${stillFailing(failure)}.` : ''}
      </p>
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

/** Whether what Retry answered (a refetch's result, or several) says the view still failed. */
function answeredWithFailure(answer: unknown): boolean {
  const answers = Array.isArray(answer) ? answer : [answer];
  return answers.some(
    (one) => typeof one === 'object' && one !== null && (one as { isError?: unknown }).isError === true,
  );
}

/** "The timeline could not be loaded" → "Still could not load the timeline". */
export function stillFailing(failure: string): string {
  const passive = /^(.*) could not be (\w+?)(?:ed)?$/.exec(failure);
  if (!passive?.[1] || !passive[2]) return `Still: ${failure}`;
  const thing = passive[1].replace(/^The /, 'the ').replace(/^This /, 'this ');
  return `Still could not ${passive[2]} ${thing}`;
}
