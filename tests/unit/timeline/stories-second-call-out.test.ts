// A mountain rescue team's two call-outs in one day share the valley, the team, its leader and the fell: a climber who
// fell from a crag in the morning, and two walkers lost in the mist that evening. The evening's report counts its own
// as the team's second call-out "in a matter of hours" and tells the morning's in the next sentence; a reader keeps
// them apart by that, and joins the climber's follow-up, which names him by surname and role. Written for this test.
import { describe, expect, it } from 'vitest';
import { KNOWN_WORDS } from '../../../electron/core/timeline/language/lexicon.ts';
import { clusterStories, type StoryArticle } from '../../../electron/core/timeline/stories/stories.ts';
import { earlierOf, storyArticle, storyOf } from './story-helpers.ts';
import { placedOneByOne } from './support.ts';

const withWords = (article: StoryArticle): StoryArticle => ({ ...article, knownWords: KNOWN_WORDS });

const FALL = withWords(
  storyArticle(
    'fall',
    'Climber badly hurt in fall from Corrie Dhu crag',
    [
      'GLENARVIE, Scotland (Northern Wire) - A climber was badly hurt on Saturday morning when he fell about 20 metres from a crag above Corrie Dhu, near Glenarvie.',
      'The Glenarvie mountain rescue team reached him at 10.40 a.m. and a coastguard helicopter flew him to Inverlorn Royal Infirmary.',
      'The climber, named by friends as Euan Strachan, 47, from Perth, was roped to a partner who raised the alarm.',
      'Team leader Moira Buchanan said the rock had been wet after a night of rain. "He was very lucky," she said.',
    ],
    '2035-06-14T15:00:00Z',
  ),
);
const FALL_FOLLOW_UP = withWords(
  storyArticle(
    'followup',
    'Corrie Dhu climber out of intensive care',
    [
      'The climber who fell from a crag at Corrie Dhu above Glenarvie on Saturday is out of intensive care, Inverlorn Royal Infirmary said on Monday.',
      'Strachan, an experienced climber and a volunteer with a club in Perth, broke both legs and his pelvis in the fall.',
      'Moira Buchanan, who leads the Glenarvie mountain rescue team, said the team had reached the climber within an hour of the alarm.',
    ],
    '2035-06-16T11:00:00Z',
  ),
);
const WALKERS = withWords(
  storyArticle(
    'walkers',
    'Two walkers lost in mist brought down safely above Glenarvie',
    [
      'Two walkers who lost their way in thick mist near Corrie Dhu were found cold but unhurt by the Glenarvie mountain rescue team on Saturday evening.',
      'It was the team’s second call-out in a matter of hours.',
      'Its members had spent the morning on the crag, bringing down Euan Strachan, a climber who fell about 20 metres and was flown to Inverlorn Royal Infirmary.',
      'The walkers, a couple from Leeds in their sixties, phoned 999 at about 7.15 p.m. when they could no longer see the path.',
      'Team leader Moira Buchanan said they had done the right thing by staying put. "They kept warm and waited," she said.',
    ],
    '2035-06-14T22:30:00Z',
  ),
);

describe('a happening counted as the second of its kind within hours, the first told next', () => {
  it('reads the earlier one from the sentence after the count', () => {
    expect(earlierOf(WALKERS.title, WALKERS.text.split('\n\n'))).toEqual(
      expect.arrayContaining(['crag', 'fell', 'climb']),
    );
  });

  it('reads nothing from one more of the happening’s own people, or from a count over years', () => {
    expect(
      earlierOf('Two held after Glenarvie post office raid', [
        'Police arrested a man after a raid on the Glenarvie post office on Friday.',
        'A second man was arrested within hours.',
        'Both men were held at Inverlorn police station, where the raid’s takings were counted.',
      ]),
    ).toEqual([]);
    expect(
      earlierOf('Walker rescued from Corrie Dhu', [
        'A walker was brought down from Corrie Dhu on Sunday.',
        'It was the team’s third call-out to the corrie in two years.',
        'In 2033 two climbers were stranded on the same crag.',
      ]),
    ).toEqual([]);
  });

  it('keeps the walkers apart from the climber’s fall, and the fall’s follow-up with the fall', () => {
    const stories = clusterStories([FALL, WALKERS, FALL_FOLLOW_UP]);
    expect(storyOf(stories, 'fall')).toEqual(['fall', 'followup']);
    expect(storyOf(stories, 'walkers')).toEqual(['walkers']);
  });

  it('places them alike as they arrive one at a time', () => {
    const placed = placedOneByOne([FALL, WALKERS, FALL_FOLLOW_UP]);
    expect(placed.get('walkers')).not.toBe(placed.get('fall'));
    expect(placed.get('followup')).toBe(placed.get('fall'));
  });
});

it('reads a count told as "the second time in a day", and the earlier happening after it', () => {
  expect(
    earlierOf('Flood closes Glenarvie road again', [
      'The road through Glenarvie was closed by floodwater on Sunday evening.',
      'It was the second time in a day that the burn had burst its banks.',
      'On Sunday morning a campervan was swept off the ford below Corrie Dhu and its driver rescued.',
    ]),
  ).toEqual(expect.arrayContaining(['campe', 'swept', 'ford']));
});
