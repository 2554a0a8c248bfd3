// A photo caption tells a day gone by in the present ("The bishop opens the new hall on Saturday."): its bare weekday is
// the last such day, in a line labelled as a caption or on a page of pictures; plain words of a time to come still look
// ahead, and a news sentence in the present keeps its coming day (caption-days.ts). Written for this test; published
// Tuesday 12 March 2041.
import { datesTold, itReadsEach } from './dates-told.ts';

itReadsEach(datesTold('2041-03-12T18:00:00+00:00'), {
  'a weekday in a labelled caption told in the present as the last one': {
    'Caption: The bishop opens the new hall at Sallow Green on Saturday.': ['Saturday 2041-03-09'],
    'Pictured: Cllr Anwen Roddick launches the lifeboat appeal on Friday evening.': ['Friday 2041-03-08'],
  },
  'every line of a page of pictures as a caption': {
    'In pictures: Regatta day at Penmarrow\n\nThe Penmarrow crew hosts the final race on Sunday afternoon.': [
      'Sunday 2041-03-10',
    ],
  },
  'a caption that says what is to come, and a news sentence, as ahead': {
    'Caption: The new hall will open to the public on Saturday.': ['Saturday 2041-03-16'],
    'The bishop opens the new hall at Sallow Green on Saturday.': ['Saturday 2041-03-16'],
  },
});
