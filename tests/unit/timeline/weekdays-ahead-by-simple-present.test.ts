// A plan told in the simple present with a verb of any kind ("The tribunal rules on Friday") looks ahead to the coming
// weekday when it is nearer ahead than behind (present-plans.ts, weekdays.ts); "may" and "might", "is likely on", "a
// chance of … on" and "put off until" look ahead to it (tense.ts, limit-set-ahead.ts). A present of saying or feeling,
// one over a mishap or its scene, a possessive day's happening, a day nearer behind and a deed done stay with the last
// such day. Written for this test; published Tuesday 9 April 2041.
import { datesTold, itReadsEach } from './dates-told.ts';

itReadsEach(datesTold('2041-04-09T11:00:00+00:00'), {
  'a plan told in the simple present as the coming day': {
    'The licensing panel weighs the pub’s appeal on Thursday.': ['Thursday 2041-04-11'],
    'Walkers follow the pilgrims’ route from Orrel to Tolley on Friday.': ['Friday 2041-04-12'],
    'Cyclists in the charity ride leave the quay on Wednesday morning.': ['Wednesday 2041-04-10'],
    'Pensioners in the county pay less for the bus from Monday if the scheme passes.': ['Monday 2041-04-15'],
  },
  'may, might, likely and a chance of, as the coming day': {
    'Fog may delay the first sailings on Friday.': ['Friday 2041-04-12'],
    'The county might lift the hosepipe ban on Thursday.': ['Thursday 2041-04-11'],
    'Thunderstorms are likely across the west on Friday.': ['Friday 2041-04-12'],
    'There is a chance of gales along the coast on Saturday.': ['Saturday 2041-04-13'],
  },
  'a hearing put off until a day as the coming day': {
    'The licensing hearing was put off until Thursday.': ['Thursday 2041-04-11'],
  },
  'a day nearer behind than ahead as the last one, a present standfirst telling what just happened': {
    'The harbour master quits on Sunday after a row over moorings.': ['Sunday 2041-04-07'],
  },
  'the last such day for a present in a headline or over what followed a happening': {
    'Pensioners protest outside the town hall on Thursday after the fare rise.': ['Thursday 2041-04-04'],
    'Ferry crews walk out on Thursday': ['Thursday 2041-04-04'],
  },
  'the last such day when the present is of saying, feeling or a scene gone by': {
    'Neighbours say the van was parked outside the school on Friday.': ['Friday 2041-04-05'],
    'The village mourns the two climbers lost on Sunday.': ['Sunday 2041-04-07'],
    'Volunteers sweep up the debris in Mill Lane on Saturday.': ['Saturday 2041-04-06'],
    'The mayor defends Friday’s vote to sell the depot.': ['Friday 2041-04-05'],
  },
  'the last such day for a deed done or a guess at a past': {
    'The licensing panel weighed the pub’s appeal on Thursday.': ['Thursday 2041-04-04'],
    'The lorry may have left the depot on Friday.': ['Friday 2041-04-05'],
    'Snow was likely across the hills on Saturday, and it came.': ['Saturday 2041-04-06'],
    'The council put out a flood alert on Sunday.': ['Sunday 2041-04-07'],
  },
});
