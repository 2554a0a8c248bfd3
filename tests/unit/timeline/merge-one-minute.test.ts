// Two outlets timing their happening to one minute tell one happening, whatever action words each uses for it: outlets
// round a time by a minute or two, while two happenings of a busy hour are each timed to their own minute. Five minutes
// apart is another moment; a plan's hour beside a deed at that hour is no deed done twice. Written for this test;
// reference Wednesday 14 October 2026 (outlets.ts), so "Tuesday" is 13 October.
import { describe, expect, it } from 'vitest';
import { joining, merged } from './outlets.ts';

const TUESDAY = '2026-10-13';

function joined(first: string, second: string): boolean {
  return joining(merged(first, second), TUESDAY, 'outlet-1', 'outlet-2').length > 0;
}

describe('two outlets timing their happening to one minute', () => {
  it('join a roof giving way and a collapse at the same minute', () => {
    expect(
      joined(
        'The roof of the Pellow Street market hall gave way at 4.42am on Tuesday. Traders met the council on Tuesday afternoon to ask for help.',
        'The collapse, at 4:42 a.m. on Tuesday, left a hole the size of a tennis court. Engineers closed the road on Tuesday evening.',
      ),
    ).toBe(true);
  });

  it('join a roof giving way and cleaners trapped at that minute, though two action words tell them', () => {
    expect(
      joined(
        'The roof of the Pellow Street market hall gave way at 4.42am on Tuesday. Traders met the council on Tuesday afternoon to ask for help.',
        'Two night cleaners were trapped under rubble at 4:42 a.m. on Tuesday. Schools stayed open on Tuesday.',
      ),
    ).toBe(true);
  });

  it('join them when one outlet rounds the time and the other gives its minute', () => {
    expect(
      joined(
        'The roof of the Pellow Street market hall gave way at about 4.40am on Tuesday. Traders met the council on Tuesday afternoon to ask for help.',
        'Two night cleaners were trapped under rubble at 4:42 a.m. on Tuesday. Schools stayed open on Tuesday.',
      ),
    ).toBe(true);
  });

  it('keep two happenings of one night five minutes apart', () => {
    expect(
      joined(
        'Thieves stole £40,000 of watches from a jeweller at 2.14am on Tuesday. Staff counted the losses on Tuesday morning.',
        'A delivery van caught fire on the ring road at 2.19am on Tuesday. Officers searched the lane on Tuesday.',
      ),
    ).toBe(false);
  });

  it('keep a plan for a time apart from another deed done at that time', () => {
    expect(
      joined(
        'The Harle Road bridge will reopen to traffic at 9.40am on Tuesday. The council will publish its repair costs on Tuesday.',
        'A lorry struck the Harle Road bridge at 9.40am on Tuesday, cracking a parapet. Drivers queued for an hour on Tuesday.',
      ),
    ).toBe(false);
  });

  it('keep two deeds on the hour apart, the time schedules pick', () => {
    expect(
      joined(
        'The new library on Orme Square opened its doors at 9am on Tuesday. Queues formed on Tuesday.',
        'Bin crews walked out at 9am on Tuesday over unpaid overtime. The council said on Tuesday it would talk.',
      ),
    ).toBe(false);
  });
});
