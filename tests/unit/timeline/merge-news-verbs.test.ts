// One happening told with everyday news verbs no action list held reads as one action: people trapped or stranded,
// jobs cut or staff laid off, a ship docked or berthed, a shop robbed or burgled, a data breach or a hack, sewage
// spilled or discharged, something stolen or gone missing. Each group keeps apart what only shares its verb: a police
// raid and a robbery, points docked and a ship docked, pay cut and jobs cut, a person gone missing and a theft.
// Written for this test; reference Wednesday 14 October 2026 (outlets.ts), so "Tuesday" is 13 October.
import { describe, expect, it } from 'vitest';
import { tellSameAction } from '../../../electron/core/timeline/merging/same-action.ts';
import { joining, merged, reportAt } from './outlets.ts';

const same = (a: string, b: string) => tellSameAction(reportAt(a, 'on Tuesday'), reportAt(b, 'on Tuesday'));
const clear = (text: string) => [...reportAt(text, 'on Tuesday').clear];

describe('people trapped', () => {
  it('reads trapped, stranded and cut off people as one action', () => {
    expect(
      same('Nine walkers were trapped on Bell Crag on Tuesday.', 'Nine walkers were stranded on Bell Crag on Tuesday.'),
    ).toBe(true);
    expect(
      same('Forty villagers were cut off by floods on Tuesday.', 'Forty villagers were trapped by floods on Tuesday.'),
    ).toBe(true);
    expect(
      same('Two miners were entombed at the Deep Pit on Tuesday.', 'Two miners were trapped underground on Tuesday.'),
    ).toBe(true);
  });

  it('does not read power cut off, or feeling trapped, as people trapped', () => {
    expect(clear('Power to the estate was cut off on Tuesday.')).not.toContain('trap');
    expect(clear('Tenants said on Tuesday they felt trapped by the new rents.')).not.toContain('trap');
    // Walkers described as stranded when they were winched to safety: the winching is the deed.
    expect(clear('A helicopter winched three stranded climbers to safety on Tuesday.')).not.toContain('trap');
    expect(clear('The blizzard trapped hundreds of drivers on Tuesday.')).toContain('trap');
    // A town cut off by a landslip is the landslip told by what it did.
    expect(clear('Kelby was cut off from the coast road on Tuesday after the cliff slumped.')).not.toContain('trap');
  });
});

describe('jobs cut', () => {
  it('reads laid off, redundancies and shed staff as one action', () => {
    expect(
      same('Harlow Mills laid off 240 workers on Tuesday.', 'Harlow Mills made 240 staff redundant on Tuesday.'),
    ).toBe(true);
    expect(same('The bank cut 300 jobs on Tuesday.', 'The bank shed 300 staff on Tuesday.')).toBe(true);
    expect(same('The firm announced 80 redundancies on Tuesday.', 'The firm axed 80 jobs on Tuesday.')).toBe(true);
  });

  it('does not read a pay cut, or a cancelled event, as jobs cut', () => {
    expect(clear("The council cut workers' pay on Tuesday.")).not.toContain('layoff');
    expect(same('The bank cut 300 jobs on Tuesday.', 'The bank cut its interest rate on Tuesday.')).toBe(false);
    expect(same('The firm axed 80 jobs on Tuesday.', 'The town axed its fireworks show on Tuesday.')).toBe(false);
  });
});

describe('a ship docked', () => {
  it('reads docked, berthed, moored and tied up as one action, and as arriving', () => {
    expect(same('The Kestrel docked at Holm on Tuesday.', 'The Kestrel berthed at Holm on Tuesday.')).toBe(true);
    expect(same('The Kestrel moored in Holm harbour on Tuesday.', 'The Kestrel tied up at Holm quay on Tuesday.')).toBe(
      true,
    );
    expect(same('The Kestrel docked at Holm on Tuesday.', 'The Kestrel arrived at Holm on Tuesday.')).toBe(true);
  });

  it('does not read points or pay docked as a ship docking', () => {
    expect(clear('Holm United were docked ten points on Tuesday.')).not.toContain('dock');
    expect(clear('The strikers had a day’s pay docked on Tuesday.')).not.toContain('dock');
  });

  it('does not read where a ship lay as its docking', () => {
    expect(clear('A fire broke out on Tuesday while the Kestrel was tied up alongside.')).not.toContain('dock');
    expect(clear('The Kestrel was moored at Holm on Tuesday when the gale struck.')).not.toContain('dock');
  });
});

describe('a shop robbed', () => {
  it('reads robbed, held up, burgled, raided by robbers and looted as one action', () => {
    expect(
      same('Two men robbed a jeweller’s in Carrick on Tuesday.', 'A jeweller’s in Carrick was held up on Tuesday.'),
    ).toBe(true);
    expect(same('Thieves burgled the post office on Tuesday.', 'Robbers raided the post office on Tuesday.')).toBe(
      true,
    );
    expect(same('Rioters looted the supermarket on Tuesday.', 'The supermarket was robbed on Tuesday.')).toBe(true);
  });

  it('does not read a police raid, or traffic held up, as a robbery', () => {
    expect(clear('Police raided a house in Carrick on Tuesday.')).not.toContain('rob');
    expect(clear('Traffic was held up for an hour on Tuesday.')).not.toContain('rob');
  });
});

