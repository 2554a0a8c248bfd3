import { describe, expect, it } from 'vitest';
import { happeningsOpenedOn } from '../../../electron/core/timeline/stories/opening-happenings.ts';
import { sinkingsAndSanctions } from '../../../electron/core/timeline/stories/sinkings-and-sanctions.ts';

const kinds = (text: string) => sinkingsAndSanctions(text).map((told) => told.kind);

describe('sinkings and sanctions an opening tells', () => {
  it('reads a vessel sinking or capsizing', () => {
    expect(kinds('The ferry Ardent capsized off Holm Point on Monday.')).toEqual(['sink']);
    expect(kinds('Trawler sinks at her berth')).toEqual(['sink']);
  });

  it('reads a person put out of a post, and not bags, kilns or a case', () => {
    expect(kinds('Harbour trust sacks chief executive over expenses')).toEqual(['dismiss']);
    expect(kinds('The club fired head coach Ivo Brandt on Sunday.')).toEqual(['dismiss']);
    expect(kinds('Sacks of flour were handed out at the hall.')).toEqual([]);
    expect(kinds('Potters fired the kiln for the first time.')).toEqual([]);
    expect(kinds('The judge dismissed the case against the firm.')).toEqual([]);
  });

  it('reads a person barred for a reason, and not a strike or a service stopped', () => {
    expect(kinds('Rider suspended after positive test')).toEqual(['sanction']);
    expect(kinds('The nurse was suspended pending an investigation.')).toEqual(['sanction']);
    expect(kinds('Bin strike suspended after late-night deal')).toEqual([]);
    expect(kinds('Ferry services were suspended until Friday.')).toEqual([]);
  });

  it('gives them as kinds of happening of the opening', () => {
    expect(happeningsOpenedOn('Trawler sinks at Brennock', '')).toEqual(['sink:sinks']);
    expect(happeningsOpenedOn('Rider suspended after positive test', '')).toEqual(['sanction:suspen']);
  });
});

describe('a post lost, told after whom', () => {
  it('reads a director fired or relieved of duties, and not shots an officer fired', () => {
    expect(kinds('Port director fired over cargo contracts')).toEqual(['dismiss']);
    expect(kinds('The harbour master was relieved of his duties on Friday.')).toEqual(['dismiss']);
    expect(kinds('Police officers fired tear gas at the crowd.')).toEqual([]);
    expect(kinds('An officer fired at the car as it sped off.')).toEqual([]);
  });
});
