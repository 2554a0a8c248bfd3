// A part of the day told right before a count from a happening it names ("found at lunchtime, a day after she
// vanished") is of the day counted on from that happening when the article has told its day (counted-after-a-time.ts),
// not of the event told just before. Written for this test; published Tuesday 9 April 2041.
import { datesTold, itReadsEach } from './dates-told.ts';

itReadsEach(datesTold('2041-04-09T11:00:00+00:00'), {
  'a part of the day as the day counted on from the happening its count names': {
    'Nora Keel vanished from her flat in Orrel on Sunday. She was found in a boathouse at lunchtime, a day after she vanished.':
      ['Sunday 2041-04-07', 'at lunchtime 2041-04-08'],
  },
});
