import { useState } from 'react';
import { errorMessage } from '../api/client.ts';
import { useServices } from '../state/app-context.tsx';

/**
 * Settings › This window's address: browser mode keeps its address (and its key) across restarts so a
 * bookmark keeps working; a new one shuts out whoever may have the old one.
 */
export function AddressControls() {
  const { client, ui } = useServices();
  const [busy, setBusy] = useState(false);
  const [renewed, setRenewed] = useState<string | null>(null);

  async function renew() {
    setBusy(true);
    try {
      const { url } = await client.call('app.renewAccessToken', {});
      // This page's key just stopped working: go on at the new address.
      if (client.kind === 'http') window.location.replace(url);
      else setRenewed(url);
    } catch (error) {
      ui.toast(errorMessage(error), 'error');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="address-controls">
      <p className="muted">
        This window’s address carries a key to your library and stays the same when Annals restarts, so a bookmark of it
        keeps working. If someone else may have it, take a new one: the old address stops working at once.
      </p>
      <button type="button" className="button" disabled={busy} onClick={() => void renew()}>
        {busy ? 'Renewing…' : 'New address'}
      </button>
      {renewed && (
        <p role="status">
          The new address: <code>{renewed}</code>
        </p>
      )}
    </div>
  );
}
