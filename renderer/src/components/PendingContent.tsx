import type { Article } from '../../../electron/contract/model.ts';
import { useServices } from '../state/app-context.tsx';

/** An imported article whose text has not arrived: fetching it, or why it could not be, with Retry. */
export function PendingContent({ article }: { article: Article }) {
  const { library } = useServices();
  const failed = article.contentStatus === 'failed';
  return (
    <div className={`pending-content ${failed ? 'banner banner-error' : 'banner'}`} role="status">
      {failed ? (
        <p>
          Annals couldn’t fetch this article’s text:{' '}
          {(article.contentError ?? 'no reason was given').replace(/\.$/, '')}.
        </p>
      ) : (
        <p>
          Fetching this article’s text… It was imported with its title and address; the text is fetched in the
          background (Import… shows how far it got).
        </p>
      )}
      {failed && (
        <p>
          <button type="button" className="button" onClick={() => void library.retryImport([article.id])}>
            Retry
          </button>
        </p>
      )}
    </div>
  );
}
