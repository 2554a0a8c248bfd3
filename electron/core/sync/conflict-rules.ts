import { createHash } from 'node:crypto';
import { basename } from 'node:path';

/**
 * How each kind of library file settles a conflict copy a sync tool left beside it. A rule is
 * registered per file kind by a pattern on the file's path in the library (forward slashes); the
 * first rule that matches decides. Files no rule knows are never merged or deleted.
 */

/** What a merge answers when the copy adds nothing the original lacks. */
export const KEEP_ORIGINAL = 'keep-original';

/** A damaged copy's merge: what could be read of it merged in; the whole copy is kept in corrupt/ too. */
export interface SalvagedMerge {
  merged: Uint8Array | typeof KEEP_ORIGINAL;
  /** What was wrong with the copy, in words. */
  damage: string;
}

export type MergeResult = Uint8Array | typeof KEEP_ORIGINAL | SalvagedMerge;

export function isSalvagedMerge(result: MergeResult): result is SalvagedMerge {
  return typeof result === 'object' && 'damage' in result;
}

/** A file two devices may both write (a record, a settings file): the two are merged into one. */
export interface MergeRule {
  kind: string;
  pattern: RegExp;
  /**
   * The original and the copy merged, or KEEP_ORIGINAL; a damaged copy's readable part merged, with
   * the damage named. Throws (a clear message) when nothing of the copy can be read; the copy is then
   * kept in corrupt/.
   */
  merge(original: Uint8Array, copy: Uint8Array, path: string): MergeResult | Promise<MergeResult>;
}

/**
 * A file whose name stands for its bytes (an image named by its hash, a version named by its text's
 * hash): two different copies mean one is damaged. `verify` says whether bytes fit the name; a kind
 * that cannot be checked from its own bytes leaves it out, and a differing copy is then kept aside.
 */
export interface ImmutableRule {
  kind: string;
  pattern: RegExp;
  verify?: (name: string, bytes: Uint8Array) => boolean;
}

/** Where a conflict copy lies, and what it holds, for a rule that takes it in. */
export interface FoundCopy {
  libraryDir: string;
  /** The copy and the file it stands for, relative to the library (forward slashes). */
  copy: string;
  original: string;
  bytes: Uint8Array;
}

/**
 * A file two devices may both write that cannot be merged into one (an older Annals' text of an
 * article): the copy is taken into the library another way (kept as a version), then removed.
 */
export interface AbsorbRule {
  kind: string;
  pattern: RegExp;
  /** Takes the copy in. Throws (a clear message) when it cannot; the copy is then kept in corrupt/. */
  absorb(found: FoundCopy): Promise<void>;
}

export type ConflictRule = MergeRule | ImmutableRule | AbsorbRule;

export function isMergeRule(rule: ConflictRule): rule is MergeRule {
  return 'merge' in rule;
}

export function isAbsorbRule(rule: ConflictRule): rule is AbsorbRule {
  return 'absorb' in rule;
}

export class ConflictRules {
  private readonly rules: ConflictRule[] = [];

  /** Adds a rule; later registrations are consulted after earlier ones. Answers this, to chain. */
  register(rule: ConflictRule): this {
    if (this.rules.some((held) => held.kind === rule.kind)) throw new Error(`a conflict rule for ${rule.kind} exists`);
    this.rules.push(rule);
    return this;
  }

  /** The rule for a file at `path` (relative to the library, forward slashes), if any. */
  ruleFor(path: string): ConflictRule | undefined {
    return this.rules.find((rule) => rule.pattern.test(path));
  }
}

const SHA256_NAME = /(?:^|\/)([0-9a-f]{64})(?:\.[A-Za-z0-9]{1,10})?$/;

/** Files named by the SHA-256 of their bytes (article images, feed icons): checked by hashing. */
export const sha256NamedRule: ImmutableRule = {
  kind: 'sha256-named',
  pattern: SHA256_NAME,
  verify: (name, bytes) => SHA256_NAME.exec(name)?.[1] === createHash('sha256').update(bytes).digest('hex'),
};

/**
 * A rule for files named by the first hex digits of a hash of their bytes (`prefixLength` of them),
 * e.g. an article version's text.
 */
export function hashPrefixNamedRule(kind: string, pattern: RegExp, prefixLength: number): ImmutableRule {
  return {
    kind,
    pattern,
    verify(name, bytes) {
      const stem = basename(name).replace(/\.[^.]*$/, '');
      return createHash('sha256').update(bytes).digest('hex').slice(0, prefixLength) === stem;
    },
  };
}

/** The rules every library has; Annals' own file kinds are registered on top. */
export function defaultConflictRules(): ConflictRules {
  return new ConflictRules().register(sha256NamedRule);
}
