// A time told by the light follows the day it is told of: "at dawn" after an evening or a night just told is the next
// morning, as "at 2 a.m." is; "at dusk" or "nightfall" makes its day an evening for a small hour told next; and "at
// dawn the day before" is the day told right after the light, with no event of the light's own beside it
// (past-midnight.ts, anchors.ts). Written for this test; published Thursday 11 April 2041.
import { datesTold, itReadsEach } from './dates-told.ts';

itReadsEach(datesTold('2041-04-11T12:00:00+00:00'), {
  'dawn after an evening or a night as the next morning': {
    'A barn caught fire near Tolley on Tuesday evening. The last crew left the farm at dawn.': [
      'Tuesday 2041-04-09',
      'at dawn 2041-04-10',
    ],
    'Gales battered the harbour on Monday night. Shortly after first light, the lifeboat reached the yacht.': [
      'Monday 2041-04-08',
      'Shortly after first light 2041-04-09',
    ],
  },
  'dawn after a day told without its evening, or dusk after an evening, as that day': {
    'A barn caught fire near Tolley on Tuesday. The last crew left the farm at dawn.': [
      'Tuesday 2041-04-09',
      'at dawn 2041-04-09',
    ],
    'A barn caught fire near Tolley on Tuesday afternoon. The last crew left the farm at dusk.': [
      'Tuesday 2041-04-09',
      'at dusk 2041-04-09',
    ],
  },
  'a small hour after a day told at dusk as the next day': {
    'The climbers left the hut on Tuesday at dusk. At 1.30am a flare was seen on the ridge.': [
      'Tuesday 2041-04-09',
      'At 1.30am 2041-04-10',
    ],
  },
  'the light before a day told right after it as that day alone': {
    'Rescuers reached the climber on Wednesday. He had left the hut at first light the day before.': [
      'Wednesday 2041-04-10',
      'the day before 2041-04-09',
    ],
    'Rescuers reached the climber on Wednesday. He had been seen at dusk, two days earlier.': [
      'Wednesday 2041-04-10',
      'two days earlier 2041-04-08',
    ],
  },
});
