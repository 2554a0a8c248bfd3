import { Archive } from 'lucide-react';
import { useState } from 'react';
import type { MethodOutput } from '../../../electron/contract/api.ts';
import { fileBase64 } from '../lib/file-base64.ts';
import { plural } from '../lib/plural.ts';
import { useServices } from '../state/app-context.tsx';
import { useInfo } from '../state/queries.ts';
import { Button } from '../ui/Button.tsx';
import { FilePicker } from '../ui/FilePicker.tsx';

type Backup = MethodOutput<'library.backup'>;
type Restore = MethodOutput<'library.restore'>;

// The contract takes backups of up to 200 MB from the window, over IPC and HTTP alike.
const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

const megabytes = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Settings › Library: write a backup zip, and restore one (into an empty library as it was, else merged). */
export function BackupControls() {
  const { library } = useServices();
  const info = useInfo().data;
  const [busy, setBusy] = useState<'backup' | 'restore' | null>(null);
  const [written, setWritten] = useState<Backup | null>(null);
  const [chosen, setChosen] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [restored, setRestored] = useState<Restore | null>(null);
  const articleCount = info?.articleCount ?? 0;

  async function backUp() {
    setBusy('backup');
    setWritten((await library.backup()) ?? null);
    setBusy(null);
  }

  function choose(file: File | undefined) {
    setRestored(null);
    setProblem(null);
    setChosen(null);
    if (!file) return;
    if (file.size > MAX_UPLOAD_BYTES) {
      setProblem(
        `${file.name} is ${megabytes(file.size)}; this window can restore backups of up to ${megabytes(MAX_UPLOAD_BYTES)}. Restore it with: annals restore "${file.name}"`,
      );
      return;
    }
    setChosen(file);
  }

  async function restore(file: File) {
    setBusy('restore');
    const result = await library.restoreBackup(await fileBase64(file, file.name));
    setBusy(null);
    setChosen(null);
    setRestored(result ?? null);
  }

  return (
    <div className="backup-controls">
      <h4 id="settings-backup">Backups</h4>
      <p className="muted">
        A backup is one zip file holding every article with its images, highlights and notes, your feeds, tag colors and
        settings.
      </p>
      <div className="button-row">
        <Button icon={Archive} disabled={busy !== null} onClick={() => void backUp()}>
          {busy === 'backup' ? 'Backing up…' : 'Back up library…'}
        </Button>
        <FilePicker
          label="Backup file to restore"
          accept=".zip,application/zip"
          disabled={busy !== null}
          onPick={(file) => choose(file)}
        >
          Restore from backup…
        </FilePicker>
      </div>
      <p id="restore-hint" className="muted">
        Restoring never removes anything from this library.
      </p>
      {written && (
        <p role="status" className="backup-result">
          Backed up {plural(written.articles, 'article')} ({megabytes(written.bytes)}) to <code>{written.path}</code>
        </p>
      )}
      {problem && (
        <p role="alert" className="backup-problem">
          {problem}
        </p>
      )}
      {chosen && (
        <section className="restore-confirm" aria-label="Confirm restore">
          <p>
            Restore <strong>{chosen.name}</strong> ({megabytes(chosen.size)})?
          </p>
          <p>
            {articleCount === 0
              ? 'This library is empty: the backup is restored as it was, settings included.'
              : `This library already has ${plural(articleCount, 'article')}: the backup is merged into it. Articles found in both keep every tag and highlight of both copies; your settings stay as they are.`}
          </p>
          <div className="button-row">
            <Button variant="primary" disabled={busy !== null} onClick={() => void restore(chosen)}>
              {busy === 'restore' ? 'Restoring…' : articleCount === 0 ? 'Restore' : 'Merge into this library'}
            </Button>
            <Button variant="ghost" disabled={busy !== null} onClick={() => choose(undefined)}>
              Cancel
            </Button>
          </div>
        </section>
      )}
      {restored && <RestoreSummary result={restored} />}
    </div>
  );
}

function RestoreSummary({ result }: { result: Restore }) {
  return (
    <section className="restore-summary" aria-label="Restore result">
      <p role="status">
        Restored {plural(result.restored, 'article')}
        {result.intoEmpty ? '' : `, merged ${plural(result.merged, 'article')} this library already had`}
        {result.feedsAdded > 0 ? `, followed ${plural(result.feedsAdded, 'new feed')}` : ''}.
      </p>
      {result.skipped.length > 0 && (
        <>
          <p>{plural(result.skipped.length, 'file was', 'files were')} skipped:</p>
          <ul aria-label="Skipped files" className="skipped-list">
            {result.skipped.map((item) => (
              <li key={item.path}>
                <code>{item.path}</code>: {item.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
