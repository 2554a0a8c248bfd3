import { AnnalsError, type SyncStatus } from '../../contract/index.ts';
import type { EventHub } from '../events.ts';
import { introduceDevice } from '../library/device-files.ts';
import type { Library } from '../library/library.ts';
import type { CoreOptions } from '../options.ts';
import { saveDeviceName } from './device.ts';
import type { SyncStatusService } from './sync-status.ts';

/**
 * sync.renameDevice: the new name is kept in device.json in the app's folder (for the next start) and in
 * the library's devices/<id>.json (for the other computers, which read it when it arrives). The id stays,
 * so nothing this computer wrote changes hands.
 */
export async function renameDevice(
  context: { options: CoreOptions; library: Library; sync: SyncStatusService; events: EventHub },
  name: string,
): Promise<SyncStatus> {
  const { options, library, sync, events } = context;
  if (options.readOnly) throw new AnnalsError('BAD_INPUT', 'This library is open for reading only.');
  if (!options.deviceFile)
    throw new AnnalsError(
      'BAD_INPUT',
      'This computer is named by ANNALS_DEVICE_ID and ANNALS_DEVICE_NAME for this run; change ANNALS_DEVICE_NAME to rename it.',
    );
  const renamed = await saveDeviceName(options.deviceFile, options.device, name);
  // The one device object every part of the core (and a core reopened after a move) was given.
  options.device.name = renamed.name;
  await introduceDevice(library.paths, options.device);
  await library.loadDeviceNames();
  sync.changed();
  events.emit('libraryChanged', {});
  return sync.status();
}
