// Two named days joined as a span ("from Good Friday to Easter Monday") are one range, its end the first such day on
// or after its start; bank holidays named by their month or season are their Mondays (named-days.ts). Written for this
// test; published Tuesday 9 April 2041 (Easter 2041 falls on 21 April).
import { datesTold, itReadsEach, type ToldByRule } from './dates-told.ts';

const dates = datesTold('2041-04-09T09:00:00+01:00');

itReadsEach(dates, {
  'a span between two named days as one range of days': {
    'The swimming pool will shut from Maundy Thursday until Easter Monday for repairs.': [
      'Maundy Thursday until Easter Monday 2041-04-18/2041-04-22',
    ],
    'Parking at the station will be free between Good Friday and Easter Sunday.': [
      'Good Friday and Easter Sunday 2041-04-19/2041-04-21',
    ],
  },
  'a bank holiday named by its month as that Monday': {
    'The carnival procession will return on the August bank holiday.': ['August bank holiday 2041-08-26'],
    'A duck race is planned for the early May bank holiday.': ['early May bank holiday 2041-05-06'],
    'Last year the regatta was held on the August Bank Holiday Monday.': ['August Bank Holiday Monday 2040-08-27'],
  },
  'a bank holiday happening after "the" as that day, and a bare kind of thing as none': {
    'Her letter praised the August bank holiday parade in Wrenby.': ['August bank holiday 2040-08-27'],
    'Bank holiday traffic is usually heavy on the coast road.': [],
  },
} satisfies ToldByRule);
