import { useEffect, useRef, useState } from 'react';
import { bookmarkletCode } from '../lib/bookmarklet.ts';
import { useServices } from '../state/app-context.tsx';
import { useInfo, useSettings } from '../state/queries.ts';
import { AddressControls } from './AddressControls.tsx';
import { AppearanceControls } from './AppearanceControls.tsx';
import { BackupControls } from './BackupControls.tsx';
import { Dialog, DialogHeader } from './Dialog.tsx';
import { SyncSection } from './settings/SyncSection.tsx';

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
          <SaveFromBrowser origin={info.server.origin} token={info.server.token} />
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
      <section aria-labelledby="settings-network">
        <h3 id="settings-network">Network</h3>
        <label className="toggle">
          <input
            type="checkbox"
            checked={settings.data?.allowLocalNetwork ?? false}
            onChange={(event) => void library.setSettings({ allowLocalNetwork: event.target.checked })}
          />
          <span>Let feeds, imported lists and dropped links reach this computer and my local network</span>
        </label>
        <p className="muted">
          Off, only an address you type yourself may be on your own network (a feed after you confirm it); the others,
          and every image of a page from the web, stay on the public web. Pages saved from your browser never reach your
          network, and no public page can redirect Annals into it.
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
      <SyncSection />
    </Dialog>
  );
}

function SaveFromBrowser({ origin, token }: { origin: string; token: string }) {
  const { library } = useServices();
  const code = bookmarkletCode(origin);
  const connect = `${origin}/save/connect?token=${encodeURIComponent(token)}`;
  const link = useRef<HTMLAnchorElement>(null);
  const [copied, setCopied] = useState<'bookmarklet' | 'address' | null>(null);
  const copy = (text: string, what: 'bookmarklet' | 'address') => {
    void navigator.clipboard?.writeText(text).then(() => setCopied(what));
  };
  // React refuses javascript: URLs in href, rightly; this one is ours, built from the server's facts.
  useEffect(() => {
    link.current?.setAttribute('href', code);
  }, [code]);
  return (
    <div className="bookmarklet">
      <p>
        Drag this button to your bookmarks bar. On any page, click it: a small Annals window opens and saves that page,
        exactly as your browser shows it (pages behind a login too). It works while Annals is running.
      </p>
      <a
        ref={link}
        href="#bookmarklet"
        className="button button-primary bookmarklet-link"
        draggable
        aria-describedby="bookmarklet-safety"
      >
        Save to Annals
      </a>
      <p>Then connect the browser you read in, once, by opening this address in it:</p>
      <p>
        <a className="button" href={connect} target="_blank" rel="noopener noreferrer">
          Connect this browser
        </a>{' '}
        <button type="button" className="button" onClick={() => copy(connect, 'address')}>
          {copied === 'address' ? 'Copied' : 'Copy the connect address'}
        </button>
      </p>
      <p id="bookmarklet-safety" className="muted">
        The bookmarklet holds no secret: the page you save only hands its address and text to Annals’ window at{' '}
        <code>{origin}</code>, and no page can see what connects your browser. Connected browsers can add pages and
        nothing else: never read, change or delete what you saved.
      </p>
      <p>
        <button type="button" className="button" onClick={() => void library.renewSaveToken()}>
          Renew the save token
        </button>{' '}
        <span className="muted">Browsers connected before must then connect again.</span>
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
      <button type="button" className="button" onClick={() => copy(code, 'bookmarklet')}>
        {copied === 'bookmarklet' ? 'Copied' : 'Copy bookmarklet'}
      </button>
    </div>
  );
}
