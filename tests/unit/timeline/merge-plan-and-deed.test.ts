// What someone will do on a day and another deed of that day are two happenings, whatever names both give; and a
// date opening its sentence ("On Thursday, …") is the clause's own, the comma after it no break. Written for this
// test: the plan is published on Wednesday 14 October 2026, the deeds on Friday 16 October, so "Thursday" is 15
// October.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { mergeEvents } from '../../../electron/core/timeline/merging/merge-events.ts';
import { reportAt } from './outlets.ts';

const WEDNESDAY = '2026-10-14T09:00:00+01:00';
const FRIDAY = '2026-10-16T09:00:00+01:00';

/** The merged timeline of [publication time, text] articles by outlet-1, outlet-2, … */
function mergedAt(...articles: [string, string][]) {
  return mergeEvents(
    articles.map(([publishedAt, text], i) => ({
      articleId: `outlet-${i + 1}`,
      publishedAt,
      events: extractEvents(text, { publishedAt, savedAt: publishedAt }),
    })),
  );
}

/** How many entries of 15 October hold reports of both outlets. */
function joined(entries: ReturnType<typeof mergedAt>): number {
  const outlets = (entry: (typeof entries)[number]) => new Set(entry.sources.map((source) => source.articleId));
  return entries.filter((entry) => entry.date === '2026-10-15' && outlets(entry).size === 2).length;
}

describe('a plan and a deed of its day', () => {
  it('keeps what a minister will do apart from another deed of hers that day', () => {
    const entries = mergedAt(
      [WEDNESDAY, 'Health Minister Carla Dunmore will visit Ashby on Thursday.'],
      [FRIDAY, 'Health Minister Carla Dunmore closed the maternity ward at Ashby General on Thursday.'],
    );
    expect(joined(entries)).toBe(0);
  });

  it('keeps a board’s planned vote apart from the inquiry it opened that day', () => {
    const entries = mergedAt(
      [
        WEDNESDAY,
        'The Harrow Valley water board is expected to vote on Thursday on new charges after the Carrick reservoir leak.',
      ],
      [FRIDAY, 'The Harrow Valley water board opened an inquiry on Thursday into the Carrick reservoir leak.'],
    );
    expect(joined(entries)).toBe(0);
  });

  it('joins the plan with the deed it planned', () => {
    const entries = mergedAt(
      [WEDNESDAY, 'Health Minister Carla Dunmore will visit Ashby on Thursday.'],
      [FRIDAY, 'Health Minister Carla Dunmore toured the maternity ward at Ashby General on Thursday.'],
    );
    expect(joined(entries)).toBe(1);
  });
});

describe('a date opening its sentence', () => {
  it('tells the deed after its comma clearly', () => {
    const report = reportAt('On Thursday, the harbour master closed the slipway to all boats.', 'Thursday');
    expect(report.clear.has('close')).toBe(true);
  });

  it('keeps the deed told after it apart from a planned visit of that day', () => {
    const entries = mergedAt(
      [WEDNESDAY, 'Harbour master Ian Petrie will visit the Kelso slipway on Thursday.'],
      [FRIDAY, 'On Thursday, harbour master Ian Petrie closed the Kelso slipway to all boats.'],
    );
    expect(joined(entries)).toBe(0);
  });
});

describe('a planned meeting and the crowd at it', () => {
  it('joins a meeting someone will hold with the crowd that packed it', () => {
    const entries = mergedAt(
      [WEDNESDAY, 'The Okeford family will meet neighbours at the Okeford village hall on Thursday.'],
      [FRIDAY, 'About 150 of us squeezed into the Okeford village hall on Thursday night.'],
    );
    expect(joined(entries)).toBe(1);
  });
});
