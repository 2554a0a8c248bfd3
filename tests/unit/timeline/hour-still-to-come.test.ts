// A clock time told as still to come ("will hold a briefing at 2pm", "is due to reopen at 6 p.m.") is an hour of the
// day the page is told on, whatever earlier day the story told last (hour-still-to-come.ts): what is yet to happen is
// not in a day gone by. A future seen from a past saying ("said it would give an update at 4pm") and a deed told after
// the cue ("will say only that the man was arrested at 9pm") keep the story's day.
// Written for this test; published Friday 8 June 2040.
import { datesTold, itReadsEach } from './dates-told.ts';

itReadsEach(datesTold('2040-06-08T08:30:00+01:00'), {
  "an hour still to come on the page's day": {
    'Two walkers were rescued from Carn Dhu on Wednesday night. Mountain rescue will hold a briefing at the village hall at 2pm.':
      ['Wednesday 2040-06-06', 'at 2pm. 2040-06-08'],
    'A lorry overturned on the Tolley bypass on Tuesday. The road is due to reopen at 6 p.m.': [
      'Tuesday 2040-06-05',
      'at 6 p.m. 2040-06-08',
    ],
    'Divers searched the harbour on Thursday. They are expected to resume the search at 7am.': [
      'Thursday 2040-06-07',
      'at 7am. 2040-06-08',
    ],
  },
  "a future seen from a past saying, or a deed told after the cue, on the story's day": {
    'A warehouse in Orrel burned on Wednesday. The council said it would give an update at 4pm.': [
      'Wednesday 2040-06-06',
      'at 4pm. 2040-06-06',
    ],
    'A man was held in Lanmore on Wednesday. Police will say only that he was arrested at 9pm.': [
      'Wednesday 2040-06-06',
      'at 9pm. 2040-06-06',
    ],
  },
});
