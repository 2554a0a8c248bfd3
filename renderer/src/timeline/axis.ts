// The timeline's real time axis: events grouped by day, month or year, with the time between groups
// shown in proportion (up to a cap) and said in words.
import type { TimelineEvent } from '../../../electron/contract/timeline.ts';
import { dateParts, singleDateLabel } from '../lib/event-dates.ts';

export type Zoom = 'day' | 'month' | 'year';
export const zoomLevels: Zoom[] = ['day', 'month', 'year'];
export const zoomNames: Record<Zoom, string> = { day: 'Days', month: 'Months', year: 'Years' };

export interface Gap {
  /** Days from one group's start to the next one's. */
  days: number;
  label: string;
  /** Pixels of axis the gap takes. */
  height: number;
  /** True when the gap was longer than the cap allows and is drawn shorter than it is. */
  compressed: boolean;
}

export interface TimelineGroup {
  key: string;
  label: string;
  events: TimelineEvent[];
  /** The empty time before this group, or null when it follows the previous group directly. */
  gapBefore: Gap | null;
}

const DAY_MS = 86_400_000;
/** Pixels per day of empty time at each zoom, and the most a gap may take. */
const PIXELS_PER_DAY: Record<Zoom, number> = { day: 4, month: 0.6, year: 0.09 };
const MIN_GAP_PX = 28;
const MAX_GAP_PX = 120;

/** The group an event's date falls in at a zoom: "2025-05-14", "2025-05" or "2025". */
export function groupKey(date: string, zoom: Zoom): string {
  return zoom === 'day' ? date : zoom === 'month' ? date.slice(0, 7) : date.slice(0, 4);
}

/** Events (already in date order) in groups, each with the gap before it. */
export function groupEvents(events: TimelineEvent[], zoom: Zoom): TimelineGroup[] {
  const groups: TimelineGroup[] = [];
  for (const event of events) {
    const key = groupKey(event.date, zoom);
    const last = groups.at(-1);
    if (last?.key === key) last.events.push(event);
    else groups.push({ key, label: singleDateLabel(key), events: [event], gapBefore: null });
  }
  for (let i = 1; i < groups.length; i++) groups[i]!.gapBefore = gapBetween(groups[i - 1]!.key, groups[i]!.key, zoom);
  return groups;
}

/** The empty time between two groups, or null when no day lies between them. */
export function gapBetween(previous: string, next: string, zoom: Zoom): Gap | null {
  const [, previousEnd] = span(previous);
  const [nextStart] = span(next);
  const empty = nextStart - previousEnd - 1;
  if (empty <= 0) return null;
  const days = nextStart - span(previous)[0];
  const raw = empty * PIXELS_PER_DAY[zoom];
  return {
    days,
    label: laterLabel(days),
    height: Math.round(Math.min(MAX_GAP_PX, Math.max(MIN_GAP_PX, raw))),
    compressed: raw > MAX_GAP_PX,
  };
}

/** "2 days later", "3 weeks later", "a month later", "32 years later". */
export function laterLabel(days: number): string {
  const say = (count: number, unit: string) => (count === 1 ? `a ${unit} later` : `${count} ${unit}s later`);
  if (days < 14) return days === 1 ? 'The next day' : `${days} days later`;
  if (days < 60) return say(Math.round(days / 7), 'week');
  if (days < 730) return say(Math.round(days / 30.44), 'month');
  return say(Math.round(days / 365.25), 'year');
}

/** First and last day of a group key, as day numbers. */
function span(key: string): [number, number] {
  const { year, month, day } = dateParts(key);
  const first = Date.UTC(year, (month ?? 1) - 1, day ?? 1) / DAY_MS;
  if (day) return [first, first];
  const last = month ? Date.UTC(year, month, 0) / DAY_MS : Date.UTC(year, 11, 31) / DAY_MS;
  return [first, last];
}

export function zoomIn(zoom: Zoom): Zoom {
  return zoomLevels[Math.max(0, zoomLevels.indexOf(zoom) - 1)]!;
}

export function zoomOut(zoom: Zoom): Zoom {
  return zoomLevels[Math.min(zoomLevels.length - 1, zoomLevels.indexOf(zoom) + 1)]!;
}
