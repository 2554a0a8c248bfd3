// A plan told in the simple present under a saying told in the past looks ahead to the coming weekday however far
// ahead (present-plans.ts): the saying would have moved a day gone by into the past. So does one told right after a
// deed done, in the sentence before it in its paragraph (plans-amid-past-prose.ts): the turn to the present is a
// timetable's. A thing moved to a day, in any tense ("moves to Sunday", "voted to postpone … to Saturday"), is moved
// ahead (tense.ts), and so is what leads up to a happening told with no deed done before it (tense.ts). A deed done, a saying of what was done and someone moving house stay with the last such day.
// Written for this test; published Tuesday 9 April 2041.
import { datesTold, itReadsEach } from './dates-told.ts';

itReadsEach(datesTold('2041-04-09T11:00:00+00:00'), {
  'a present left so by a past saying as the coming day, however far': {
    'The haulage firm said its drivers stop work on Saturday.': ['Saturday 2041-04-13'],
    'The museum reopens its east wing on Sunday, the trustees announced.': ['Sunday 2041-04-14'],
    'The ministry said the envoy flies to Orrel on Sunday.': ['Sunday 2041-04-14'],
  },
  'a saying of a deed done as the last such day': {
    'The haulage firm said its drivers stopped work on Saturday.': ['Saturday 2041-04-06'],
    'Police said the boy, who lives in Tolley, vanished on Sunday.': ['Sunday 2041-04-07'],
  },
  'a present plan after a deed done in its paragraph as the coming day, however far': {
    'The ferry ran aground in March. It sails again from Tolley on Saturday.': [
      'in March 2041-03',
      'Saturday 2041-04-13',
    ],
  },
  'a deed done after a deed done as the last such day': {
    'The ferry ran aground in March. It sailed again from Tolley on Saturday.': [
      'in March 2041-03',
      'Saturday 2041-04-06',
    ],
  },
  'a thing moved to a day in any tense as the coming day': {
    'Harbour gala moves to Sunday': ['Sunday 2041-04-14'],
    'The committee voted to postpone the hearing to Saturday.': ['Saturday 2041-04-13'],
  },
  'what leads up to a happening told with no deed done as the coming day, however far': {
    'The club has asked fans to stay away ahead of the memorial match on Sunday.': ['Sunday 2041-04-14'],
  },
  'what leads up to a happening after a deed done as the last such day': {
    'Fans laid scarves at the gates ahead of the memorial match on Sunday.': ['Sunday 2041-04-07'],
  },
  'someone moving to a place on a day as the last such day': {
    'The family moved to Orrel on Saturday.': ['Saturday 2041-04-06'],
  },
});
