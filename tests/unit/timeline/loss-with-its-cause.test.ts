// A loss to come told with the deed that caused it ("will miss the final after tearing a hamstring on Tuesday") dates
// the deed behind, where a plan told with a later step stays ahead (cause-gone-by.ts). Written for this test;
// published Thursday 14 March 2041.
import { datesTold, itReadsEach } from './dates-told.ts';

itReadsEach(datesTold('2041-03-14T12:00:00+00:00'), {
  'the day of a cause told after a loss to come as behind': {
    'Flanker Joss Harrowby will miss the cup final after breaking his thumb in training on Tuesday.': [
      'Tuesday 2041-03-12',
    ],
    'Goalkeeper Imre Falconbridge is set to be sidelined for a month after injuring his knee on Monday.': [
      'Monday 2041-03-11',
    ],
  },
  'a plan with a later step as ahead': {
    'The squad will fly home after playing Wexley on Saturday.': ['Saturday 2041-03-16'],
  },
});
