// The sentence giving the lede's hour joins the lede even when another report of the same happening, telling no
// action near its day, sits between them ("Officers caught …" before "She was arrested at 4:40 p.m.").
import { describe, expect, it } from 'vitest';
import { joining, merged } from './outlets.ts';

const article = [
  'Runaway prisoner Nora Keel was found in a boathouse near Selby Quay on Tuesday afternoon, a day after she walked out of a hospital ward.',
  'Police officers caught Nora Keel, 41, in a boathouse near Selby Quay on Tuesday afternoon after a fisherman rang to say someone was asleep in it.',
  'She was arrested at 4:40 p.m. without a fight, Chief Inspector Owen Hale told reporters that evening.',
].join('\n\n');

describe('a lede, a report of it telling no action at its day, and the lede hour', () => {
  it('are one entry', () => {
    const entries = merged(article).filter((entry) => entry.date === '2026-10-13');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.sources).toHaveLength(3);
  });

  it('keep the other day apart', () => {
    expect(joining(merged(article), '2026-10-12', 'outlet-1')).toHaveLength(1);
  });
});
