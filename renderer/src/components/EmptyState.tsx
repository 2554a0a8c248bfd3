import type { LibraryView } from '../../../electron/contract/model.ts';
import { useServices } from '../state/app-context.tsx';
import { useSettings } from '../state/queries.ts';

const hints: Record<Exclude<LibraryView, 'inbox' | 'all'>, { title: string; text: string }> = {
  favorites: {
    title: 'No favorites yet',
    text: 'Press F on an article, or use the star in the reader, to keep it here.',
  },
  archive: {
    title: 'Nothing archived yet',
    text: 'Press A on an article you have finished to move it here. Nothing is ever thrown away.',
  },
};

export function EmptyState({ view, libraryEmpty }: { view: LibraryView; libraryEmpty: boolean }) {
  const { library, ui } = useServices();
  const settings = useSettings();

  if (view === 'favorites' || view === 'archive') {
    return (
      <section className="empty-state" aria-label={hints[view].title}>
        <h3>{hints[view].title}</h3>
        {/* With no article at all, "press F on an article" points at nothing: first, how to save one. */}
        {libraryEmpty ? (
          <>
            <p>
              Your library has no articles yet. Paste a link in the field above to save your first one, or bring in what
              you saved elsewhere.
            </p>
            <div className="empty-actions">
              <button type="button" className="button" onClick={() => ui.openImport()}>
                Import from another app…
              </button>
            </div>
          </>
        ) : (
          <p>{hints[view].text}</p>
        )}
      </section>
    );
  }

  const firstRun = libraryEmpty && settings.data?.sampleOffered === false;
  return (
    <section className="empty-state" aria-label={firstRun ? 'Welcome to Annals' : 'Nothing to read'}>
      <h3>{firstRun ? 'Welcome to Annals' : libraryEmpty ? 'Your library is empty' : 'Your Inbox is clear'}</h3>
      <p>
        Annals keeps the articles you save on your own disk, in full, to read offline. Paste a link above, drop a link
        or a saved <code>.html</code> page on this window, or add the “Save to Annals” bookmarklet from{' '}
        <button type="button" className="link-button" onClick={() => ui.openSettings('settings-bookmarklet')}>
          Settings
        </button>{' '}
        to your browser.
      </p>
      {libraryEmpty && (
        <div className="empty-actions">
          <p>Want to look around first? A few sample articles, several following one story, show what Annals does.</p>
          <button type="button" className="button button-primary" onClick={() => void library.installSample()}>
            Add sample articles
          </button>
          {firstRun && (
            <button type="button" className="button" onClick={() => void library.declineSample()}>
              Start with an empty library
            </button>
          )}
        </div>
      )}
    </section>
  );
}
