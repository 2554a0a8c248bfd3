import { Eye } from 'lucide-react';
import type { TimelineScope } from '../../../../electron/contract/timeline.ts';
import { plural } from '../../lib/plural.ts';
import { useServices } from '../../state/app-context.tsx';
import { useTimeline } from '../../state/queries.ts';
import { Button } from '../../ui/Button.tsx';

/**
 * A timeline with no event to show says why, and what would fill it: the events being found, the reader's
 * own hiding (undone with one button), or articles that name no date yet.
 */
export function EmptyTimeline({
  scope,
  indexing,
  showHidden,
}: {
  scope: TimelineScope;
  indexing: boolean;
  showHidden: boolean;
}) {
  const { ui } = useServices();
  // Asked only once nothing is shown (and already in hand when hidden events are): is it all hidden?
  const everything = useTimeline(scope, true);
  const hidden = showHidden ? 0 : (everything.data?.events.filter((event) => event.hidden).length ?? 0);
  if (indexing) {
    return (
      <section className="empty-state" aria-label="Finding events">
        <h3>Finding events…</h3>
        <p>Annals is reading the dates in your saved articles. The timeline fills in as it goes.</p>
      </section>
    );
  }
  if (hidden > 0) {
    return (
      <section className="empty-state" aria-label="Every event here is hidden">
        <h3>Every event here is hidden</h3>
        <p>
          You hid {plural(hidden, 'event')} of this {scope.kind === 'story' ? 'story' : 'timeline'}. They stay hidden
          until you show them again.
        </p>
        <div className="empty-actions">
          <Button variant="primary" icon={Eye} onClick={() => ui.setTimeline({ showHidden: true })}>
            Show hidden events
          </Button>
        </div>
      </section>
    );
  }
  if (scope.kind === 'story') {
    return (
      <section className="empty-state" aria-label="No events in this story">
        <h3>No dated events in this story yet</h3>
        <p>
          None of its articles names a date Annals can place (“on Monday”, “May 16”, “last week”). Save more reporting
          on it and its events appear here, or highlight a sentence in one of its articles and add it to the timeline.
        </p>
      </section>
    );
  }
  return (
    <section className="empty-state" aria-label="No events yet">
      <h3>No dated events {scope.kind === 'all' ? 'yet' : 'here yet'}</h3>
      <p>
        Save a few articles about the same news: Annals reads the dates in them (“on Monday”, “May 16”, “last week”),
        groups the articles into a story, and lays out what happened when, each event linked to the sentences that
        report it.
      </p>
    </section>
  );
}
