import type { SkippedRow } from '../../../contract/index.ts';
import { resolveWebUrl } from '../../extract/url-policy.ts';
import { cleanTag, editTags } from '../../library/tags.ts';
import type { ImportHighlight, ImportItem, ImportLimits } from './types.ts';

export type ItemFields = Partial<Omit<ImportItem, 'url' | 'where'>> & { url: string | null | undefined };

/**
 * Gathers the items of one file: checks each address, tidies tags, dates and titles, and notes every
 * row that cannot be imported with where it was and why. Shared by every format's parser.
 */
export class ItemCollector {
  readonly items: ImportItem[] = [];
  readonly skipped: SkippedRow[] = [];
  private capped = false;

  constructor(private readonly limits: ImportLimits) {}

  /** False once the row cap is reached (the cap is reported once); parsers stop reading then. */
  get open(): boolean {
    return !this.capped;
  }

  add(where: string, fields: ItemFields): void {
    if (this.items.length >= this.limits.maxRows) {
      if (!this.capped) {
        this.skip(
          where,
          `more than ${this.limits.maxRows.toLocaleString('en')} articles: this row and the rest were not read`,
        );
      }
      this.capped = true;
      return;
    }
    const raw = (fields.url ?? '').trim();
    const url = resolveWebUrl(raw, null);
    if (!url) {
      this.skip(where, raw ? whyNotAnAddress(raw) : 'it has no address', raw || null);
      return;
    }
    this.items.push({
      url,
      title: singleLine(fields.title ?? '') || url,
      tags: cleanTags(fields.tags ?? []),
      archived: fields.archived ?? false,
      favorite: fields.favorite ?? false,
      savedAt: fields.savedAt ?? null,
      html: typeof fields.html === 'function' || fields.html?.trim() ? fields.html! : null,
      highlights: (fields.highlights ?? []).filter((highlight) => highlight.quote.trim() !== ''),
      notes: (fields.notes ?? []).map((note) => note.trim()).filter(Boolean),
      where,
    });
  }

  skip(where: string, reason: string, url: string | null = null): void {
    this.skipped.push({ where, reason, url: url ? url.slice(0, 2_000) : null });
  }
}

function whyNotAnAddress(raw: string): string {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase();
  if (scheme === 'javascript') return 'it is a javascript: link (a bookmarklet), not an article';
  if (scheme === 'data') return 'it is a data: link, not an article';
  if (scheme && scheme !== 'http' && scheme !== 'https') return `its address is a ${scheme}: link, not a web page`;
  return `“${raw.slice(0, 80)}” is not a web address`;
}

/**
 * Tags as Annals keeps them: no commas or control characters (other services allow them), at most
 * 64 characters, no duplicates. Hierarchical tags keep their slashes.
 */
export function cleanTags(tags: readonly string[]): string[] {
  const cleaned = tags
    .map((tag) =>
      cleanTag(
        [...tag]
          .map((char) => (char === ',' || char.charCodeAt(0) < 32 ? ' ' : char))
          .join('')
          .replace(/^#/, ''),
      ).slice(0, 64),
    )
    .filter((tag) => tag.trim() !== '');
  return editTags([], cleaned, []);
}

export function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 1_000);
}

/** Unix seconds (as text or number) to ISO 8601; null when absent or absurd. */
export function fromUnixSeconds(value: unknown): string | null {
  const seconds = typeof value === 'number' ? value : Number(String(value ?? '').trim());
  if (!Number.isFinite(seconds) || seconds <= 0 || String(value ?? '').trim() === '') return null;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) || date.getUTCFullYear() > 9999 ? null : date.toISOString();
}

/** A date as another service wrote it (ISO 8601 with any offset, "2016-09-08T11:55:58+0200", …) to ISO 8601 UTC. */
export function fromDateText(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  const text = value.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

export function highlight(quote: string, extra: Partial<ImportHighlight> = {}): ImportHighlight {
  return {
    quote: quote.trim(),
    note: extra.note?.trim() ?? '',
    tags: cleanTags(extra.tags ?? []),
    created: extra.created ?? null,
  };
}
