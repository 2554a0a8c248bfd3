import { z } from 'zod';
import type { Stamp } from './clock.ts';

/**
 * The three ways Annals merges what several devices wrote (state-based CRDTs: merging is order-free,
 * so every device that has the same files shows the same library):
 * - a register keeps the value written last;
 * - a flag set (tags) keeps, per key, whether it was last turned on or off;
 * - a multi-value register (notes) keeps every text nobody has edited since, so two edits made apart
 *   are both kept, never one dropped.
 */

const MAX_SUPERSEDED = 64;

export const StampSchema = z.string().regex(/^\d{16}\.\d{4}\.[a-z0-9]{4,40}$/, 'not a change stamp');

export interface Written<T> {
  value: T;
  at: Stamp;
}

export const writtenSchema = <T extends z.ZodType>(value: T) => z.object({ value, at: StampSchema });

/** The value written last among several devices' copies of one register. */
export function latest<T>(copies: Iterable<Written<T> | undefined>): Written<T> | undefined {
  let best: Written<T> | undefined;
  for (const copy of copies) if (copy && (!best || copy.at > best.at)) best = copy;
  return best;
}

/** Registers by name: each name merged on its own. */
export function mergeRegisters<R extends Record<string, Written<unknown> | undefined>>(
  copies: Iterable<Partial<R> | undefined>,
): Partial<R> {
  const merged: Record<string, Written<unknown>> = {};
  for (const copy of copies) {
    if (!copy) continue;
    for (const [name, value] of Object.entries(copy)) {
      if (!value) continue;
      const held = merged[name];
      if (!held || value.at > held.at) merged[name] = value;
    }
  }
  return merged as Partial<R>;
}

export interface Flag {
  on: boolean;
  at: Stamp;
  /** How the key is shown (a tag's spelling); the key itself may be folded. */
  name?: string;
}
export const FlagSchema = z.object({ on: z.boolean(), at: StampSchema, name: z.string().max(200).optional() });

/** A set merged key by key: a key added on one device and another added elsewhere are both in. */
export function mergeFlags(copies: Iterable<Record<string, Flag> | undefined>): Record<string, Flag> {
  const merged: Record<string, Flag> = {};
  for (const copy of copies) {
    if (!copy) continue;
    for (const [key, flag] of Object.entries(copy)) {
      const held = merged[key];
      if (!held || flag.at > held.at) merged[key] = flag;
    }
  }
  return merged;
}

/** The keys that are on, shown by their latest spelling, in the order they were turned on. */
export function flagsOn(flags: Record<string, Flag>): string[] {
  return Object.entries(flags)
    .filter(([, flag]) => flag.on)
    .sort(([, a], [, b]) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .map(([key, flag]) => flag.name ?? key);
}

export interface Edit<T> {
  /** The stamp of this edit doubles as its id. */
  at: Stamp;
  value: T;
  /**
   * Every edit this one replaces: those that were current where it was made and, in turn, what they
   * replaced (the newest 64), so an old copy of a record that turns up again cannot bring a replaced
   * text back.
   */
  supersedes: Stamp[];
}
export const editSchema = <T extends z.ZodType>(value: T) =>
  z.object({ at: StampSchema, value, supersedes: z.array(StampSchema).max(MAX_SUPERSEDED) });

/**
 * Every edit nobody has replaced, oldest first: one when devices took turns, several when two edited
 * without having seen each other's edit. Each device keeps only its own latest edit.
 */
export function currentEdits<T>(copies: Iterable<Edit<T> | undefined>): Edit<T>[] {
  const all = new Map<Stamp, Edit<T>>();
  for (const edit of copies) if (edit) all.set(edit.at, edit);
  const replaced = new Set<Stamp>();
  for (const edit of all.values()) for (const stamp of edit.supersedes) replaced.add(stamp);
  return [...all.values()].filter((edit) => !replaced.has(edit.at)).sort((a, b) => (a.at < b.at ? -1 : 1));
}

/** A new edit that replaces every edit current in `copies` (what the reader saw when editing). */
export function editReplacing<T>(copies: Iterable<Edit<T> | undefined>, value: T, at: Stamp): Edit<T> {
  const current = currentEdits(copies);
  const replaced = new Set<Stamp>();
  for (const edit of current) {
    replaced.add(edit.at);
    for (const stamp of edit.supersedes) replaced.add(stamp);
  }
  const supersedes = [...replaced].sort().slice(-MAX_SUPERSEDED);
  return { at, value, supersedes };
}
