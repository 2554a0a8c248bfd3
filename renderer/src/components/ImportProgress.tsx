import { Pause, Play, RefreshCw } from 'lucide-react';
import { formatCount } from '../lib/plural.ts';
import { useServices } from '../state/app-context.tsx';
import { useImportStatus } from '../state/queries.ts';
import { Button } from '../ui/Button.tsx';
import { Progress } from '../ui/Progress.tsx';

/** The background fetch of imported articles: a bar with counts, pause and resume, failures with Retry. */
export function ImportProgress({
  earlier = false,
}: {
  /**
   * Another file is being read or previewed: this fetch is of the imports before it, told in short (its bar and
   * counts) below that file's preview; its failures, with Retry, come back once no other file is shown.
   */
  earlier?: boolean;
}) {
  const { library } = useServices();
  const status = useImportStatus().data;
  if (!status) return null;
  const { pending, done, failed, paused } = status;
  const total = pending + done + failed.length;
  if (total === 0) return null;
  const finished = pending === 0;
  return (
    <section aria-labelledby="import-fetch-heading" className="import-progress">
      <h3 id="import-fetch-heading">
        {earlier ? 'Fetching the text of the articles imported before' : 'Fetching the articles’ text'}
      </h3>
      {/* While fetching, how far it has got; done, how much came: a full bar after "0 fetched, 5 could not be" read
          as all fetched. */}
      <Progress
        label="Articles fetched"
        max={total}
        value={finished ? done : done + failed.length}
        valueText={
          finished
            ? `${formatCount(done)} of ${formatCount(total)} fetched`
            : `${formatCount(done + failed.length)} of ${formatCount(total)}`
        }
      />
      <p role="status">
        {finished
          ? `Done: ${formatCount(done)} fetched${failed.length ? `, ${formatCount(failed.length)} could not be` : ''}.`
          : `${formatCount(done + failed.length)} of ${formatCount(total)} — ${formatCount(pending)} to go${paused ? ' (paused)' : ''}.`}{' '}
        <span className="muted">You can read and organize your library meanwhile.</span>
      </p>
      {!finished && (
        <div className="popover-actions">
          {paused ? (
            <Button icon={Play} onClick={() => void library.resumeImport()}>
              Resume
            </Button>
          ) : (
            <Button icon={Pause} onClick={() => void library.pauseImport()}>
              Pause
            </Button>
          )}
        </div>
      )}
      {failed.length > 0 && !earlier && (
        // Open however many failed: each row's Retry is in sight (the list scrolls).
        <details open>
          <summary>{formatCount(failed.length)} could not be fetched</summary>
          <ul className="import-failures" aria-label="Articles that could not be fetched">
            {failed.slice(0, 200).map((failure) => {
              // An export may give no title: the address then names the row and its button.
              const name = failure.title.trim() || failure.url;
              return (
                // One line each, Retry at its end: a long title is cut short (whole on hover, and in Retry's name),
                // where at 720 px it pushed Retry under it.
                <li key={failure.id} className="import-failure">
                  <span className="import-failure-title" title={name}>
                    {name}
                  </span>{' '}
                  <span className="import-failure-reason muted" title={failure.reason}>
                    — {failure.reason}
                  </span>{' '}
                  <Button size="sm" aria-label={`Retry ${name}`} onClick={() => void library.retryImport([failure.id])}>
                    Retry
                  </Button>
                </li>
              );
            })}
          </ul>
          <Button icon={RefreshCw} onClick={() => void library.retryImport()}>
            Retry all
          </Button>
        </details>
      )}
    </section>
  );
}
