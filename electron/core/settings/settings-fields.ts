import { defaultSettings, type Settings, Settings as SettingsSchema } from '../../contract/index.ts';

/** Settings as a file may hold them: any of the fields, the reader's own one by one. */
export type SettingsFields = Partial<Omit<Settings, 'reader'>> & { reader?: Partial<Settings['reader']> };

const topKeys = (Object.keys(defaultSettings) as (keyof Settings)[]).filter((key) => key !== 'reader');
const readerKeys = Object.keys(defaultSettings.reader) as (keyof Settings['reader'])[];

/**
 * The fields of stored settings that are valid, each checked on its own (a bad font size leaves the
 * theme as it was), and how many fields were there but not valid.
 */
export function readSettingsFields(raw: unknown): { fields: SettingsFields; dropped: number } {
  const stored = isObject(raw) ? raw : {};
  const storedReader = isObject(stored.reader) ? stored.reader : {};
  const fields: Record<string, unknown> = {};
  const reader: Record<string, unknown> = {};
  let dropped = 0;
  for (const key of topKeys) {
    if (stored[key] === undefined) continue;
    if (SettingsSchema.safeParse({ ...defaultSettings, [key]: stored[key] }).success) fields[key] = stored[key];
    else dropped++;
  }
  for (const key of readerKeys) {
    if (storedReader[key] === undefined) continue;
    const candidate = { ...defaultSettings, reader: { ...defaultSettings.reader, [key]: storedReader[key] } };
    if (SettingsSchema.safeParse(candidate).success) reader[key] = storedReader[key];
    else dropped++;
  }
  if (stored.reader !== undefined && !isObject(stored.reader)) dropped++;
  if (Object.keys(reader).length > 0) fields.reader = reader;
  return { fields: fields as SettingsFields, dropped };
}

/** Fields of `first` where it has them, of `second` elsewhere. */
export function combineSettingsFields(first: SettingsFields, second: SettingsFields): SettingsFields {
  const reader = { ...second.reader, ...first.reader };
  return { ...second, ...first, ...(Object.keys(reader).length > 0 ? { reader } : {}) };
}

/** Complete settings: the fields given, defaults for the rest. */
export function withDefaults(fields: SettingsFields): Settings {
  return SettingsSchema.parse({
    ...defaultSettings,
    ...fields,
    reader: { ...defaultSettings.reader, ...fields.reader },
  });
}

/** The names of the settings `fields` leaves at their defaults, as the reader knows them. */
export function fieldsMissing(fields: SettingsFields): string[] {
  return [
    ...topKeys.filter((key) => fields[key] === undefined),
    ...readerKeys.filter((key) => fields.reader?.[key] === undefined).map((key) => `reader.${key}`),
  ];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
