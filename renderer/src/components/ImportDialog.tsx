import { Import } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { ImportPreview, ImportResult } from '../../../electron/contract/import.ts';
import { formatCount, plural } from '../lib/plural.ts';
import { useServices, useUi } from '../state/app-context.tsx';
import { Button } from '../ui/Button.tsx';
import { Dialog, DialogHeader } from '../ui/Dialog.tsx';
import { FilePicker } from '../ui/FilePicker.tsx';
import { ImportProgress } from './ImportProgress.tsx';

const MAX_FILE_BYTES = 100 * 1024 * 1024;

/**
 * Brings a library from another app: choose (or drop) its export file, see what importing it would
 * do, import, then watch the articles' text arrive.
 */
export function ImportDialog() {
  const { library, ui } = useServices();
  const offer = useUi((state) => state.importOffer);
  const [preview, setPreview] = useState<ImportPreview | null>(offer?.preview ?? null);
  const [fileName, setFileName] = useState(offer?.file.name ?? '');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  // Each file chosen counts; the preview of one chosen before it, answered late, is not shown.
  const chosen = useRef(0);

  /** Starts over for a file: nothing of the previous one (its preview, its import's results) stays. */
  async function choose(file: File, known: ImportPreview | null = null) {
    const turn = ++chosen.current;
    setResult(null);
    setPreview(known);
    setFileName(file.name);
    setBusy(false);
    if (known) return;
    if (file.size > MAX_FILE_BYTES) {
      ui.toast(`${file.name} is larger than 100 MB, the most Annals imports at once.`, 'error');
      return;
    }
    setBusy(true);
    const next = (await library.previewImport(file)) ?? null;
    if (turn !== chosen.current) return;
    setPreview(next);
    setBusy(false);
  }

  // A file dropped on the window comes with the dialog, or replaces the one in it while it is open.
  // biome-ignore lint/correctness/useExhaustiveDependencies: for each file offered, not for each render
  useEffect(() => {
    if (offer) void choose(offer.file, offer.preview);
  }, [offer]);

  async function run() {
    if (!preview) return;
    setBusy(true);
    const turn = chosen.current;
    const imported = await library.runImport(preview.previewId);
    if (turn !== chosen.current) return;
    setBusy(false);
    if (!imported) return;
    setPreview(null);
    setResult(imported);
  }

  return (
    <Dialog title="Import" className="import-dialog">
      <DialogHeader title="Import" />
      <p className="muted">
        Exports of Pocket (zip, CSV or HTML), Instapaper, Omnivore, Wallabag and Readwise Reader, bookmarks from any
        browser, and OPML feed lists. Tags, read and archived states, dates and highlights come along.
      </p>
      <FilePicker
        label="Export file"
        accept=".zip,.csv,.json,.html,.htm,.opml,.xml"
        disabled={busy}
        variant={fileName ? 'secondary' : 'primary'}
        chosen={fileName}
        onPick={(file) => void choose(file)}
      >
        {fileName ? 'Choose another file…' : 'Choose the export file…'}
      </FilePicker>
      {busy && !preview && <p role="status">Reading {fileName}…</p>}
      {preview && <PreviewSummary preview={preview} fileName={fileName} />}
      {preview && (
        <div className="popover-actions">
          <Button variant="ghost" disabled={busy} onClick={() => ui.closeDialog()}>
            Cancel
          </Button>
          <Button
            variant="primary"
            icon={Import}
            disabled={busy || (preview.articles === 0 && preview.feeds === 0)}
            onClick={() => void run()}
          >
            {busy ? 'Importing…' : 'Import'}
          </Button>
        </div>
      )}
      {result && (
        <p role="status" className="import-result">
          Imported {plural(result.added, 'new article')}
          {result.updated ? `, updated ${result.updated}` : ''}
          {result.unchanged ? `, ${result.unchanged} already here` : ''}
          {result.highlights ? `, ${plural(result.highlights, 'highlight')}` : ''}
          {result.feedsAdded ? `; following ${plural(result.feedsAdded, 'new feed')}` : ''}.
        </p>
      )}
      {/* The fetch of an import's articles, also while another file is read or previewed: the corner leaves it to
          this dialog while it is open, so hiding it here told it nowhere. */}
      <ImportProgress earlier={preview !== null || busy} />
    </Dialog>
  );
}

function PreviewSummary({ preview, fileName }: { preview: ImportPreview; fileName: string }) {
  const facts = [
    preview.articles > 0 && plural(preview.articles, 'article'),
    preview.new > 0 && `${preview.new} new`,
    preview.existing > 0 && `${preview.existing} already in your library (tags and states merged)`,
    preview.duplicatesInFile > 0 && `${plural(preview.duplicatesInFile, 'duplicate')} in the file, merged`,
    preview.archived > 0 && `${preview.archived} archived`,
    preview.favorites > 0 && plural(preview.favorites, 'favorite'),
    preview.highlights > 0 && plural(preview.highlights, 'highlight'),
    preview.notes > 0 && plural(preview.notes, 'note'),
    preview.withContent > 0 && `${preview.withContent} with their text in the file`,
    preview.feeds > 0 && plural(preview.feeds, 'feed'),
  ].filter((fact): fact is string => typeof fact === 'string');
  return (
    <section aria-label="What will be imported" className="import-preview">
      <h3>
        {fileName}: {preview.description}
      </h3>
      <ul className="import-facts">
        {facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
      {preview.tags.length > 0 && (
        <p>
          Tags:{' '}
          {preview.tags
            .slice(0, 12)
            .map((tag) => `${tag.name} (${formatCount(tag.count)})`)
            .join(', ')}
          {preview.tags.length > 12 ? `, and ${preview.tags.length - 12} more` : ''}
        </p>
      )}
      {preview.toFetch > 0 && (
        <p className="muted">
          The text of {plural(preview.toFetch, 'article')} will be fetched from the web in the background; each is
          listed at once.
        </p>
      )}
      {preview.skippedCount > 0 && (
        <details>
          <summary>{plural(preview.skippedCount, 'row')} will be skipped</summary>
          <ul aria-label="Skipped rows" className="import-skipped">
            {preview.skipped.map((row) => (
              <li key={`${row.where}-${row.reason}`}>
                {row.where}: {row.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
