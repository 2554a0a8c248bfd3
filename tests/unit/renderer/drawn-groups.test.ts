import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../electron/contract/timeline.ts';
import type { TimelineGroup } from '../../../renderer/src/timeline/axis.ts';
import { drawnGroups } from '../../../renderer/src/timeline/drawn-groups.ts';

/** Groups of the sizes given, their events named g<group>e<event>. */
function groups(...sizes: number[]): TimelineGroup[] {
  return sizes.map((size, group) => ({
    key: `2025-01-${String(group + 1).padStart(2, '0')}`,
    label: `${group + 1} January 2025`,
    gapBefore: null,
    events: Array.from({ length: size }, (_, event) => ({ id: `g${group}e${event}` }) as TimelineEvent),
  }));
}

describe('the groups drawn of a long timeline', () => {
  it('draws whole groups from the top until the page is full, and counts the rest', () => {
    const drawn = drawnGroups(groups(2, 2, 2, 2), 3);
    expect(drawn.groups.map((group) => group.key)).toEqual(['2025-01-01', '2025-01-02']);
    expect(drawn.undrawn).toBe(4);
  });

  it('draws everything when the timeline is shorter than a page', () => {
    const drawn = drawnGroups(groups(1, 1), 150);
    expect(drawn.groups).toHaveLength(2);
    expect(drawn.undrawn).toBe(0);
  });

  it('draws down to the focused event, so the keys and the way back from an article find it', () => {
    const drawn = drawnGroups(groups(2, 2, 2, 2), 1, 'g2e1');
    expect(drawn.groups).toHaveLength(3);
    expect(drawn.undrawn).toBe(2);
  });
});
