import type { Stamp } from '../sync/clock.ts';
import type { Written } from '../sync/registers.ts';
import { type ArticleRecord, EVENT_CHOICE_FIELDS, EVENT_FIELDS } from './article-record.ts';
import { type BaseLayer, legacyStamp } from './base-layer.ts';

/** The reader's edits of an article's events: per event and field, the one set last wins. */
export function mergeEventEdits(
  base: BaseLayer | null,
  records: ArticleRecord[],
): Record<string, Record<string, unknown>> {
  const keys = new Set([
    ...Object.keys(base?.eventOverrides ?? {}),
    ...records.flatMap((record) => Object.keys(record.events)),
    ...records.flatMap((record) => Object.keys(record.eventChoices)),
  ]);
  const merged: Record<string, Record<string, unknown>> = {};
  for (const key of keys) {
    const edit: Record<string, unknown> = {};
    for (const name of [...EVENT_FIELDS, ...EVENT_CHOICE_FIELDS]) {
      const baseOverride = base?.eventOverrides[key];
      const copies: ({ value?: unknown; at: Stamp } | undefined)[] = records.map((record) =>
        (EVENT_FIELDS as readonly string[]).includes(name)
          ? record.events[key]?.[name as (typeof EVENT_FIELDS)[number]]
          : record.eventChoices[key]?.[name],
      );
      if (baseOverride && name in baseOverride) copies.push({ value: baseOverride[name], at: legacyStamp() });
      const winner = copies.reduce<{ value?: unknown; at: Stamp } | undefined>(
        (best, copy) => (copy && (!best || copy.at > best.at) ? copy : best),
        undefined,
      );
      if (winner && 'value' in winner && winner.value !== undefined) edit[name] = winner.value;
    }
    if (Object.keys(edit).length > 0) merged[key] = edit;
  }
  return merged;
}

/** Events the reader promoted into a story, by key: the latest decision per key wins. */
export function mergePromoted(base: BaseLayer | null, records: ArticleRecord[]): Record<string, unknown> {
  const byKey = new Map<string, Written<unknown>>();
  for (const event of base?.promoted ?? []) byKey.set(event.key, { value: event, at: legacyStamp() });
  for (const record of records) {
    for (const [key, promoted] of Object.entries(record.promoted)) {
      const held = byKey.get(key);
      if (!held || promoted.at > held.at) byKey.set(key, promoted);
    }
  }
  const merged: Record<string, unknown> = {};
  for (const [key, promoted] of [...byKey].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (promoted.value !== null && promoted.value !== undefined) merged[key] = promoted.value;
  }
  return merged;
}
