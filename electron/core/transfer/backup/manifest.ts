import { z } from 'zod';
import { AnnalsError, IsoDate } from '../../../contract/index.ts';
import { parseJsonText } from '../../storage/json-file.ts';

/** Bumped when the layout of a backup changes in a way an older Annals could not restore. */
export const BACKUP_FORMAT_VERSION = 1;

export const ManifestFile = z.object({
  path: z.string().min(1).max(1_000),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[a-f0-9]{64}$/),
});
export type ManifestFile = z.infer<typeof ManifestFile>;

/** manifest.json: what a backup holds, so a restore can tell a whole backup from a damaged one. */
export const Manifest = z.object({
  format: z.literal('annals-backup'),
  version: z.number().int().positive(),
  appVersion: z.string().max(100),
  createdAt: IsoDate,
  articleCount: z.number().int().nonnegative(),
  files: z.array(ManifestFile).max(1_000_000),
});
export type Manifest = z.infer<typeof Manifest>;

/** The manifest of an archive, or an AnnalsError saying why the archive is no backup Annals can restore. */
export function parseManifest(bytes: Uint8Array | undefined): Manifest {
  if (!bytes) throw new AnnalsError('BAD_INPUT', 'This is not an Annals backup: it has no manifest.json.');
  const parsed = parseJsonText(
    new TextDecoder().decode(bytes),
    z.object({ format: z.literal('annals-backup') }).loose(),
  );
  if (parsed.status !== 'ok') {
    throw new AnnalsError(
      'BAD_INPUT',
      `This is not an Annals backup, or its manifest.json is damaged (${'reason' in parsed ? parsed.reason : 'it is missing'}).`,
    );
  }
  const version = (parsed.value as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) {
    throw new AnnalsError(
      'UNSUPPORTED_CONTENT',
      `This backup was made by a newer Annals (backup format ${version}); update Annals to restore it.`,
    );
  }
  const manifest = Manifest.safeParse(parsed.value);
  if (!manifest.success) {
    const issue = manifest.error.issues[0];
    throw new AnnalsError(
      'BAD_INPUT',
      `The backup's manifest.json is damaged (unexpected content at ${issue?.path.join('.') || 'top level'}: ${issue?.message}).`,
    );
  }
  return manifest.data;
}
