// A weekday closing a relative clause in the present on the subject of a main verb that looks ahead ("Pupils who sit
// their exams on Friday will be driven …") is the coming day, however far ahead (relative-present-ahead.ts); a past in
// the relative or a participle describing the subject keeps it behind. After "was" or "is" the tagger's present ("was
// last off the ferry") is no plan told in the simple present (present-plans.ts): the day stays behind. Written for this
// test; published Tuesday 9 April 2041.
import { datesTold, itReadsEach } from './dates-told.ts';

itReadsEach(datesTold('2041-04-09T11:00:00+00:00'), {
  'a day in a present relative on the subject of a main verb looking ahead as the coming day': {
    'Pupils who sit their exams in Tolley on Friday will be driven there by minibus.': ['Friday 2041-04-12'],
    'Fans who hold tickets for the cup final on Sunday can swap them at the box office.': ['Sunday 2041-04-14'],
    'Residents who need a lift to the polling station on Thursday are asked to ring the parish office.': [
      'Thursday 2041-04-11',
    ],
  },
  'a day in a past relative or under a past participle as the last one': {
    'Passengers who flew from Orrel on Sunday will get their fares back.': ['Sunday 2041-04-07'],
    'Shoppers caught in the power cut on Saturday will be paid for spoiled food.': ['Saturday 2041-04-06'],
    'Anyone who has seen the grey van on Sunday should ring the police.': ['Sunday 2041-04-07'],
    'Anyone who has information about the crash on Sunday should ring the police.': ['Sunday 2041-04-07'],
    'The woman who runs the kiosk on Sunday said she will stay open late.': ['Sunday 2041-04-07'],
  },
  'a day after "was" and a word the tagger takes for a present as the last one': {
    'The driver who was last off the ferry on Thursday told reporters the ramp had buckled.': ['Thursday 2041-04-04'],
    'The ranger, who was last at the hut on Wednesday, raised the alarm.': ['Wednesday 2041-04-03'],
  },
});
