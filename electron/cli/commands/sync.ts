// `annals sync status`: this device, the others seen in the library, conflict copies merged, articles arriving.
import type { SyncStatus } from '../../contract/index.ts';
import { defineCommand } from '../context.ts';
import { UsageError } from '../errors.ts';

export default defineCommand({
  options: {},
  run: async (context) => {
    const [action, ...rest] = context.inputs;
    if (action !== 'status' || rest.length > 0) throw new UsageError('sync needs: status');
    // Opened to write: what arrived is merged (conflict copies settled) before the status is read.
    return context.withLibrary('write', async ({ call }) => {
      const status = await call('sync.status', {});
      context.print(statusJson(status), () => statusLines(status));
      return 0;
    });
  },
});

/**
 * What `--json` prints, exactly these keys in this order, as scripts were promised; this device's name is
 * in the lines for people (Settings › Sync shows it too).
 */
function statusJson({ device, devices, conflictsMerged, arriving }: SyncStatus) {
  return {
    device,
    devices: devices.map(({ id, name, lastChangeAt }) => ({ id, name, lastChangeAt })),
    conflictsMerged,
    arriving,
  };
}

function statusLines(status: SyncStatus): string {
  const lines = [`This device: ${status.deviceName} (${status.device})`];
  if (status.devices.length === 0) lines.push('No other device has written to this library yet.');
  for (const device of status.devices) {
    const when = device.lastChangeAt ? `last change ${device.lastChangeAt}` : 'no change seen yet';
    lines.push(`  ${device.name} (${device.id}): ${when}`);
  }
  lines.push(`Conflict copies merged: ${status.conflictsMerged}`, `Articles still arriving: ${status.arriving}`);
  return lines.join('\n');
}
