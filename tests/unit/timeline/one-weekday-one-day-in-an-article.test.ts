// A bare weekday whose clause tells neither a deed done nor anything ahead takes the day the article tells that weekday
// as elsewhere, in words that say which, when that is only the coming one (weekday-told-elsewhere.ts): a report means
// one Monday by "Monday". A weekday the article also tells as gone by, a limit or start ("until Monday", "since
// Sunday"), a perfect, and a week set out before the week ahead keep their own reading.
// Written for this test; published Thursday 10 May 2040.
import { datesTold, itReadsEach } from './dates-told.ts';

itReadsEach(datesTold('2040-05-10T09:00:00+01:00'), {
  'an untold weekday as the coming one the article tells elsewhere': {
    'The housing plan goes before the planning committee on Monday. Councillors will be asked to approve it on Monday.':
      ['Monday 2040-05-14', 'Monday 2040-05-14'],
    "Voters in Harlsey choose a new mayor on Tuesday. Tuesday's ballot is the first since the wards were redrawn. Polls will open at 7am on Tuesday.":
      ['Tuesday 2040-05-15', 'Tuesday 2040-05-15', 'Tuesday 2040-05-15'],
    'The regatta will be held next Monday. Monday is a bank holiday for most of the county.': [
      'next Monday 2040-05-14',
      'Monday 2040-05-14',
    ],
  },
  'an untold weekday alone in its article as the last such day': {
    'The housing plan goes before the planning committee on Monday.': ['Monday 2040-05-07'],
  },
  'an untold weekday the article also tells as gone by as the last such day': {
    'The housing plan goes before the planning committee on Monday. Objectors protested outside on Monday, and the chair will reply on Monday.':
      ['Monday 2040-05-07', 'Monday 2040-05-07', 'Monday 2040-05-14'],
  },
  'a limit, a start or a perfect as its own words tell it': {
    'The path has been shut since Sunday. Volunteers will clear it on Sunday.': [
      'Sunday 2040-05-06',
      'Sunday 2040-05-13',
    ],
  },
});
