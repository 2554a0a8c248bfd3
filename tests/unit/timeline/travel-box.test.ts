// A travel box's labelled notices ("Harlow Trains: services suspended today; check before you set out.") are page
// furniture, not the story's events. Written for this test; the outlet publishes on Wednesday 14 October 2026.
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../electron/core/timeline/extraction/events.ts';
import { reference } from './outlets.ts';

describe('a travel box leaking into the text', () => {
  it('tells no event', () => {
    const text = [
      'A signal fault stopped trains between Harlow and Epping on Tuesday.',
      'Travel now',
      'Harlow Trains: services to Epping suspended today; please check before you set out. Station Road: one lane shut.',
    ].join('\n\n');
    const events = extractEvents(text, reference).map((e) => `${e.date} ${text.slice(e.start, e.start + 9)}`);
    expect(events).toEqual(['2026-10-13 A signal ']);
  });

  it('keeps a story’s own advice to travellers', () => {
    const text = 'Police said the road would stay shut until Friday; drivers should plan ahead.';
    expect(extractEvents(text, reference).map((e) => e.date)).toEqual(['2026-10-16']);
  });
});
