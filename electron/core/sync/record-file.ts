import type { z } from 'zod';
import { salvageJson } from '../storage/salvage-json.ts';
import type { SmallFileKind } from '../storage/small-file.ts';
import { formatStamp, type Stamp } from './clock.ts';
import { KEEP_ORIGINAL, type MergeRule } from './conflict-rules.ts';
import { DeviceIdPattern } from './device.ts';
import { mergeRegisters, type Written, writtenSchema } from './registers.ts';

/**
 * What the per-device records of library-level files (feeds, stories, tag colours) share: a header
 * naming the kind and the device, maps of entries read one by one (an entry that does not fit is left
 * out, the others kept), and the stamp format-1 files stand at.
 */

/** The stamp of every value a format-1 file holds: any change made since sorts after it. */
export const LEGACY_STAMP: Stamp = formatStamp(0, 0, 'legacy');

export interface RecordHeader<K extends string> {
  format: 2;
  kind: K;
  device: string;
}

/** A record's header, or null when `raw` is not a record of this kind. */
export function readHeader<K extends string>(raw: unknown, kind: K): RecordHeader<K> | null {
  if (!isObject(raw) || raw.format !== 2 || raw.kind !== kind) return null;
  const device = typeof raw.device === 'string' && DeviceIdPattern.test(raw.device) ? raw.device : null;
  return device ? { format: 2, kind, device } : null;
}

/** The entries of a map that fit `schema`, and how many did not. A missing map is an empty one. */
export function readEntries<T>(raw: unknown, schema: z.ZodType<T>): { entries: Record<string, T>; dropped: number } {
  const entries: Record<string, T> = {};
  let dropped = 0;
  if (raw === undefined) return { entries, dropped };
  if (!isObject(raw)) return { entries, dropped: 1 };
  for (const [key, value] of Object.entries(raw)) {
    const parsed = schema.safeParse(value);
    if (parsed.success && key !== '__proto__') entries[key] = parsed.data;
    else dropped++;
  }
  return { entries, dropped };
}

/** Registers by key (a tag's colour, a story's name): the entries that fit, each a value with its stamp. */
export function readRegisters<T extends z.ZodType>(raw: unknown, value: T) {
  return readEntries(raw, writtenSchema(value) as unknown as z.ZodType<Written<z.output<T>>>);
}

/** Maps of registers merged key by key: the value written last wins. Order-free. */
export function mergeRegisterMaps<T>(...maps: (Record<string, Written<T>> | undefined)[]): Record<string, Written<T>> {
  return mergeRegisters<Record<string, Written<T>>>(maps) as Record<string, Written<T>>;
}

/** Indented, one entry per line at a known depth, so a damaged file gives back every other entry. */
export function serializeRecord(record: object): string {
  return `${JSON.stringify(record, null, 1)}\n`;
}

type MergeableKind<T> = SmallFileKind<T> & { serialize(value: T): string };

/** A copy's value as far as it can be read, and what was wrong with it (null when it was whole). */
function readCopy<T>(kind: MergeableKind<T>, copy: string): { value: T | null; damage: string | null } {
  const salvaged = salvageJson(copy);
  const read = salvaged.value === undefined ? null : kind.read(salvaged.value);
  if (!read) return { value: null, damage: salvaged.damage ?? 'it is not a file of this kind' };
  const dropped = read.dropped > 0 ? `${read.dropped} entr${read.dropped === 1 ? 'y' : 'ies'} that do not fit` : null;
  return { value: read.value, damage: salvaged.damage ?? dropped };
}

/** The copy's value merged into the original's: the merged text, or null when it adds nothing. */
function mergeInto<T>(kind: MergeableKind<T>, original: string, copyValue: T): string | null {
  const salvagedOriginal = salvageJson(original);
  const originalValue =
    salvagedOriginal.value === undefined ? null : (kind.read(salvagedOriginal.value)?.value ?? null);
  if (originalValue === null) return kind.serialize(copyValue);
  const merged = kind.serialize(kind.combine(originalValue, copyValue));
  return merged === kind.serialize(originalValue) && salvagedOriginal.damage === null ? null : merged;
}

/**
 * A conflict copy a sync tool made of one of these files, merged into the file it copies by the
 * kind's own rule. Answers the merged text, or null when the copy adds nothing to the original.
 * Throws when the copy is damaged (see recordMergeRule for what becomes of it then).
 */
export function mergeConflictCopy<T>(kind: MergeableKind<T>, original: string, copy: string): string | null {
  const read = readCopy(kind, copy);
  if (read.value === null || read.damage !== null) throw new Error(`the copy cannot be read whole (${read.damage})`);
  return mergeInto(kind, original, read.value);
}

/**
 * The conflict rule of one kind of these files, for the registry (conflict-rules.ts). Of a damaged
 * copy, the entries that still read are merged, and the whole copy is kept aside.
 */
export function recordMergeRule<T>(kind: string, pattern: RegExp, fileKind: MergeableKind<T>): MergeRule {
  return {
    kind,
    pattern,
    merge(original, copy) {
      const decode = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');
      const read = readCopy(fileKind, decode(copy));
      if (read.value === null) throw new Error(`nothing of the copy can be read (${read.damage})`);
      const merged = mergeInto(fileKind, decode(original), read.value);
      const result = merged === null ? KEEP_ORIGINAL : Buffer.from(merged);
      return read.damage === null ? result : { merged: result, damage: read.damage };
    },
  };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The device id used until the shells hand the core this computer's own (CoreOptions.device). */
export const UNNAMED_DEVICE = 'thisdevice';
