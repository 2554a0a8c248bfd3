import { useState } from 'react';
import { download } from '../lib/download.ts';
import { useServices, useUi } from '../state/app-context.tsx';
import { useTags } from '../state/queries.ts';
import { Dialog, DialogHeader } from './Dialog.tsx';

const formats = [
  { id: 'md', label: 'Markdown (one file per article, for Obsidian and other notes apps)' },
  { id: 'jsonld', label: 'W3C Web Annotation (JSON-LD)' },
  { id: 'csv', label: 'CSV (Readwise-compatible)' },
  { id: 'html', label: 'Printable page (HTML)' },
] as const;

type Format = (typeof formats)[number]['id'];

/** Exports the open article's highlights, or the library's (optionally one tag's), as files to download. */
export function ExportDialog() {
  const { library, ui } = useServices();
  const openId = useUi((state) => state.openId);
  const tags = useTags();
  const [format, setFormat] = useState<Format>('md');
  const [scope, setScope] = useState<'article' | 'library'>(openId ? 'article' : 'library');
  const [tag, setTag] = useState('');
  const [busy, setBusy] = useState(false);

  async function run() {
    setBusy(true);
    const result = await library.exportAnnotations(format, {
      ...(scope === 'article' && openId ? { articleId: openId } : {}),
      ...(scope === 'library' && tag ? { tag } : {}),
    });
    setBusy(false);
    if (!result) return;
    for (const file of result.files) download(file.fileName, file.mimeType, file.content);
    ui.closeDialog();
    ui.toast(
      result.files.length === 0
        ? 'There were no highlights to export.'
        : `Exported ${result.files.length} ${result.files.length === 1 ? 'file' : 'files'}`,
    );
  }

  return (
    <Dialog title="Export highlights and notes">
      <DialogHeader title="Export highlights and notes" />
      <fieldset className="stacked-options">
        <legend>Format</legend>
        {formats.map((option) => (
          <label key={option.id}>
            <input
              type="radio"
              name="export-format"
              value={option.id}
              checked={format === option.id}
              onChange={() => setFormat(option.id)}
            />{' '}
            {option.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="stacked-options">
        <legend>What</legend>
        {openId && (
          <label>
            <input
              type="radio"
              name="export-scope"
              checked={scope === 'article'}
              onChange={() => setScope('article')}
            />{' '}
            This article
          </label>
        )}
        <label>
          <input type="radio" name="export-scope" checked={scope === 'library'} onChange={() => setScope('library')} />{' '}
          The whole library
        </label>
        {scope === 'library' && (tags.data?.tags.length ?? 0) > 0 && (
          <label className="sort-control">
            <span>Only the tag</span>
            <select value={tag} onChange={(event) => setTag(event.target.value)}>
              <option value="">(all tags)</option>
              {tags.data?.tags.map((option) => (
                <option key={option.name} value={option.name}>
                  {option.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </fieldset>
      <div className="popover-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void run()}>
          {busy ? 'Exporting…' : 'Export'}
        </button>
      </div>
    </Dialog>
  );
}
