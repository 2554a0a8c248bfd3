// An anniversary piece's clock time, told in the past right after its remembered day ("Thirty years ago today …"), is
// that day's hour, as background; a clock time told of what is to come is not the remembered day's
// (remembered-day.ts). Written for this test; published 2041-09-18.
import { datesTold, itReadsEach } from './dates-told.ts';

itReadsEach(datesTold('2041-09-18T07:00:00+01:00'), {
  "a clock time after an anniversary's remembered day as that day": {
    'Thirty years ago today, a goods train ran away down the Cragside incline.\n\nThe brakes failed at about 4.15am near Ulverby. Nobody was hurt.':
      ['Thirty years ago today 2011-09-18', 'at about 4.15am 2011-09-18'],
  },
  'a clock time of what is to come after it as none of the remembered day': {
    'Thirty years ago today, a goods train ran away down the Cragside incline.\n\nA plaque will be unveiled at 11am.': [
      'Thirty years ago today 2011-09-18',
    ],
  },
});
