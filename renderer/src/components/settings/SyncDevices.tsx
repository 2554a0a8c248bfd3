import { Monitor } from 'lucide-react';
import type { SyncDevice, SyncStatus } from '../../../../electron/contract/sync.ts';
import { plural } from '../../lib/plural.ts';
import { formatExact, formatRelative } from '../../lib/relative-date.ts';
import { ThisDevice } from './ThisDevice.tsx';
import { useSyncStatus } from './use-sync-status.ts';

/**
 * Settings › Sync, the devices: this computer, the others that wrote to the library with when their last
 * change was made, and how the sync is going (conflict copies merged, articles still arriving).
 */
export function SyncDevices() {
  const status = useSyncStatus();
  if (status.isError)
    return <p className="muted">What the other computers did could not be read: {status.error.message}</p>;
  if (!status.data) return <p className="muted">Reading the other computers’ files…</p>;
  return (
    <>
      <ThisDevice status={status.data} />
      <OtherDevices devices={status.data.devices} />
      <SyncCounts status={status.data} />
    </>
  );
}

function OtherDevices({ devices }: { devices: SyncDevice[] }) {
  return (
    <div className="sync-other-devices">
      <h4 id="sync-other-devices">Other computers</h4>
      {devices.length === 0 ? (
        <p className="muted sync-empty">
          No other computer has written to this library yet. Put this folder in Syncthing, Dropbox, iCloud Drive or
          Nextcloud and open it with Annals on another computer: it is listed here once its first change arrives.
        </p>
      ) : (
        <ul className="sync-device-list" aria-labelledby="sync-other-devices">
          {devices.map((device) => (
            <li key={device.id} aria-label={device.name} className="sync-device">
              <Monitor className="sync-device-icon" aria-hidden="true" size={18} strokeWidth={1.75} />
              <div className="sync-device-facts">
                <span className="sync-device-name">{device.name}</span>
                <small className="muted">
                  {device.name !== device.id && (
                    <>
                      id <code>{device.id}</code> ·{' '}
                    </>
                  )}
                  <span className="sync-last-change">{lastChange(device.lastChangeAt)}</span>
                </small>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function lastChange(at: string | null) {
  if (!at) return 'no change of its own has arrived yet';
  return (
    <>
      last change{' '}
      <time dateTime={at} data-tooltip={formatExact(at)}>
        {formatRelative(at)}
      </time>
    </>
  );
}

function SyncCounts({ status }: { status: SyncStatus }) {
  return (
    <ul className="sync-counts" aria-label="Sync so far">
      <li>
        {status.conflictsMerged === 0
          ? 'No conflict copy to merge since Annals opened this library.'
          : `${plural(status.conflictsMerged, 'conflict copy', 'conflict copies')} merged since Annals opened this library.`}
      </li>
      <li>
        {status.arriving === 0
          ? 'No article is still arriving.'
          : `${plural(status.arriving, 'article')} still arriving from other computers.`}
      </li>
    </ul>
  );
}
