import { type FormEvent, useState } from 'react';
import { useServices } from '../state/app-context.tsx';
import { Dialog, DialogHeader } from '../ui/Dialog.tsx';
import { FilePicker } from '../ui/FilePicker.tsx';

/** Follow a feed by its address or any page of its site; a page with several feeds offers them all. */
export function FollowFeedDialog() {
  const { library, ui } = useServices();
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [choices, setChoices] = useState<{ url: string; title: string; type: string }[]>([]);
  const [local, setLocal] = useState<{ url: string; address: string } | null>(null);

  async function follow(address: string, allowPrivateNetwork = false) {
    setBusy(true);
    const result = await library.followFeed(address, allowPrivateNetwork);
    setBusy(false);
    setLocal(result?.localNetwork ?? null);
    if (result?.feed) ui.closeDialog();
    else if (result) setChoices(result.choices);
  }

  async function importFile(file: File) {
    if (file.size > 5_000_000) {
      ui.toast(`${file.name} is larger than 5 MB.`, 'error');
      return;
    }
    setBusy(true);
    const imported = await library.importOpml(await file.text());
    setBusy(false);
    if (imported) {
      ui.closeDialog();
      void library.refreshFeeds();
    }
  }

  async function exportOpml() {
    const opml = await library.exportOpml();
    if (opml === null) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([opml], { type: 'text/x-opml;charset=utf-8' }));
    link.download = 'annals-feeds.opml';
    document.body.append(link);
    link.click();
    link.remove();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const typed = url.trim();
    if (!typed) return;
    void follow(/^[a-z][a-z0-9+.-]*:/i.test(typed) ? typed : `https://${typed}`);
  }

  return (
    <Dialog title="Follow a feed">
      <DialogHeader title="Follow a feed" />
      <form onSubmit={submit} className="stacked" noValidate>
        <label className="stacked">
          <span>The address of a feed, or of any page of the site</span>
          <input
            className="text-field"
            type="text"
            inputMode="url"
            value={url}
            placeholder="https://example.com/"
            disabled={busy}
            onChange={(event) => setUrl(event.target.value)}
          />
        </label>
        <div className="popover-actions">
          <span className="muted">Each new article is saved in full, to read offline.</span>
          <button type="submit" className="button button-primary" disabled={busy || !url.trim()}>
            {busy ? 'Looking…' : 'Follow'}
          </button>
        </div>
      </form>
      <section aria-labelledby="opml-heading">
        <h3 id="opml-heading">Or bring your feeds from another reader</h3>
        <FilePicker
          label="Import an OPML file"
          accept=".opml,.xml,text/xml,application/xml"
          disabled={busy}
          onPick={(file) => void importFile(file)}
        >
          Import an OPML file…
        </FilePicker>
        <p className="muted">Folders are kept.</p>
      </section>
      <p>
        <button type="button" className="link-button" onClick={() => void exportOpml()}>
          Export the feeds you follow as OPML
        </button>
      </p>
      {local && (
        <section aria-label="A feed on your own network" className="stacked">
          <p role="alert">
            <strong>{local.url}</strong> is on this computer or your local network ({local.address}). Follow it only if
            you know it: Annals will fetch from there at every refresh.
          </p>
          <div className="popover-actions">
            <button type="button" className="button" onClick={() => setLocal(null)}>
              Cancel
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => void follow(local.url, true)}
            >
              Follow it on {local.address}
            </button>
          </div>
        </section>
      )}
      {choices.length > 0 && (
        <section aria-label="Feeds on that page">
          <h3>That site offers several feeds</h3>
          <ul className="stacked-options">
            {choices.map((choice) => (
              <li key={choice.url}>
                <button type="button" className="button" disabled={busy} onClick={() => void follow(choice.url)}>
                  Follow “{choice.title}”
                </button>{' '}
                <span className="muted">{choice.url}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Dialog>
  );
}
