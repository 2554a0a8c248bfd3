import { z } from 'zod';
import { AnnalsError, IsoDate } from '../../../contract/index.ts';
import { parseJsonText } from '../../storage/json-file.ts';
import { ManifestSyntaxError, splitManifest } from './manifest-reader.ts';

/** Bumped when the layout of a backup changes in a way an older Annals could not restore. */
export const BACKUP_FORMAT_VERSION = 1;

export const ManifestFile = z.object({
  path: z.string().min(1).max(1_000),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[a-f0-9]{64}$/),
});
export type ManifestFile = z.infer<typeof ManifestFile>;

/**
 * manifest.json: what a backup holds, so a restore can tell a whole backup from a damaged one. Its
 * `files` come last, so that a backup can write them one at a time as it goes.
 */
export const ManifestHeader = z.object({
  format: z.literal('annals-backup'),
  version: z.number().int().positive(),
  appVersion: z.string().max(100),
  createdAt: IsoDate,
  articleCount: z.number().int().nonnegative(),
});
export type ManifestHeader = z.infer<typeof ManifestHeader>;

/** What the skeleton of a manifest (its files cut out, see manifest-reader.ts) must hold. */
const Skeleton = ManifestHeader.extend({ files: z.array(z.unknown()).max(0) });

/**
 * The manifest's files by path, compact: a backup of 100,000 articles lists 400,000, which as objects
 * with their hex digests would take a hundred megabytes. Each file is taken out as it is met.
 */
export class ManifestFiles {
  private readonly slots = new Map<string, number>();
  private sizes = new Float64Array(1024);
  private digests = new Uint8Array(1024 * 32);
  private used = 0;

  get size(): number {
    return this.slots.size;
  }

  add(file: ManifestFile): void {
    if (this.used === this.sizes.length) this.grow();
    const slot = this.used++;
    this.sizes[slot] = file.bytes;
    this.digests.set(Buffer.from(file.sha256, 'hex'), slot * 32);
    this.slots.set(file.path, slot);
  }

  /** The file listed at `path`, no longer listed once taken; undefined when it is not (or no longer) listed. */
  take(path: string): ManifestFile | undefined {
    const slot = this.slots.get(path);
    if (slot === undefined) return undefined;
    this.slots.delete(path);
    const digest = Buffer.from(this.digests.buffer, slot * 32, 32).toString('hex');
    return { path, bytes: this.sizes[slot]!, sha256: digest };
  }

  /** A file listed and not taken, if any is left. */
  anyLeft(): string | undefined {
    const [path] = this.slots.keys();
    return path;
  }

  private grow(): void {
    const sizes = new Float64Array(this.sizes.length * 2);
    sizes.set(this.sizes);
    const digests = new Uint8Array(this.digests.length * 2);
    digests.set(this.digests);
    this.sizes = sizes;
    this.digests = digests;
  }
}

/**
 * The manifest of an archive, read as it streams out (`chunks`, undefined when the archive has
 * none), or an AnnalsError saying why the archive is no backup Annals can restore. A manifest that
 * lists more than `maxFiles` files lists some the archive cannot hold, and is refused as it passes.
 */
export async function readManifest(
  chunks: AsyncIterable<Uint8Array> | undefined,
  maxFiles: number,
): Promise<{ header: ManifestHeader; files: ManifestFiles }> {
  const files = new ManifestFiles();
  const header = await checkManifest(chunks, maxFiles, (file) => files.add(file));
  return { header, files };
}

/**
 * The manifest checked as readManifest checks it, its files handed to `onFile` in order (and not held):
 * a restore then walks them beside the archive's files (see manifest-cursor.ts).
 */
export async function checkManifest(
  chunks: AsyncIterable<Uint8Array> | undefined,
  maxFiles: number,
  onFile: (file: ManifestFile) => void = () => {},
): Promise<ManifestHeader> {
  if (!chunks) throw new AnnalsError('BAD_INPUT', 'This is not an Annals backup: it has no manifest.json.');
  // The first file that is not as a manifest lists them: said only once the header has been checked.
  let damagedFile: z.core.$ZodIssue | null = null;
  let skeleton: string;
  try {
    skeleton = await splitManifest(chunks, (value, index) => {
      if (index >= maxFiles) {
        throw new AnnalsError(
          'BAD_INPUT',
          'The backup is damaged: its manifest lists more files than the archive holds.',
        );
      }
      const file = ManifestFile.safeParse(value);
      if (file.success) onFile(file.data);
      else damagedFile ??= { ...file.error.issues[0]!, path: ['files', index, ...file.error.issues[0]!.path] };
    });
  } catch (error) {
    if (!(error instanceof ManifestSyntaxError)) throw error;
    throw notABackup(error.message);
  }
  const parsed = parseJsonText(skeleton, z.object({ format: z.literal('annals-backup') }).loose());
  if (parsed.status !== 'ok') throw notABackup('reason' in parsed ? parsed.reason : 'it is missing');
  const version = (parsed.value as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) {
    throw new AnnalsError(
      'UNSUPPORTED_CONTENT',
      `This backup was made by a newer Annals (backup format ${version}); update Annals to restore it.`,
    );
  }
  const header = Skeleton.safeParse(parsed.value);
  const issue = header.success ? damagedFile : header.error.issues[0];
  if (issue || !header.success) {
    throw new AnnalsError(
      'BAD_INPUT',
      `The backup's manifest.json is damaged (unexpected content at ${issue?.path.join('.') || 'top level'}: ${issue?.message}).`,
    );
  }
  const { files: _none, ...fields } = header.data;
  return fields;
}

function notABackup(reason: string): AnnalsError {
  return new AnnalsError('BAD_INPUT', `This is not an Annals backup, or its manifest.json is damaged (${reason}).`);
}
