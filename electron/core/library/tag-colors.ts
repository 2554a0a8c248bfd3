import { z } from 'zod';
import { HighlightColor } from '../../contract/index.ts';
import { readSmallFile, type SmallFileKind } from '../storage/small-file.ts';
import { HybridClock } from '../sync/clock.ts';
import { DeviceRecords } from '../sync/device-records.ts';
import {
  isObject,
  LEGACY_STAMP,
  mergeRegisterMaps,
  type RecordHeader,
  readEntries,
  readHeader,
  readRegisters,
  serializeRecord,
} from '../sync/record-file.ts';
import type { Written } from '../sync/registers.ts';
import { tagKey } from './tags.ts';

/**
 * Tag colours, keyed by the tag's case-insensitive name. Each device writes its choices to
 * `tags/records/<device>.json` (a colour, or null for none, with when it was chosen); the colour a tag
 * has is the one chosen last on any device. A format-1 `tags.json` is read as the base everyone
 * starts from and never written again.
 */

export const TagColorsFile = z.object({ schema: z.literal(1), colors: z.record(z.string(), HighlightColor) });
type Colors = Record<string, Written<HighlightColor | null>>;

export interface TagColorsRecord extends RecordHeader<'tag-colors'> {
  colors: Colors;
}

export const TAG_RECORDS_FOLDER = 'tags/records';
export const LEGACY_TAGS_FILE = 'tags.json';

export const tagColorsRecordKind: SmallFileKind<TagColorsRecord> & { serialize(record: TagColorsRecord): string } = {
  label: 'the tag colors of one device',
  read(raw) {
    const header = readHeader(raw, 'tag-colors');
    if (!header || !isObject(raw)) return null;
    const { entries, dropped } = readRegisters(raw.colors, HighlightColor.nullable());
    return { value: { ...header, colors: entries }, dropped };
  },
  combine: (a, b) => ({ ...a, colors: mergeRegisterMaps(a.colors, b.colors) }),
  serialize: serializeRecord,
};

/** The format-1 file: a colour per tag; a damaged one keeps what it still says, its copy fills the rest. */
export const legacyTagColorsKind: SmallFileKind<Record<string, HighlightColor>> & {
  serialize(colors: Record<string, HighlightColor>): string;
} = {
  label: 'the tag colors',
  read(raw) {
    if (!isObject(raw) || raw.schema !== 1) return null;
    const { entries, dropped } = readEntries(raw.colors, HighlightColor);
    return { value: entries, dropped };
  },
  combine: (salvaged, lastGood) => ({ ...lastGood, ...salvaged }),
  serialize: (colors) => `${JSON.stringify({ schema: 1, colors }, null, 2)}\n`,
};

export class TagColors {
  private base: Colors = {};
  private others: Colors = {};
  private own: TagColorsRecord;
  private merged: Colors = {};
  private readOnly = false;
  private readonly clock: HybridClock;

  constructor(
    private readonly libraryDir: string,
    private readonly device: string,
    now: () => Date,
    private readonly report: (message: string) => void,
    clock?: HybridClock,
  ) {
    this.clock = clock ?? new HybridClock(device, () => now().getTime());
    this.own = { format: 2, kind: 'tag-colors', device, colors: {} };
  }

  async load(readOnly = false): Promise<void> {
    this.readOnly = readOnly;
    const legacy = await readSmallFile(this.libraryDir, LEGACY_TAGS_FILE, legacyTagColorsKind, {
      device: this.device,
      readOnly,
      missingIsLoss: true,
    });
    if (legacy.status === 'recovered' && legacy.message) this.report(legacy.message);
    const colors = legacy.status === 'missing' ? {} : (legacy.value ?? {});
    this.base = Object.fromEntries(Object.entries(colors).map(([key, value]) => [key, { value, at: LEGACY_STAMP }]));
    const records = await this.records().load();
    this.own = records.get(this.device) ?? this.own;
    this.others = mergeRegisterMaps(
      ...[...records].filter(([device]) => device !== this.device).map(([, record]) => record.colors),
    );
    this.remerge();
  }

  get(tag: string): HighlightColor | null {
    return this.merged[tagKey(tag)]?.value ?? null;
  }

  async set(tag: string, color: HighlightColor | null): Promise<void> {
    await this.choose({ [tagKey(tag)]: color });
  }

  /** A renamed tag keeps its colour; a merge keeps the target's. */
  async rename(from: string, to: string): Promise<void> {
    const color = this.get(from);
    if (tagKey(from) === tagKey(to)) return;
    await this.choose({ [tagKey(from)]: null, ...(color && !this.get(to) ? { [tagKey(to)]: color } : {}) });
  }

  /** Colours for the tags that have none yet (a restore): the reader's own choices win. Answers how many were added. */
  async fillMissing(colors: Record<string, HighlightColor>): Promise<number> {
    const added = Object.fromEntries(Object.entries(colors).filter(([tag]) => !this.get(tag)));
    const choices = Object.fromEntries(Object.entries(added).map(([tag, color]) => [tagKey(tag), color]));
    if (Object.keys(choices).length > 0) await this.choose(choices);
    return Object.keys(choices).length;
  }

  /** Every tag's colour, as a format-1 file would hold it (for backups). */
  all(): Record<string, HighlightColor> {
    const colors: Record<string, HighlightColor> = {};
    for (const [key, written] of Object.entries(this.merged)) if (written.value) colors[key] = written.value;
    return colors;
  }

  /** Choices made on this device: only those that change what the tag shows are written. */
  private async choose(choices: Record<string, HighlightColor | null>): Promise<void> {
    const changed = Object.entries(choices).filter(([key, color]) => (this.merged[key]?.value ?? null) !== color);
    if (changed.length === 0) return;
    const colors = { ...this.own.colors };
    for (const [key, color] of changed) colors[key] = { value: color, at: this.clock.now() };
    const next = { ...this.own, colors };
    await this.records().writeOwn(next);
    this.own = next;
    this.remerge();
  }

  private records(): DeviceRecords<TagColorsRecord> {
    return new DeviceRecords(this.libraryDir, TAG_RECORDS_FOLDER, this.device, tagColorsRecordKind, {
      readOnly: this.readOnly,
      report: this.report,
      clock: this.clock,
    });
  }

  private remerge(): void {
    this.merged = mergeRegisterMaps(this.base, this.others, this.own.colors);
  }
}
