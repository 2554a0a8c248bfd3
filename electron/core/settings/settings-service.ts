import { defaultSettings, type Settings, Settings as SettingsSchema } from '../../contract/index.ts';
import type { SettingsStore } from './types.ts';

type SettingsPatch = {
  reader?: Partial<Settings['reader']>;
  sort?: Settings['sort'];
  sampleOffered?: boolean;
  savedSearches?: string[];
  feedRetentionDays?: number;
  allowLocalNetwork?: boolean;
};

/** Settings with defaults filled in; an unreadable file falls back to defaults instead of failing the app. */
export class SettingsService {
  private loaded: Settings | null = null;

  constructor(private readonly store: SettingsStore) {}

  private get current(): Settings {
    this.loaded ??= SettingsService.sanitize(safeRead(this.store));
    return this.loaded;
  }

  get(): Settings {
    return this.current;
  }

  set(patch: SettingsPatch): Settings {
    const next = SettingsService.sanitize({
      ...this.current,
      ...patch,
      reader: { ...this.current.reader, ...(patch.reader ?? {}) },
    });
    this.store.write(next);
    this.loaded = next;
    return next;
  }

  /** Keeps every valid field of what was stored; replaces only the invalid ones. */
  static sanitize(raw: unknown): Settings {
    const stored = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const reader = (stored.reader && typeof stored.reader === 'object' ? stored.reader : {}) as Record<string, unknown>;
    const merged: Record<string, unknown> = { ...defaultSettings, reader: { ...defaultSettings.reader } };
    for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
      if (key === 'reader') continue;
      const candidate = { ...merged, [key]: stored[key] };
      if (stored[key] !== undefined && SettingsSchema.safeParse(candidate).success) merged[key] = stored[key];
    }
    for (const key of Object.keys(defaultSettings.reader) as (keyof Settings['reader'])[]) {
      const candidate = { ...merged, reader: { ...(merged.reader as object), [key]: reader[key] } };
      if (reader[key] !== undefined && SettingsSchema.safeParse(candidate).success) merged.reader = candidate.reader;
    }
    return SettingsSchema.parse(merged);
  }
}

function safeRead(store: SettingsStore): unknown {
  try {
    return store.read();
  } catch {
    return {};
  }
}
