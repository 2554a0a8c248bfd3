import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';

// Wednesday 12 November 2025, mid-morning in London.
const WEDNESDAY = { publishedAt: '2025-11-12T10:30:00+00:00', savedAt: '2026-01-01T00:00:00Z' };

function dated(text: string): string[] {
  return extractEvents(text, WEDNESDAY).map((e) => e.date);
}

describe('times of the day told in words', () => {
  it('dates "that same afternoon" by the time just told', () => {
    const text = [
      'Divers reached the wreck of the Pelham on Monday.',
      'They raised its bell that same afternoon.',
    ].join('\n\n');
    expect(dated(text)).toEqual(['2025-11-10', '2025-11-10']);
  });
});

describe('times of the day told by the light or a meal', () => {
  // First light after a night is the next morning (daylight-after-an-evening.test.ts), and the day goes on from it.
  it('dates "at first light", "shortly before sunset" and "by breakfast" by the event just told', () => {
    const text = [
      'A landslip blocked the Carrow pass on Sunday night.',
      'Snowploughs began clearing it at first light.',
      'By lunchtime the council had opened one lane.',
      'The last car was through shortly before sunset.',
    ].join('\n\n');
    expect(dated(text)).toEqual(['2025-11-09', '2025-11-10', '2025-11-10', '2025-11-10']);
  });

  it('leaves a habit told by the light alone: "Boats usually leave at dawn"', () => {
    expect(dated(['The ferry sank on Monday.', 'Boats usually leave the harbour at dawn.'].join('\n\n'))).toEqual([
      '2025-11-10',
    ]);
    expect(dated(['The ferry sank on Monday.', 'The next sailing will leave at dawn.'].join('\n\n'))).toEqual([
      '2025-11-10',
    ]);
  });

  it('leaves a memory told by a meal: "Older crews recall a night the lifeboat was home before breakfast"', () => {
    const text = [
      'The ferry sank on Monday.',
      'Older crews recall a night the lifeboat went out and was home again before breakfast.',
    ].join('\n\n');
    expect(dated(text)).toEqual(['2025-11-10']);
  });
});

describe('a part of the day reached', () => {
  it('dates "by evening" and "by late afternoon" to the day of the event just told', () => {
    const text = [
      'A burst main flooded the lower town on Monday.',
      'By late afternoon the water board had found the leak.',
      'Every shop was open again by evening.',
    ].join('\n\n');
    expect(dated(text)).toEqual(['2025-11-10', '2025-11-10', '2025-11-10']);
  });

  it('leaves a habit told by a part of the day alone', () => {
    const text = ['A burst main flooded the lower town on Monday.', 'The market usually packs up by evening.'].join(
      '\n\n',
    );
    expect(dated(text)).toEqual(['2025-11-10']);
  });
});

describe('a night spent', () => {
  it('dates "spent the night" before a later day its sentence tells to the night before that day', () => {
    const text = [
      'A rockfall trapped a coach on the Hensby pass on Sunday.',
      'Its 40 passengers spent the night in their seats, and were driven down on Monday morning.',
    ].join('\n\n');
    expect(dated(text)).toEqual(['2025-11-09', '2025-11-09', '2025-11-10']);
  });

  it('dates no night spent with no later day told: a state, no step of the story', () => {
    const text = [
      'A rockfall trapped a coach on the Hensby pass on Sunday.',
      'The other 30 spent the night in the church hall as the snow kept falling.',
    ].join('\n\n');
    expect(dated(text)).toEqual(['2025-11-09']);
  });
});

describe('a night spent after a happening its sentence dates', () => {
  it('is the night of that day', () => {
    const text = [
      'Snowploughs reopened the Hensby pass on Tuesday.',
      'About 80 drivers spent the night in their cars after drifts closed the road on Sunday afternoon.',
    ].join('\n\n');
    expect(dated(text)).toEqual(['2025-11-11', '2025-11-09']);
  });
});
