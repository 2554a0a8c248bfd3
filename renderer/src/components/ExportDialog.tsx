import { Download } from 'lucide-react';
import { useState } from 'react';
import { download } from '../lib/download.ts';
import { useServices, useUi } from '../state/app-context.tsx';
import { useTags } from '../state/queries.ts';
import { Button } from '../ui/Button.tsx';
import { Dialog, DialogHeader } from '../ui/Dialog.tsx';
import { RadioGroup } from '../ui/Radio.tsx';
import { Select } from '../ui/Select.tsx';

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
      <RadioGroup
        legend="Format"
        variant="list"
        value={format}
        options={formats.map((option) => ({ value: option.id, label: option.label }))}
        onChange={setFormat}
      />
      <RadioGroup
        legend="What"
        variant="list"
        value={scope}
        options={[
          ...(openId ? [{ value: 'article' as const, label: 'This article' }] : []),
          { value: 'library' as const, label: 'The whole library' },
        ]}
        onChange={setScope}
      />
      {scope === 'library' && (tags.data?.tags.length ?? 0) > 0 && (
        <Select
          label="Only the tag"
          className="export-tag"
          value={tag}
          options={[
            { value: '', label: '(all tags)' },
            ...(tags.data?.tags ?? []).map((option) => ({ value: option.name, label: option.name })),
          ]}
          onChange={setTag}
        />
      )}
      <div className="dialog-actions">
        {/* Focused first: the choices above are ready as they are, so Enter exports. */}
        <Button variant="primary" icon={Download} disabled={busy} data-autofocus onClick={() => void run()}>
          {busy ? 'Exporting…' : 'Export'}
        </Button>
      </div>
    </Dialog>
  );
}