describe('a theft', () => {
  it('reads stolen, a theft, taken and gone missing as one action, and as a robbery', () => {
    expect(
      same('A painting was stolen from Orm Abbey on Tuesday.', 'A painting went missing from Orm Abbey on Tuesday.'),
    ).toBe(true);
    expect(
      same('Police are investigating the theft of tools on Tuesday.', 'Tools were taken from the depot on Tuesday.'),
    ).toBe(true);
    expect(same('The shop was robbed on Tuesday.', 'Cash was stolen from the shop on Tuesday.')).toBe(true);
  });

  it('does not read a person gone missing, or someone taken to hospital, as a theft', () => {
    expect(clear('A walker went missing on Bell Crag on Tuesday.')).not.toContain('steal');
    expect(clear('The driver was taken to hospital on Tuesday.')).not.toContain('steal');
  });
});

describe('a data breach', () => {
  it('reads a hack, a breach and a leak of data as one action', () => {
    expect(
      same('Hackers breached the council’s computer systems on Tuesday.', 'The council was hacked on Tuesday.'),
    ).toBe(true);
    expect(same('Patient records were leaked on Tuesday.', 'The hospital suffered a data breach on Tuesday.')).toBe(
      true,
    );
  });

  it('does not part a breach told as said from its disclosure told by another outlet', () => {
    const entries = merged(
      'Wexley Mutual said on Tuesday that hackers had copied the names and addresses of 40,000 policyholders.',
      'The insurer’s shares fell 6% on Wednesday after Wexley Mutual disclosed the attack on Tuesday.',
    );
    expect(joining(entries, '2026-10-13', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });

  it('does not read a breach of contract, a gas leak or breached flood walls as a data breach', () => {
    expect(clear('The club was found in breach of contract on Tuesday.')).not.toContain('breach');
    expect(clear('Gas leaked from a main on Tuesday.')).not.toContain('breach');
    expect(clear('The river breached the flood wall on Tuesday.')).not.toContain('breach');
  });
});

describe('a sewage spill', () => {
  it('reads sewage spilled, discharged and overflowing as one action', () => {
    expect(
      same(
        'Sewage spilled into the River Orm on Tuesday.',
        'The water company discharged sewage into the Orm on Tuesday.',
      ),
    ).toBe(true);
    expect(same('Sewers overflowed onto Mill Lane on Tuesday.', 'Raw sewage poured onto Mill Lane on Tuesday.')).toBe(
      true,
    );
  });

  it('does not read a patient discharged, or an oil spill, as sewage', () => {
    expect(clear('The driver was discharged from hospital on Tuesday.')).not.toContain('sewage');
    expect(same('Sewage spilled into the River Orm on Tuesday.', 'Oil spilled into the River Orm on Tuesday.')).toBe(
      false,
    );
  });
});

describe('a service suspended', () => {
  it('reads services pulled as suspended', () => {
    expect(
      same('The operator suspended the night bus on Tuesday.', 'The operator pulled the night bus on Tuesday.'),
    ).toBe(true);
  });

  it('does not read a boat pulled clear, or a muscle pulled, as a service suspended', () => {
    expect(clear('Lifeboat crews pulled the dinghy clear on Tuesday.')).not.toContain('close');
    expect(clear('The striker pulled a hamstring on Tuesday.')).not.toContain('close');
    expect(clear('A tug pulled the stricken ferry into Holm on Tuesday.')).not.toContain('close');
  });
});

describe('one happening in news verbs across articles', () => {
  it('shows once a robbery told as held up in one article and as robbed in another', () => {
    const entries = merged(
      'Two men held up the Spar shop in Carrick on Tuesday evening, threatening staff with a hammer.',
      'A Carrick shop was robbed on Tuesday evening by two men armed with a hammer.',
    );
    expect(joining(entries, '2026-10-13', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });

  it('keeps apart a police raid and a robbery of one day in one town', () => {
    const entries = merged(
      'Police raided a house on Carrick’s Mill Lane on Tuesday morning.',
      'Two men robbed a Carrick jeweller’s on Tuesday morning.',
    );
    expect(joining(entries, '2026-10-13', 'outlet-1', 'outlet-2')).toHaveLength(0);
  });

  it('shows once a ferry told as docked in one article and as berthed in another', () => {
    const entries = merged(
      'The stricken ferry Kestrel docked at Holm on Tuesday night with 212 passengers aboard.',
      'The Kestrel berthed at Holm late on Tuesday, its 212 passengers weary but unhurt.',
    );
    expect(joining(entries, '2026-10-13', 'outlet-1', 'outlet-2')).toHaveLength(1);
  });
});
