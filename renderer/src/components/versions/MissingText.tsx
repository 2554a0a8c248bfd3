import { History, RefreshCw } from 'lucide-react';
import type { Article } from '../../../../electron/contract/model.ts';
import { useServices } from '../../state/app-context.tsx';
import { Button } from '../../ui/Button.tsx';
import { useArticleVersions } from './use-versions.ts';

/**
 * The article's stored text is missing or empty (a damaged file): say so, and offer what can bring it
 * back: fetching the page again (when it came from the web), or reading an earlier version.
 */
export function MissingText({ article, onOpenVersion }: { article: Article; onOpenVersion(versionId: string): void }) {
  const { library } = useServices();
  const earlier = (useArticleVersions(article.id).data?.versions ?? []).find((version) => !version.current);
  const fromWeb = /^https?:/i.test(article.url);
  return (
    <section className="banner banner-warning missing-text" aria-label="Text missing">
      <p>
        This article’s stored text is missing or empty: its file was damaged or lost.
        {fromWeb || earlier ? ' You can bring it back.' : ' Its title, state, tags and highlights are kept.'}
      </p>
      <p className="missing-text-actions">
        {fromWeb && (
          <Button icon={RefreshCw} onClick={() => void library.saveUrl(article.url, 'other')}>
            Fetch again
          </Button>
        )}
        {earlier && (
          <Button icon={History} onClick={() => onOpenVersion(earlier.versionId)}>
            Open an earlier version
          </Button>
        )}
      </p>
    </section>
  );
}
