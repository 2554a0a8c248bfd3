import { useEffect, useRef, useState } from 'react';
import { bookmarkletCode } from '../lib/bookmarklet.ts';
import { useServices } from '../state/app-context.tsx';
import { useInfo, useSettings } from '../state/queries.ts';
import { AddressControls } from './AddressControls.tsx';
import { AppearanceControls } from './AppearanceControls.tsx';
import { BackupControls } from './BackupControls.tsx';
import { Dialog, DialogHeader } from './Dialog.tsx';

export function SettingsDialog() {
  const { library, ui } = useServices();
  const info = useInfo().data;
  const settings = useSettings();
  return (
    <Dialog title="Settings" className="settings">
      <DialogHeader title="Settings" />
      <section aria-labelledby="settings-appearance">
        <h3 id="settings-appearance">Appearance</h3>
        <AppearanceControls />
      </section>
      <section aria-labelledby="settings-bookmarklet">
        <h3 id="settings-bookmarklet">Save from your browser</h3>
        {info?.server ? (
          <Bookmarklet origin={info.server.origin} token={info.server.token} />
        ) : (
          <p className="muted">The save-from-browser server is not running in this window.</p>
        )}
      </section>
      {info?.server && info.shell !== 'electron' && (
        <section aria-labelledby="settings-address">
          <h3 id="settings-address">This window’s address</h3>
          <AddressControls />
        </section>
      )}
      <section aria-labelledby="settings-feeds">
        <h3 id="settings-feeds">Feeds</h3>
        <label className="range">
          <span>Keep unread feed articles for</span>
          <select
            value={settings.data?.feedRetentionDays ?? 30}
            onChange={(event) => void library.setSettings({ feedRetentionDays: Number(event.target.value) })}
          >
            {[7, 14, 30, 90, 365, 3650].map((days) => (
              <option key={days} value={days}>
                {days === 3650 ? 'ten years' : days === 365 ? 'a year' : `${days} days`}
              </option>
            ))}
          </select>
        </label>
        <p className="muted">
          Articles you kept in any way (read, favorite, archived, tagged or highlighted) stay for good.
        </p>
      </section>
      <section aria-labelledby="settings-library">
        <h3 id="settings-library">Library</h3>
        <p>
          Your articles are plain files in <code>{info?.libraryPath ?? '…'}</code> ({info?.articleCount ?? 0}{' '}
          {info?.articleCount === 1 ? 'article' : 'articles'}).
        </p>
        <button type="button" className="button" onClick={() => ui.openImport()}>
          Import from another app…
        </button>{' '}
        {info?.sampleInstalled ? (
          <button type="button" className="button" onClick={() => void library.removeSample()}>
            Remove the sample articles
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void library.installSample()}>
            Add the sample articles
          </button>
        )}
        <BackupControls />
      </section>
    </Dialog>
  );
}

function Bookmarklet({ origin, token }: { origin: string; token: string }) {
  const code = bookmarkletCode(origin, token);
  const link = useRef<HTMLAnchorElement>(null);
  const [copied, setCopied] = useState(false);
  // React refuses javascript: URLs in href, rightly; this one is ours, built from the server's facts.
  useEffect(() => {
    link.current?.setAttribute('href', code);
  }, [code]);
  return (
    <div className="bookmarklet">
      <p>
        Drag this button to your bookmarks bar. On any page, click it to save that page to Annals, exactly as your
        browser shows it (pages behind a login too). It works while Annals is running.
      </p>
      <a
        ref={link}
        href="#bookmarklet"
        className="button button-primary bookmarklet-link"
        draggable
        aria-describedby="bookmarklet-token"
      >
        Save to Annals
      </a>
      <p id="bookmarklet-token" className="muted">
        It sends pages to <code>{origin}</code> with the save-only token <code>{token}</code>, which can save pages and
        nothing else.
      </p>
      <label className="stacked">
        <span>Or copy the bookmarklet and paste it as a bookmark’s address:</span>
        <textarea
          className="text-field code"
          readOnly
          rows={3}
          value={code}
          onFocus={(event) => event.target.select()}
        />
      </label>
      <button
        type="button"
        className="button"
        onClick={() => {
          void navigator.clipboard?.writeText(code).then(() => setCopied(true));
        }}
      >
        {copied ? 'Copied' : 'Copy bookmarklet'}
      </button>
    </div>
  );
}
