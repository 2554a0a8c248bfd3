// Sync: one library carried between computers by a folder-sync tool (Syncthing, Dropbox, …). Each
// computer is a device; Settings › Sync and `annals sync status` show what this one knows of the others.
import { z } from 'zod';
import { method } from './method.ts';
import { IsoDate } from './model.ts';

export const SyncDevice = z.object({
  id: z.string(),
  /** The name the device gave itself (its host name unless renamed). */
  name: z.string(),
  /** When its latest change was made, from the stamps in its files; null when none has arrived. */
  lastChangeAt: IsoDate.nullable(),
});
export type SyncDevice = z.infer<typeof SyncDevice>;

export const SyncStatus = z.object({
  /** This device's id. */
  device: z.string(),
  deviceName: z.string(),
  /** The other devices whose files are in the library, most recently changed first. */
  devices: z.array(SyncDevice),
  /** Conflict copies a sync tool left that were merged (or set aside) since the library was opened. */
  conflictsMerged: z.number().int().nonnegative(),
  /** Articles whose files have not all arrived yet (shown as arriving, never as damaged). */
  arriving: z.number().int().nonnegative(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const syncApi = {
  'sync.status': method(
    z.object({}),
    SyncStatus,
    'This device, the other devices seen in the library with when their last change was made, conflict copies merged and articles still arriving.',
  ),
  'sync.renameDevice': method(
    z.object({ name: z.string().trim().min(1, 'A name is needed').max(100, 'A name of at most 100 characters') }),
    SyncStatus,
    'Gives this device a new name (its id stays), kept on this computer and shown to the other devices; answers the new status.',
  ),
} as const;
