// A weekday ahead whose clause has a past verb that is not its own: one in an aside closed before the day ("Kelby
// Athletic, who were relegated in May, visit Stanmore on Saturday", "Ferry crossings, halted by the gales, resume on
// Sunday"), in a relative clause before a present or modal main verb ("Anglers who lost gear when the river flooded
// can apply from Monday"), in a participle after the subject ("A teenager charged with the attack appears before
// magistrates on Friday"), in an attribution or a cause after the day ("from Monday, the operator said after the strike
// was settled", "until Sunday after the bridge was swept away"), or an adjective ("played behind closed doors"). A
// happening told in the present passive ("is enthroned on Sunday") or by a plural "run" is set for the day; "run
// normally on Thursday" tells a manner, no habit. A weekday after a preposition is no subject of "would be". Near misses
// told in the past stay in the past. Written for this test; published on Wednesday 11 March 2026.
import { describe } from 'vitest';
import { datesTold, itReadsEach } from './dates-told.ts';

const dates = datesTold('2026-03-11T09:00:00Z');

describe('weekdays ahead past the past of an aside', () => {
  itReadsEach(dates, {
    'a day after an aside closed before it as the coming day': {
      'Kelby Athletic, who were relegated in a tight finish, visit Stanmore on Saturday.': ['Saturday 2026-03-14'],
      'The regulator extended the inquiry, which began in secret, until Thursday.': ['Thursday 2026-03-12'],
      'Ferry crossings, halted by the gales, resume on Sunday.': ['Sunday 2026-03-15'],
    },
    'a day after a relative clause or a participle describing the subject as the coming day': {
      'Anglers who lost gear when the river flooded can apply for grants from Monday.': ['Monday 2026-03-16'],
      'A teenager charged with the bus-stop attack appears before magistrates on Friday.': ['Friday 2026-03-13'],
    },
    'a day before an attribution or a cause told in the past as the coming day': {
      'Ferries sail as normal from Monday, the operator said after the strike was settled.': ['Monday 2026-03-16'],
      'Walkers on the island are stranded until Sunday after the causeway was swept away.': ['Sunday 2026-03-15'],
      'The club said the cup tie would be played behind closed doors on Saturday.': ['Saturday 2026-03-14'],
    },
    'a present passive, a plural "run" and a manner as the coming day': {
      'The new bishop is enthroned on Sunday.': ['Sunday 2026-03-15'],
      'Night buses run again on Friday.': ['Friday 2026-03-13'],
      'The operator said trams would run normally on Thursday.': ['Thursday 2026-03-12'],
    },
    'near misses in the past': {
      'Passengers delayed by the signal fault on Monday would be given vouchers, the railway said.': [
        'Monday 2026-03-09',
      ],
      'Ferry crossings, halted by the gales, resumed on Sunday.': ['Sunday 2026-03-08'],
      'The regulator said on Friday that the inquiry, which began in secret, would be extended.': ['Friday 2026-03-06'],
      'Anglers who lost gear when the river flooded applied for grants on Monday.': ['Monday 2026-03-09'],
      'A teenager charged with the bus-stop attack appeared before magistrates on Friday.': ['Friday 2026-03-06'],
      'The new bishop was enthroned on Sunday.': ['Sunday 2026-03-08'],
      'Night buses ran again on Friday.': ['Friday 2026-03-06'],
      'Trams ran normally on Thursday.': ['Thursday 2026-03-05'],
      'The cup tie was played behind closed doors on Saturday.': ['Saturday 2026-03-07'],
      'The curfew stayed in force until Friday, when it was lifted.': ['Friday 2026-03-06'],
    },
    'near misses ahead or of no day': {
      'Police said Monday would be a day of reflection.': ['Monday 2026-03-16'],
      'The farmers’ market is normally on Thursday.': [],
    },
  });
});
