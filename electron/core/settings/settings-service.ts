import { defaultSettings, type Settings } from '../../contract/index.ts';
import { readSettingsFields, withDefaults } from './settings-fields.ts';
import type { SettingsStore } from './types.ts';

type SettingsPatch = {
  reader?: Partial<Settings['reader']>;
  sort?: Settings['sort'];
  sampleOffered?: boolean;
  savedSearches?: string[];
  feedRetentionDays?: number;
  allowLocalNetwork?: boolean;
};

/** Settings with defaults filled in; an unreadable store falls back to defaults instead of failing the app. */
export class SettingsService {
  private current: Settings = defaultSettings;

  constructor(private readonly store: SettingsStore) {}

  /** Reads the stored settings (before the first get). */
  async load(): Promise<void> {
    this.current = SettingsService.sanitize(await safeRead(this.store));
  }

  get(): Settings {
    return this.current;
  }

  /** Saves a change; answers the settings once they are on disk. */
  async set(patch: SettingsPatch): Promise<Settings> {
    const next = SettingsService.sanitize({
      ...this.current,
      ...patch,
      reader: { ...this.current.reader, ...(patch.reader ?? {}) },
    });
    await this.store.write(next);
    this.current = next;
    return next;
  }

  /** Keeps every valid field of what was stored; replaces only the invalid ones. */
  static sanitize(raw: unknown): Settings {
    return withDefaults(readSettingsFields(raw).fields);
  }
}

async function safeRead(store: SettingsStore): Promise<unknown> {
  try {
    return await store.read();
  } catch {
    return {};
  }
}
