// Lanes: the timeline's events in columns by their story or by the people, organisations and places they name.
import type { Timeline, TimelineEvent } from '../../../electron/contract/timeline.ts';

export type LaneMode = 'none' | 'story' | 'entity';
export const laneNames: Record<LaneMode, string> = { none: 'No lanes', story: 'By story', entity: 'By name' };

export interface Lane {
  id: string;
  label: string;
  /** What the lane is: a story, a person, an organisation, a place, or everything else. */
  kind: string;
}

export interface Lanes {
  lanes: Lane[];
  laneOf(event: TimelineEvent): string;
}

/** Lanes beyond these many would be too narrow to read; the rest share "Everything else". */
const MAX_LANES = 3;
const OTHER: Lane = { id: 'other', label: 'Everything else', kind: 'other' };

export function timelineLanes(
  timeline: Pick<Timeline, 'events' | 'articles' | 'stories' | 'entities'>,
  mode: LaneMode,
): Lanes {
  if (mode === 'none') return { lanes: [{ id: 'all', label: '', kind: 'all' }], laneOf: () => 'all' };
  const candidates: Lane[] =
    mode === 'story'
      ? timeline.stories.map((story) => ({ id: story.id, label: story.title || 'Untitled story', kind: 'story' }))
      : timeline.entities.map((entity) => ({ id: `entity:${entity.name}`, label: entity.name, kind: entity.kind }));
  const fits = (event: TimelineEvent, lane: Lane) =>
    mode === 'story'
      ? event.sources.some((source) => timeline.articles[source.articleId]?.storyId === lane.id)
      : namesOf(event).includes(lane.label);
  // The lanes with the most events, in the order the core ranked them.
  const counted = candidates
    .map((lane, rank) => ({ lane, rank, count: timeline.events.filter((event) => fits(event, lane)).length }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || a.rank - b.rank)
    .slice(0, MAX_LANES)
    .sort((a, b) => a.rank - b.rank)
    .map((entry) => entry.lane);
  const laneOf = (event: TimelineEvent) => counted.find((lane) => fits(event, lane))?.id ?? OTHER.id;
  const needsOther = timeline.events.some((event) => laneOf(event) === OTHER.id);
  return { lanes: needsOther ? [...counted, OTHER] : counted, laneOf };
}

/** Every name an event mentions, people first. */
export function namesOf(event: Pick<TimelineEvent, 'entities'>): string[] {
  const { people, organizations, places } = event.entities;
  return [...people, ...organizations, ...places];
}
