import { createHash } from 'node:crypto';
import { copyFile, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from './atomic-write.ts';
import { pathExists } from './path-exists.ts';
import { makePrivateFolder } from './private-files.ts';
import { salvageJson } from './salvage-json.ts';

/**
 * The library's small JSON files (feeds, stories, tag colours, settings, and each device's records of
 * them) read so that damage never takes the reader's data: every entry that still reads comes back,
 * the rest comes from the last good copy, the damaged bytes are kept in corrupt/, and the reader is
 * told what was recovered.
 *
 * The last good copy of each file lives under `.annals/<device>/last-good/`, at the file's own path:
 * per device and never synced (`.annals` is in the .stignore Annals writes), so keeping it costs a
 * sync tool nothing, no two computers ever write it, and one sync mishap cannot damage a file and
 * its copy at once. Each computer keeps the last good copy of every such file it has read (other
 * devices' records too), so it can recover a record that arrived damaged without waiting for the
 * device that owns it.
 */

/** How one kind of file is read and how two readings of it (salvaged, last good) combine. */
export interface SmallFileKind<T> {
  /** What the file holds, for messages: "the list of feeds". */
  label: string;
  /** The entries of parsed JSON that fit, and how many did not; null when nothing fits. */
  read(raw: unknown): { value: T; dropped: number } | null;
  /** What a damaged file still held, combined with its last good copy: nothing either holds is lost. */
  combine(salvaged: T, lastGood: T): T;
}

export type SmallFileRead<T> =
  | { status: 'ok'; value: T }
  | { status: 'missing' }
  /**
   * Damaged (or lost) and read as well as it could be; `value` is null when nothing could be had.
   * `message` says what was recovered, or is null when this very damage was reported before.
   */
  | { status: 'recovered'; value: T | null; message: string | null };

export interface SmallFileOptions {
  /** The device whose last good copies these are. */
  device: string;
  /** Nothing is written (the CLI reading while the app runs): no copies kept, messages every time. */
  readOnly?: boolean;
  /**
   * A missing file is recovered from its last good copy (a format-1 file removed, a device's record
   * deleted) instead of counting as not there yet.
   */
  missingIsLoss?: boolean;
  /** Whether to keep a last good copy (not for files this device derives itself). Yes by default. */
  keepLastGood?: boolean;
}

/** Where the last good copy of a library file (`rel`, forward slashes) is kept. */
export function lastGoodPath(libraryDir: string, device: string, rel: string): string {
  return join(libraryDir, '.annals', device, 'last-good', ...rel.split('/'));
}

export async function readSmallFile<T>(
  libraryDir: string,
  rel: string,
  kind: SmallFileKind<T>,
  options: SmallFileOptions,
): Promise<SmallFileRead<T>> {
  const file = join(libraryDir, ...rel.split('/'));
  const text = await readText(file);
  const copyPath = lastGoodPath(libraryDir, options.device, rel);
  if (text === null) {
    if (!options.missingIsLoss) return { status: 'missing' };
    const copy = await readWhole(copyPath, kind);
    if (!copy) return { status: 'missing' };
    return {
      status: 'recovered',
      value: copy,
      message: `${capitalize(kind.label)} (${rel}) was missing; Annals recovered it from its last good copy.`,
    };
  }
  const salvaged = salvageJson(text);
  const fitted = salvaged.value === undefined ? null : kind.read(salvaged.value);
  if (salvaged.damage === null && fitted && fitted.dropped === 0) {
    if (!options.readOnly && options.keepLastGood !== false) await keepLastGood(copyPath, text);
    return { status: 'ok', value: fitted.value };
  }
  const copy = await readWhole(copyPath, kind);
  const value = fitted && copy ? kind.combine(fitted.value, copy) : (fitted?.value ?? copy);
  const kept = options.readOnly ? null : await keepDamaged(libraryDir, rel, text, options.device);
  const dropped = fitted?.dropped ?? 0;
  const why =
    [salvaged.damage, dropped > 0 ? `${dropped} ${dropped === 1 ? 'entry' : 'entries'} could not be read` : null]
      .filter(Boolean)
      .join('; ') || 'its content is not what Annals wrote';
  const what = fitted
    ? `every entry that still read was kept${copy ? ', and the rest recovered from its last good copy' : ''}`
    : copy
      ? 'it was recovered from its last good copy'
      : 'nothing in it could be read';
  const message = `${capitalize(kind.label)} (${rel}) was damaged (${why}): ${what}.${kept ? ` The damaged file was copied to ${kept}.` : ''}`;
  // The same damage seen again (the file is another device's, or read-only) is not news twice.
  return { status: 'recovered', value, message: options.readOnly || kept ? message : null };
}

/** Writes a small file atomically and keeps it as the last good copy. */
export async function writeSmallFile(libraryDir: string, rel: string, text: string, device: string): Promise<void> {
  const file = join(libraryDir, ...rel.split('/'));
  await makePrivateFolder(dirname(file));
  await writeFileAtomic(file, text);
  await keepLastGood(lastGoodPath(libraryDir, device, rel), text);
}

async function readText(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function readWhole<T>(file: string, kind: SmallFileKind<T>): Promise<T | null> {
  const text = await readText(file).catch(() => null);
  if (text === null) return null;
  const salvaged = salvageJson(text);
  return salvaged.value === undefined ? null : (kind.read(salvaged.value)?.value ?? null);
}

async function keepLastGood(copyPath: string, text: string): Promise<void> {
  if ((await readText(copyPath).catch(() => null)) === text) return;
  await makePrivateFolder(dirname(copyPath));
  await writeFileAtomic(copyPath, text);
}

/**
 * A copy of the damaged bytes in corrupt/, named by their hash and the device that found them, so
 * the same damage is kept (and reported) once on each computer. Answers where it went, or null when
 * it was kept before.
 */
async function keepDamaged(libraryDir: string, rel: string, text: string, device: string): Promise<string | null> {
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
  const name = `${rel.replace(/\//g, '__')}.damaged-${hash}.${device}`;
  const target = join(libraryDir, 'corrupt', name);
  if (await pathExists(target)) return null;
  await makePrivateFolder(dirname(target));
  await copyFile(join(libraryDir, ...rel.split('/')), target);
  return `corrupt/${name}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
