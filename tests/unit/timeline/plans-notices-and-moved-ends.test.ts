// Plans told in the present and in reported speech, what was expected or is needed on a day, short notices of what
// opens or closes, counts of an hour and a half, a page's own update stamp, the year records began, an end moved to a
// day in figures, a reporting period ahead, the time compared with and a span to a month's end. Written for this test;
// Wednesday 14 October 2026 unless a test says otherwise.
import { describe } from 'vitest';
import { datesTold, itReadsEach } from './dates-told.ts';

const dates = datesTold('2026-10-14T09:00:00+01:00');

describe('plans, notices and moved ends', () => {
  itReadsEach(dates, {
    'a happening that "is planned" for a weekday as the coming one': {
      'A candlelit walk is planned along the harbour wall on Friday evening.': ['Friday 2026-10-16'],
      'Two open days are planned at the Ashby depot on Saturday.': ['Saturday 2026-10-17'],
    },
    'a day’s happening that "would be held" in reported speech as the coming one': {
      'The headteacher said Friday’s prize-giving would be held in the sports hall instead.': ['Friday 2026-10-16'],
      'Organisers said Sunday’s fun run would be staged on the seafront.': ['Sunday 2026-10-18'],
    },
    'what someone "was expected" to do on a weekday as the coming one': {
      'The two climbers were expected to leave hospital on Friday.': ['Friday 2026-10-16'],
      'The rescued dog was expected to return to its owners on Thursday.': ['Thursday 2026-10-15'],
    },
    'what a side needs to win or avoid on a weekday as the coming one': {
      'Kelsby need 163 to win on Friday, the last day.': ['Friday 2026-10-16'],
      'Rain on Tuesday left the visitors needing 240 to avoid defeat on Thursday.': [
        'Tuesday 2026-10-13',
        'Thursday 2026-10-15',
      ],
    },
    'a reporting period that is the subject of what is to come as the coming one': {
      'Kessock Homes warned that sales in the six months to December would be weaker.': [
        'six months to December 2026-07/2026-12',
      ],
    },
    'no time of its own in the other side of a comparison': {
      'Sales in the three months to September were lower than a year earlier.': [
        'three months to September 2026-07/2026-09',
      ],
      'Revenue in the three months to September rose 6% on a year earlier.': [
        'three months to September 2026-07/2026-09',
      ],
    },
    'a day and the end of a month after it as one span': {
      'The gallery will show the prints from Monday until the end of November.': [
        'Monday until the end of November 2026-10-19/2026-11-30',
      ],
      'The towpath will be shut from 2 November to the end of January.': [
        '2 November to the end of January 2026-11-02/2027-01-31',
      ],
    },
    'a two-word notice whose verb opens or closes something': {
      'Entries close on 9 November.': ['on 9 November 2026-11-09'],
      'Nominations open on 2 November.': ['on 2 November 2026-11-02'],
    },
    'an hour and a half later and two and a half hours later as the day just told': {
      'The first alarm came at 1.10am on Monday. Crews reached the mill an hour and a half later.': [
        'Monday 2026-10-12',
        'an hour and a half later 2026-10-12',
      ],
      'Lifeboats launched at 4am on Monday. The trawler was towed clear two and a half hours later.': [
        'Monday 2026-10-12',
        'two and a half hours later 2026-10-12',
      ],
    },
    'no event in a live page’s own update stamp': {
      'Holme flood – live\nPage updated at 3.25pm\nThe river fell below its banks this morning.': [
        'this morning 2026-10-14',
      ],
      'Holme flood – live\nStory last updated 11.02am\nThe river fell below its banks this morning.': [
        'this morning 2026-10-14',
      ],
    },
    'no event in the year records began': {
      'Rainfall at Pellow reached 212mm, the most since records began in 1931.': [],
      'It was the coldest night since records were first kept in 1884.': [],
    },
  });
});

describe('an end moved to a day in figures', () => {
  itReadsEach(datesTold('2026-10-28T07:00:00+13:00'), {
    'the day it was moved to, however the moving is told': {
      'The board set the curfew on 24/10, and on 26/10 extended it to 3/11.': [
        '24/10 2026-10-24',
        '26/10 2026-10-26',
        '3/11 2026-11-03',
      ],
      'The hosepipe ban, which began on 20/10, was extended to 4/11.': ['20/10 2026-10-20', '4/11 2026-11-04'],
    },
  });
});
