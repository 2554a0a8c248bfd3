import { Merge } from 'lucide-react';
import { plural } from '../../lib/plural.ts';
import { useServices } from '../../state/app-context.tsx';
import { useDuplicates } from '../../state/queries.ts';
import { Button } from '../../ui/Button.tsx';

/**
 * Settings › Library: pages saved more than once (before a page had one key), merged on request, never
 * silently: each page keeps the article saved first, and Undo brings the others back.
 */
export function DuplicatesControls() {
  const { library } = useServices();
  const groups = useDuplicates().data?.groups;
  const copies = groups?.reduce((count, group) => count + group.merge.length, 0) ?? 0;
  return (
    <div className="duplicates-controls">
      <p aria-live="polite">
        {groups === undefined
          ? 'Looking for duplicate articles…'
          : copies === 0
            ? 'No duplicate articles: every page is saved once.'
            : `${plural(copies, 'duplicate article')} found: ${plural(groups.length, 'page')} saved more than once.`}
      </p>
      <Button icon={Merge} disabled={copies === 0} onClick={() => void library.mergeDuplicates()}>
        Merge duplicate articles
      </Button>
      <p className="muted">
        Each page keeps the article saved first, with every text of its copies as a version and all their tags,
        highlights and notes. The copies go to the trash; Undo brings them back.
      </p>
    </div>
  );
}
