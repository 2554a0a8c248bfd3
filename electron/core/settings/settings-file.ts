import type { Settings } from '../../contract/index.ts';
import { readSmallFile, type SmallFileKind, writeSmallFile } from '../storage/small-file.ts';
import { type HybridClock, isStamp, type Stamp } from '../sync/clock.ts';
import { isObject, LEGACY_STAMP, type RecordHeader, readHeader, serializeRecord } from '../sync/record-file.ts';
import { combineSettingsFields, fieldsMissing, readSettingsFields, type SettingsFields } from './settings-fields.ts';
import type { SettingsStore } from './types.ts';

/**
 * The reader's settings, one file per device in the library (`settings/<device>.json`): a theme
 * chosen on the laptop is not forced on the desktop, and no two computers ever write one file. A
 * device without a file of its own yet starts from a format-1 `settings.json`, which is never
 * written again. A damaged file is never reset: every field that still reads is kept, the rest comes
 * from the last good copy, and the reader is told which settings went back to their defaults.
 */

export const SETTINGS_FOLDER = 'settings';
export const LEGACY_SETTINGS_FILE = 'settings.json';

export interface SettingsRecord extends RecordHeader<'settings'> {
  /** When the settings were last saved: of two copies of the file, the later one's fields win. */
  at: Stamp;
  settings: SettingsFields;
}

export const settingsRecordKind: SmallFileKind<SettingsRecord> & { serialize(record: SettingsRecord): string } = {
  label: 'the settings of this device',
  read(raw) {
    const header = readHeader(raw, 'settings');
    if (!header || !isObject(raw)) return null;
    const { fields, dropped } = readSettingsFields(raw.settings);
    return { value: { ...header, at: isStamp(raw.at) ? raw.at : LEGACY_STAMP, settings: fields }, dropped };
  },
  combine(a, b) {
    const [later, earlier] = a.at >= b.at ? [a, b] : [b, a];
    return { ...later, settings: combineSettingsFields(later.settings, earlier.settings) };
  },
  serialize: serializeRecord,
};

/** The format-1 settings.json: the settings object itself. */
export const legacySettingsKind: SmallFileKind<SettingsFields> & { serialize(fields: SettingsFields): string } = {
  label: 'the settings',
  read: (raw) => {
    if (!isObject(raw)) return null;
    const { fields, dropped } = readSettingsFields(raw);
    return { value: fields, dropped };
  },
  combine: combineSettingsFields,
  serialize: (fields) => `${JSON.stringify(fields, null, '\t')}\n`,
};

export class DeviceSettingsFile implements SettingsStore {
  private readonly file: string;

  constructor(
    private readonly libraryDir: string,
    private readonly device: string,
    private readonly clock: HybridClock,
    private readonly report: (message: string) => void,
    private readonly readOnly = false,
  ) {
    this.file = `${SETTINGS_FOLDER}/${device}.json`;
  }

  async read(): Promise<SettingsFields> {
    const options = { device: this.device, readOnly: this.readOnly, missingIsLoss: true };
    const own = await readSmallFile(this.libraryDir, this.file, settingsRecordKind, options);
    if (own.status === 'ok') return own.value.settings;
    if (own.status === 'recovered') {
      const fields = own.value?.settings ?? {};
      this.tell(own.message, fields);
      if (own.value && !this.readOnly) await this.writeFields(fields);
      if (own.value) return fields;
    }
    const legacy = await readSmallFile(this.libraryDir, LEGACY_SETTINGS_FILE, legacySettingsKind, options);
    if (legacy.status === 'ok') return legacy.value;
    if (legacy.status === 'recovered') {
      this.tell(legacy.message, legacy.value ?? {});
      return legacy.value ?? {};
    }
    return {};
  }

  async write(settings: Settings): Promise<void> {
    await this.writeFields(settings);
  }

  private async writeFields(settings: SettingsFields): Promise<void> {
    const record: SettingsRecord = { format: 2, kind: 'settings', device: this.device, at: this.clock.now(), settings };
    await writeSmallFile(this.libraryDir, this.file, settingsRecordKind.serialize(record), this.device);
  }

  private tell(message: string | null, recovered: SettingsFields): void {
    if (!message) return;
    const reset = fieldsMissing(recovered);
    this.report(reset.length > 0 ? `${message} Back to their defaults: ${reset.join(', ')}.` : message);
  }
}
