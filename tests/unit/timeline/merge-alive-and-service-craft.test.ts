// Someone moved and told "alive" was rescued, whatever the verb; and a kind of happening naming the craft or the
// animals a service works with ("rescue helicopters", "fire boats") tells no such happening that day. Written for this
// test; the outlets publish on Wednesday 14 October 2026, so "Monday" is 12 October.
import { describe, expect, it } from 'vitest';
import { joining, merged, reportAt } from './outlets.ts';

describe('brought out alive', () => {
  it('reads a person moved and told alive as a rescue', () => {
    for (const text of [
      'Divers pulled a fisherman alive from the flooded quarry on Monday.',
      'A boy of six was carried out alive on Monday.',
      'Miners dug two of their colleagues out alive on Monday.',
    ])
      expect(reportAt(text, 'on Monday').clear.has('rescue')).toBe(true);
  });

  it('joins two outlets’ rescues told in other words', () => {
    const entries = merged(
      'Firefighters pulled a man in his seventies alive from the collapsed barn on Monday afternoon. ' +
        'The barn roof had come down on Monday morning.',
      'Walter Penhale, 71, was rescued by a fire crew on Monday. Tresco council closed the lane on Monday.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });
});

describe('a service named by its craft', () => {
  it('tells no rescue or fire by "rescue helicopters" or "fire boats"', () => {
    const report = reportAt('Rescue helicopters reached the ridge on Monday.', 'on Monday');
    expect(report.actions.has('rescue')).toBe(false);
    expect(reportAt('Fire boats reached the pier on Monday.', 'on Monday').actions.has('fire')).toBe(false);
  });
});

describe('people named by what they do', () => {
  it('tell whose work resumed when a verb says they went back to it', () => {
    const report = reportAt('Rescuers went back up the glacier on Monday.', 'on Monday');
    expect(report.actions.has('rescue')).toBe(false);
    expect(report.actions.has('resume')).toBe(true);
  });

  it('still tell what they do when nothing else does', () => {
    expect(reportAt('Negotiators were back at the table on Monday.', 'on Monday').actions.has('talks')).toBe(true);
  });

  it('keeps searchers going back apart from a climber pulled alive that day', () => {
    const entries = merged(
      'Rescuers went back up the glacier at dawn on Monday.',
      'A Swiss climber was pulled alive from a crevasse on Monday.',
    );
    expect(joining(entries, '2026-10-12', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });
});
