import { readFile, rename, rm, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { writeFileAtomic } from '../storage/atomic-write.ts';
import { quarantine } from '../storage/quarantine.ts';
import {
  type AbsorbRule,
  type ConflictRule,
  type ConflictRules,
  type ImmutableRule,
  isAbsorbRule,
  isMergeRule,
  isSalvagedMerge,
  KEEP_ORIGINAL,
  type MergeResult,
} from './conflict-rules.ts';
import { type FoundConflictCopy, findConflictCopies } from './conflict-scan.ts';

/**
 * Settles the conflict copies sync tools leave in a library: each is merged into the file it copies
 * by that file kind's rule, or checked by hash for files named by their content, and then removed.
 * Nothing is ever deleted that holds something the library does not: a copy that cannot be merged
 * goes to corrupt/ with a reason.
 */

export type ConflictOutcome =
  /** The copy's changes are in the original now (or already were); the copy is gone. */
  | 'merged'
  /** The copy had the original's very bytes; the copy is gone. */
  | 'identical'
  /** The original was missing or damaged; the copy took its place. */
  | 'restored'
  /** The copy was damaged: what could be read of it was merged, and the whole copy went to corrupt/. */
  | 'salvaged'
  /** The copy (or a damaged original) went to corrupt/; see `reason`. */
  | 'quarantined'
  /** The original kept changing while being merged (a sync tool writing it): left for the next pass. */
  | 'deferred';

export interface SettledConflict extends FoundConflictCopy {
  /** The rule's kind, or null when no rule knows the file. */
  kind: string | null;
  outcome: ConflictOutcome;
  /** Where files went in corrupt/ (relative to the library). */
  quarantined: string[];
  reason?: string;
}

export interface MergeConflictOptions {
  /** Only these folders (relative to the library), e.g. those a watcher saw change; else everywhere. */
  dirs?: Iterable<string>;
  now?: () => Date;
}

/** Files larger than this are not read to be merged (no file Annals merges comes near it). */
const MAX_MERGE_BYTES = 32 * 1024 * 1024;
/** Merges tried while the original changes under us before leaving the copy for the next pass. */
const MAX_ATTEMPTS = 3;

/** A sentence for the reader about each copy kept aside (damaged, or not to be merged), and why. */
export function keptAsideMessages(settled: SettledConflict[]): string[] {
  return settled
    .filter((entry) => entry.quarantined.length > 0)
    .map(
      (entry) =>
        `A sync tool's copy of ${entry.original} was kept in ${entry.quarantined.join(', ')}: ${entry.reason ?? 'it could not be merged'}.`,
    );
}

/** Finds and settles every conflict copy in the library (or in `dirs`), one after the other. */
export async function mergeConflictCopies(
  libraryDir: string,
  rules: ConflictRules,
  options: MergeConflictOptions = {},
): Promise<SettledConflict[]> {
  const settled: SettledConflict[] = [];
  for (const found of await findConflictCopies(libraryDir, rules, { dirs: options.dirs })) {
    settled.push(await settleConflictCopy(libraryDir, found, rules, options.now ?? (() => new Date())));
  }
  return settled;
}

interface Settling {
  libraryDir: string;
  found: FoundConflictCopy;
  rule: ConflictRule | undefined;
  copyFile: string;
  originalFile: string;
  now: () => Date;
}

export async function settleConflictCopy(
  libraryDir: string,
  found: FoundConflictCopy,
  rules: ConflictRules,
  now: () => Date,
): Promise<SettledConflict> {
  const rule = rules.ruleFor(found.original);
  const copyFile = join(libraryDir, found.copy);
  const originalFile = join(libraryDir, found.original);
  const settling: Settling = { libraryDir, found, rule, copyFile, originalFile, now };

  const copy = await readCapped(copyFile);
  if (copy === 'missing') return outcome(settling, 'merged'); // settled meanwhile, by another pass
  if (copy === 'too-large') return keepAside(settling, `the copy is larger than ${MAX_MERGE_BYTES} bytes`, copyFile);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const original = await readCapped(originalFile);
    if (original === 'too-large')
      return keepAside(settling, `${found.original} is larger than ${MAX_MERGE_BYTES} bytes`, copyFile);
    if (original !== 'missing' && Buffer.compare(original, copy) === 0) {
      await rm(copyFile, { force: true });
      return outcome(settling, 'identical');
    }
    if (!rule) return keepAside(settling, `Annals does not know how to merge ${found.original}`, copyFile);
    if (original === 'missing') {
      if (!isMergeRule(rule) && !isAbsorbRule(rule) && rule.verify?.(found.original, copy) === false)
        return keepAside(settling, `the copy's bytes do not match the name ${found.original}`, copyFile);
      // The file it copies is gone (removed by hand, or not arrived yet): the copy is all there is.
      await rename(copyFile, originalFile);
      return outcome(settling, 'restored');
    }
    if (isAbsorbRule(rule)) return settleAbsorbed(settling, rule, copy);
    if (!isMergeRule(rule)) return settleImmutable(settling, rule, copy);
    let result: MergeResult;
    try {
      result = await rule.merge(original, copy, found.original);
    } catch (error) {
      return keepAside(settling, `the copy could not be merged: ${(error as Error).message}`, copyFile);
    }
    const merged = isSalvagedMerge(result) ? result.merged : result;
    if (merged !== KEEP_ORIGINAL && Buffer.compare(merged, original) !== 0) {
      // A sync tool may have brought a newer original while we merged: merge again with that one.
      const current = await readCapped(originalFile);
      if (current === 'missing' || current === 'too-large' || Buffer.compare(current, original) !== 0) continue;
      await writeFileAtomic(originalFile, merged);
    }
    if (isSalvagedMerge(result)) {
      const reason = `the copy was damaged (${result.damage}): what could be read of it was merged, and the whole copy kept aside`;
      return { ...(await keepAside(settling, reason, copyFile)), outcome: 'salvaged' };
    }
    await rm(copyFile, { force: true });
    return outcome(settling, 'merged');
  }
  return outcome(settling, 'deferred', [], `${found.original} kept changing while it was merged`);
}

