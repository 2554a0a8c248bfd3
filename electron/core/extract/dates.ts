import * as chrono from 'chrono-node';

type ChronoParser = { parse: typeof chrono.strict.parse };

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1000 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

// 2025-05-21, 2025-05-21T19:05, 2025-05-21 19:05:00.123-0700, …Z, …+07 (ISO 8601 / RFC 3339 as sites write them)
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * Normalises an ISO-like date to ISO 8601 without moving it: the publisher's offset stays as written
 * ("-07:00" stays, "Z" stays Z), a bare date stays YYYY-MM-DD, a time without offset stays local.
 */
function normalizeIso(raw: string): string | null {
  const m = ISO.exec(raw);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  if (!validDate(Number(y), Number(mo), Number(d))) return null;
  const date = `${y}-${mo}-${d}`;
  if (h === undefined || mi === undefined) return date;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return null;
  const time = `${h}:${mi}:${s ?? '00'}`;
  if (!zone) return `${date}T${time}`;
  if (zone.toUpperCase() === 'Z') return `${date}T${time}Z`;
  const zm = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
  if (Number(zm[2]) > 14 || Number(zm[3] ?? 0) > 59) return null;
  return `${date}T${time}${zm[1]}${zm[2]}:${zm[3] ?? '00'}`;
}

type ChronoResult = ReturnType<typeof chrono.strict.parse>[number];

/** ISO string from a chrono result, with only the parts the text really stated. */
function fromChrono(result: ChronoResult): string | null {
  const start = result.start;
  // An explicit four-digit year is required: "3 hours ago" or "Tuesday" are not publication dates.
  if (!/\d{4}/.test(result.text)) return null;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  const y = start.get('year')!;
  const mo = start.get('month')!;
  const d = start.get('day')!;
  if (!validDate(y, mo, d)) return null;
  const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  if (!start.isCertain('hour')) return date;
  const time = `${pad(start.get('hour') ?? 0)}:${pad(start.get('minute') ?? 0)}:${pad(start.get('second') ?? 0)}`;
  if (!start.isCertain('timezoneOffset')) return `${date}T${time}`;
  return `${date}T${time}${formatOffset(start.get('timezoneOffset') ?? 0)}`;
}

const LOCALES: Record<string, unknown> = {
  de: chrono.de,
  es: chrono.es,
  fi: chrono.fi,
  fr: chrono.fr,
  it: chrono.it,
  ja: chrono.ja,
  nl: chrono.nl,
  pt: chrono.pt,
  ru: chrono.ru,
  sv: chrono.sv,
  uk: chrono.uk,
  zh: chrono.zh,
};

/** chrono parsers to try for a page language: its own locale (strict when it has one), then English. */
function parsersFor(lang: string | null): ChronoParser[] {
  const locale = LOCALES[(lang ?? '').slice(0, 2).toLowerCase()] as
    | { strict?: ChronoParser; casual?: ChronoParser; parse?: ChronoParser['parse'] }
    | undefined;
  const own = locale?.strict ?? locale?.casual ?? (locale?.parse ? (locale as ChronoParser) : undefined);
  return own ? [own, chrono.strict] : [chrono.strict];
}

/** Finds a full date (with year) in free text such as a dateline: "Published 16 May 2025 14:05 GMT". */
export function parseDateText(text: string, lang: string | null = null): string | null {
  const sample = text.slice(0, 300);
  // Only a result with a four-digit year is kept (fromChrono), so text without one never reaches chrono, the
  // slow part of reading a page.
  if (!/\d{4}/.test(sample)) return null;
  for (const parser of parsersFor(lang)) {
    for (const result of parser.parse(sample, new Date(), { forwardDate: false })) {
      const iso = fromChrono(result);
      if (iso) return iso;
    }
  }
  return null;
}

/** Normalises a machine-readable date (meta, JSON-LD, <time datetime>) to ISO 8601, keeping its offset. */
export function normalizeDate(raw: string | null | undefined, lang: string | null = null): string | null {
  const value = (raw ?? '').trim();
  if (!value) return null;
  return normalizeIso(value) ?? parseDateText(value, lang);
}
