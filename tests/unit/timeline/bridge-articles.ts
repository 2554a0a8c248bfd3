// Fresh articles for the tests of stories an arriving article bridges (story-bridges.ts): a landslip and a rail
// line's closure, first reported apart, then one follow-up that names both.
import type { StoryArticle } from '../../../electron/core/timeline/stories/stories.ts';
import { storyArticle } from './story-helpers.ts';

export const LANDSLIP = storyArticle(
  'landslip',
  'Landslip at Carrow Edge blocks road into Pellingford',
  [
    'A landslip at Carrow Edge buried the road into Pellingford under tons of mud and rock early on Tuesday.',
    'Highways crews from Dunmere County Council said the hillside had been soaked by three days of heavy rain.',
    'Nobody was hurt, but forty homes on the far side of the slip can only be reached on foot.',
  ],
  '2026-03-03T09:00:00Z',
);

export const LANDSLIP_LATER = storyArticle(
  'landslip-later',
  'Carrow Edge landslip: geologists warn hillside may move again',
  [
    'Geologists surveying the landslip at Carrow Edge warned on Wednesday that more of the hillside could give way.',
    'Dunmere County Council has put up fencing and asked walkers to keep off the slope above Pellingford.',
    'Engineers will drill the ground next week to see how deep the slip runs.',
  ],
  '2026-03-04T10:00:00Z',
);

export const LINE_CLOSED = storyArticle(
  'line-closed',
  'Westmoor Rail shuts Pellingford branch line, buses replace trains',
  [
    'Westmoor Rail has closed the branch line between Pellingford and Ashcombe until further notice.',
    'Replacement buses will run every half hour from Ashcombe station, the operator said on Wednesday.',
    'Commuters told of queues at Ashcombe as the first buses filled within minutes.',
  ],
  '2026-03-04T15:00:00Z',
);

export const LINE_LATER = storyArticle(
  'line-later',
  'Ashcombe commuters face weeks of replacement buses on branch line',
  [
    'Westmoor Rail said trains will not run between Pellingford and Ashcombe for several weeks.',
    'The operator is adding replacement buses at peak times after complaints from commuters at Ashcombe station.',
  ],
  '2026-03-05T08:00:00Z',
);

/** The follow-up that tells both: the landslip fell across the branch line. */
export const BRIDGE = storyArticle(
  'bridge',
  'Carrow Edge landslip that shut Pellingford branch line will take weeks to clear',
  [
    'The landslip at Carrow Edge that buried the road into Pellingford also swept mud across the branch line to Ashcombe, Westmoor Rail said on Thursday.',
    'Engineers from Dunmere County Council and Westmoor Rail said clearing the slip from the track and the road will take several weeks, with replacement buses running meanwhile.',
  ],
  '2026-03-05T12:00:00Z',
);

export const BRIDGE_STORIES: StoryArticle[] = [LANDSLIP, LANDSLIP_LATER, LINE_CLOSED, LINE_LATER, BRIDGE];

export const SCHOOL = storyArticle(
  'school',
  'Dunmere council approves new Pellingford primary school',
  [
    'Dunmere County Council approved plans on Monday for a new primary school in Pellingford, to open in 2028.',
    'The school will take 210 pupils and replace the crowded Victorian building on Mill Lane, councillors said.',
  ],
  '2026-03-02T09:00:00Z',
);

export const SCHOOL_LATER = storyArticle(
  'school-later',
  'Parents welcome Pellingford school plan but worry over Mill Lane traffic',
  [
    'Parents in Pellingford welcomed the new primary school on Tuesday but asked Dunmere County Council to look again at traffic on Mill Lane.',
    'The council said a travel plan for the 210 pupils would be drawn up before building starts.',
  ],
  '2026-03-03T18:00:00Z',
);

/** A round-up of the town's week: alike to the landslip and to the school, paragraph by paragraph, and tying neither. */
export const ROUNDUP = storyArticle(
  'roundup',
  'Pellingford week: landslip, new school and a busy market',
  [
    'It has been a busy week in Pellingford. The landslip at Carrow Edge buried the road into the village on Tuesday, and Dunmere County Council crews are still clearing the mud and rock.',
    'The council also approved the new primary school for 210 pupils, replacing the Victorian building on Mill Lane.',
    'And the Saturday market returns to the square this weekend with forty stalls.',
  ],
  '2026-03-06T09:00:00Z',
);
