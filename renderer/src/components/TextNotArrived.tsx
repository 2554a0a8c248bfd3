import { RefreshCw } from 'lucide-react';
import { useServices } from '../state/app-context.tsx';
import { Button } from '../ui/Button.tsx';

/**
 * Highlights imported on an article whose text has not been fetched yet: they are waiting for it, not
 * lost, and will be placed in it when it arrives. "Fetch again" fetches it now.
 */
export function TextNotArrived({
  articleId,
  title,
  count,
}: {
  articleId: string;
  /** Named where several articles' highlights are listed (the Highlights and notes pane). */
  title?: string;
  count: number;
}) {
  const { library } = useServices();
  return (
    <section className="banner text-not-arrived" aria-label="Text not arrived yet">
      <p>
        {title ? `The text of “${title}”` : 'This article’s text'} has not arrived yet:{' '}
        {count === 1 ? 'its highlight is' : `its ${count} highlights are`} kept and will be placed in the text when it
        does.
      </p>
      <Button
        size="sm"
        icon={RefreshCw}
        aria-label={title ? `Fetch again ${title}` : undefined}
        onClick={() => void library.retryImport([articleId])}
      >
        Fetch again
      </Button>
    </section>
  );
}
