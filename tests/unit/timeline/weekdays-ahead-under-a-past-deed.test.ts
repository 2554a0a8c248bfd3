// A weekday that lies ahead though the sentence's main verb is past: the end of a limit set by a deed just done ("the
// toll was extended until Saturday", "wardens fenced off the dunes until at least Monday"), a state told in reported
// speech ("a spokesman said the depot was shut until Friday"), a limit told in the present after a past deed ("issued
// an order that runs until Sunday"), an expectation, a likelihood or a plan told in the past ("a verdict was expected
// on Friday", "was due to unveil the plaque on Saturday"), a gathering agreed or bidden ("agreed to meet again on
// Monday"), what someone was warned or was working to do by a day, a day after a closed aside under a forward cue
// ("would repay donors, who were misled by its old board, on Friday"). Near misses stay in the past: a limit kept or
// stepped back from ("stayed shut until", "had been fenced off until"), a limit whose day the sentence says came
// ("until Friday, when it reopened"), a deed told on the day. Written for this test; published on Wednesday 11 March
// 2026.
import { describe } from 'vitest';
import { datesTold, itReadsEach } from './dates-told.ts';

const dates = datesTold('2026-03-11T09:00:00Z');

describe('weekdays ahead under a past deed', () => {
  itReadsEach(dates, {
    'the end of a limit set by a deed just done as the coming day': {
      'The road toll was extended until Saturday.': ['Saturday 2026-03-14'],
      'Wardens fenced off the dunes and closed the car park until at least Monday.': ['Monday 2026-03-16'],
      'The regulator froze the fund’s assets until Friday.': ['Friday 2026-03-13'],
      'The inquiry was adjourned to Tuesday after a witness fell ill.': ['Tuesday 2026-03-17'],
      'The marina suspended all sailings until Sunday because of the swell.': ['Sunday 2026-03-15'],
    },
    'a state in reported speech, or a limit told in the present, as the coming day': {
      'A spokesman said the depot was shut until Friday.': ['Friday 2026-03-13'],
      'The harbour master said the slipway was off limits until Saturday.': ['Saturday 2026-03-14'],
      'The board issued an order, which was signed by the chair, that runs until Sunday.': ['Sunday 2026-03-15'],
    },
    'an expectation, a likelihood or a plan told in the past as the coming day': {
      'A verdict was expected on Friday.': ['Friday 2026-03-13'],
      'Gusts were likely to ease by Thursday.': ['Thursday 2026-03-12'],
      'The bishop was due to unveil the plaque on Saturday.': ['Saturday 2026-03-14'],
      'A wake was being arranged for Monday.': ['Monday 2026-03-16'],
    },
    'a gathering agreed or bidden, a warning or an effort, as the coming day': {
      'The two sides agreed to meet again on Monday.': ['Monday 2026-03-16'],
      'The squad were told to report back on Friday.': ['Friday 2026-03-13'],
      'Anglers were warned not to fish the weir until Sunday.': ['Sunday 2026-03-15'],
      'Engineers were scrambling to repair the span by Saturday.': ['Saturday 2026-03-14'],
    },
    'a day after a closed aside telling its own past as the coming day of the forward cue before it': {
      'The charity said it would repay donors, who were misled by its old board, on Friday.': ['Friday 2026-03-13'],
      'He said he would hand back the trophy, which he won in 2019, on Monday.': ['2019 2019', 'Monday 2026-03-16'],
    },
    'near misses in the past': {
      'The charity said it would contest the fine, which was imposed on Friday.': ['Friday 2026-03-06'],
      'The car park stayed closed until Monday.': ['Monday 2026-03-09'],
      'The car park was closed until Monday.': ['Monday 2026-03-09'],
      'The dunes had been fenced off until Tuesday.': ['Tuesday 2026-03-10'],
      'The depot was shut until Monday, when the strike ended.': ['Monday 2026-03-09'],
      'The hearing was adjourned until Tuesday and then resumed with a new witness.': ['Tuesday 2026-03-10'],
      'The marina suspended sailings on Sunday.': ['Sunday 2026-03-08'],
      'The two sides agreed on Monday to share the cost.': ['Monday 2026-03-09'],
      'The verdict was expected on Monday but the jury asked for more time.': ['Monday 2026-03-09'],
      'Volunteers worked to clear the beach on Saturday.': ['Saturday 2026-03-07'],
    },
  });
});