/** A copy the rule takes in another way (a text kept as a version): then removed. */
async function settleAbsorbed(settling: Settling, rule: AbsorbRule, bytes: Uint8Array): Promise<SettledConflict> {
  const { libraryDir, found, copyFile } = settling;
  try {
    await rule.absorb({ libraryDir, copy: found.copy, original: found.original, bytes });
  } catch (error) {
    return keepAside(settling, `the copy could not be kept: ${(error as Error).message}`, copyFile);
  }
  await rm(copyFile, { force: true });
  return outcome(settling, 'merged');
}

/** Two different files under one name that cannot change: the one that fits its name stays. */
async function settleImmutable(settling: Settling, rule: ImmutableRule, copy: Uint8Array): Promise<SettledConflict> {
  const { found, copyFile, originalFile } = settling;
  const copyFits = rule.verify?.(found.original, copy);
  if (copyFits === undefined)
    return keepAside(settling, `${found.original} cannot change, and the copy differs from it`, copyFile);
  if (!copyFits) return keepAside(settling, `the copy's bytes do not match the name ${found.original}`, copyFile);
  // The copy fits its name, so the original, which differs, does not.
  const aside = await keepAside(
    settling,
    `${found.original} did not match its name; the copy took its place`,
    originalFile,
  );
  await rename(copyFile, originalFile);
  return { ...aside, outcome: 'restored' };
}

function outcome(
  { found, rule }: Settling,
  outcome: ConflictOutcome,
  quarantined: string[] = [],
  reason?: string,
): SettledConflict {
  return { ...found, kind: rule?.kind ?? null, outcome, quarantined, ...(reason ? { reason } : {}) };
}

async function keepAside(settling: Settling, reason: string, file: string): Promise<SettledConflict> {
  const moved = await quarantine(file, settling.libraryDir, settling.now());
  return outcome(settling, 'quarantined', [relative(settling.libraryDir, moved).replaceAll('\\', '/')], reason);
}

async function readCapped(file: string): Promise<Uint8Array | 'missing' | 'too-large'> {
  try {
    if ((await stat(file)).size > MAX_MERGE_BYTES) return 'too-large';
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
}
