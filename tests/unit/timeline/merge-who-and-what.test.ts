// What happened, not who did it or who said so: a judge, a fire department or a company speaking tells no hearing,
// fire, departure or deed of that day; an inquiry ordered is not what it looks into; people gathering is a
// happening of its own, beside the hearing they gathered outside.
import { describe, expect, it } from 'vitest';
import { joining, merged, reportAt } from './outlets.ts';

const MONDAY = '2026-10-12';
const TUESDAY = '2026-10-13';

describe('a judge is who acts, not a hearing', () => {
  it('keeps a crowd outside the court apart from the case heard inside, though a judge is named', () => {
    const entries = merged(
      'Lawyers for the tenants put their case to a county court judge in Carrow on Monday.',
      'Tenants who filled the square outside the court building on Monday say they will return when the judge gives his decision.',
    );
    expect(joining(entries, MONDAY, 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it('still shows once a case put to a judge and the same case argued before her', () => {
    const entries = merged(
      'Lawyers for the tenants put their case to a county court judge in Carrow on Monday. A bus caught fire on Monday.',
      "The tenants' appeal against the rent rise was argued before Judge Ellery Marsh on Monday. The pool reopened on Monday.",
    );
    expect(joining(entries, MONDAY, 'outlet-1', 'outlet-2')).toHaveLength(1);
  });

  it('reads a judge who will rule on a day as the ruling planned for it', () => {
    expect(reportAt('The judge will rule on Friday.', 'Friday').actions.has('court')).toBe(true);
    expect(reportAt('The judge was seen arriving on Friday.', 'Friday').actions.has('court')).toBe(false);
  });
});

describe('people gathering', () => {
  it('shows once a march one outlet tells and a rally another says got going at that hour', () => {
    const entries = merged(
      'About 200 people marched to the town hall shortly after noon on Monday.',
      'Lawyers argued the case in court on Monday.\n\nThe rally got going at about twelve o’clock.',
    );
    expect(joining(entries, MONDAY, 'outlet-1', 'outlet-2')).toHaveLength(1);
    const rally = entries.find((entry) => entry.sources.some((source) => source.text.includes('got going')));
    expect(rally?.date).toBe(MONDAY);
    expect(rally?.sources.map((source) => source.articleId).sort()).toEqual(['outlet-1', 'outlet-2']);
  });
});

describe('what started', () => {
  it('shows once a rally told as getting going, beside the march it was, though the first report has no hour', () => {
    const entries = merged(
      'Residents who crowded into the square on Monday say they will be back.\n\nThe rally, organised by the tenants, got going at about one o’clock.',
      'About 200 people marched to the square shortly after 1 p.m. on Monday.',
    );
    const sources = entries
      .filter((entry) => entry.date === MONDAY)
      .map((entry) => entry.sources.map((source) => source.articleId).sort());
    expect(sources).toEqual([['outlet-1', 'outlet-1', 'outlet-2']]);
  });
});

describe('an inquiry ordered, and who deals with a fire', () => {
  it('keeps a regulator ordering an investigation apart from the shutdown it looks into', () => {
    const entries = merged(
      'The transport ministry ordered an investigation into the outage late on Monday.',
      'The rail operator halted every train on Monday after a faulty signal update.',
    );
    expect(joining(entries, MONDAY, 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it('keeps a fire department that stayed until dawn apart from families going home after it checked the air', () => {
    const entries = merged(
      'The county fire department sent two engines, and they stayed until dawn on Tuesday.',
      'Families went home on Tuesday after the fire department checked the air.',
    );
    expect(joining(entries, TUESDAY, 'outlet-1', 'outlet-2')).toHaveLength(0);
    expect(reportAt('The fire department left on Tuesday.', 'Tuesday').actions.has('fire')).toBe(false);
    expect(reportAt('The fire department left on Tuesday.', 'Tuesday').actions.has('depart')).toBe(false);
  });
});

describe('something said beside a deed of that day', () => {
  it('keeps a company saying how many bookings are hit apart from regulators opening an investigation', () => {
    const entries = merged(
      'The airline’s Indian arm said on Tuesday that 9,000 bookings are affected by the outage.',
      'Safety regulators opened an investigation on Tuesday into the airline’s booking system.',
    );
    expect(joining(entries, TUESDAY, 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it('still shows once a recall told as said and the same recall told as announced', () => {
    const entries = merged(
      'The carmaker is recalling 40,000 vans because a brake hose can split, the company said on Monday.',
      'The carmaker announced the recall of 40,000 vans on Monday.',
    );
    expect(joining(entries, MONDAY, 'outlet-1', 'outlet-2')).toHaveLength(1);
  });
});
