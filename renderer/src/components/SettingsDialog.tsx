import { BookOpen, Check, Copy, Import, Link2, RefreshCw, Trash2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { bookmarkletCode } from '../lib/bookmarklet.ts';
import { useServices, useUi } from '../state/app-context.tsx';
import { useInfo, useSettings } from '../state/queries.ts';
import { Button } from '../ui/Button.tsx';
import { Checkbox } from '../ui/Checkbox.tsx';
import { Dialog, DialogHeader } from '../ui/Dialog.tsx';
import { Select } from '../ui/Select.tsx';
import { AddressControls } from './AddressControls.tsx';
import { AppearanceControls } from './AppearanceControls.tsx';
import { BackupControls } from './BackupControls.tsx';
import { DuplicatesControls } from './settings/DuplicatesControls.tsx';
import { SettingsContents } from './settings/SettingsContents.tsx';
import { SyncSection } from './settings/SyncSection.tsx';

export function SettingsDialog() {
  const { library, ui } = useServices();
  const info = useInfo().data;
  const settings = useSettings();
  const openAt = useUi((state) => state.settingsSection);
  const showsAddress = Boolean(info?.server && info.shell !== 'electron');
  return (
    <Dialog title="Settings" className="settings">
      <DialogHeader title="Settings" />
      <SettingsContents
        at={openAt}
        sections={[
          { id: 'settings-appearance', label: 'Appearance' },
          { id: 'settings-bookmarklet', label: 'Save from browser' },
          ...(showsAddress ? [{ id: 'settings-address', label: 'Address' }] : []),
          { id: 'settings-feeds', label: 'Feeds' },
          { id: 'settings-network', label: 'Network' },
          { id: 'settings-library', label: 'Library' },
          { id: 'settings-sync', label: 'Sync' },
        ]}
      />
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
      {showsAddress && (
        <section aria-labelledby="settings-address">
          <h3 id="settings-address">This window’s address</h3>
          <AddressControls />
        </section>
      )}
      <section aria-labelledby="settings-feeds">
        <h3 id="settings-feeds">Feeds</h3>
        <Select
          label="Keep unread feed articles for"
          value={settings.data?.feedRetentionDays ?? 30}
          options={[7, 14, 30, 90, 365, 3650].map((days) => ({
            value: days,
            label: days === 3650 ? 'ten years' : days === 365 ? 'a year' : `${days} days`,
          }))}
          onChange={(feedRetentionDays) => void library.setSettings({ feedRetentionDays })}
        />
        <p className="muted">
          Articles you kept in any way (read, favorite, archived, tagged or highlighted) stay for good.
        </p>
      </section>
      <section aria-labelledby="settings-network">
        <h3 id="settings-network">Network</h3>
        <Checkbox
          checked={settings.data?.allowLocalNetwork ?? false}
          onChange={(allowLocalNetwork) => void library.setSettings({ allowLocalNetwork })}
        >
          Let feeds, imported lists and dropped links reach this computer and my local network
        </Checkbox>
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
        <div className="button-row">
          <Button icon={Import} onClick={() => ui.openImport()}>
            Import from another app…
          </Button>
          {info?.sampleInstalled ? (
            <Button icon={Trash2} onClick={() => void library.removeSample()}>
              Remove the sample articles
            </Button>
          ) : (
            <Button icon={BookOpen} onClick={() => void library.installSample()}>
              Add the sample articles
            </Button>
          )}
        </div>
        <DuplicatesControls />
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
        data-tooltip="Drag to your bookmarks bar"
        draggable
        aria-describedby="bookmarklet-safety"
      >
        Save to Annals
      </a>
      <p>Then connect the browser you read in, once, by opening this address in it:</p>
      <p>
        <a className="button button-secondary" href={connect} target="_blank" rel="noopener noreferrer">
          <Link2 className="button-icon" aria-hidden="true" size={16} strokeWidth={1.75} />
          Connect this browser
        </a>{' '}
        <Button variant="ghost" icon={copied === 'address' ? Check : Copy} onClick={() => copy(connect, 'address')}>
          {copied === 'address' ? 'Copied' : 'Copy the connect address'}
        </Button>
      </p>
      <p id="bookmarklet-safety" className="muted">
        The bookmarklet holds no secret: the page you save only hands its address and text to Annals’ window at{' '}
        <code>{origin}</code>, and no page can see what connects your browser. Connected browsers can add pages and
        nothing else: never read, change or delete what you saved.
      </p>
      <p>
        <Button icon={RefreshCw} onClick={() => void library.renewSaveToken()}>
          Renew the save token
        </Button>{' '}
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
      <Button variant="ghost" icon={copied === 'bookmarklet' ? Check : Copy} onClick={() => copy(code, 'bookmarklet')}>
        {copied === 'bookmarklet' ? 'Copied' : 'Copy bookmarklet'}
      </Button>
    </div>
  );
}
