// Readings the plans-ahead and notice rules must not take: a reporting period whose results are still to be published
// lies behind (results come after their period ends); what someone "was expected" (or "was due") to do on a day that
// the sentence says did not happen lies behind; a page's own offer ("Offer ends 31 October.") is no notice of news. Written for this test; Wednesday
// 14 October 2026.
import { describe } from 'vitest';
import { datesTold, itReadsEach } from './dates-told.ts';

const dates = datesTold('2026-10-14T09:00:00+01:00');

describe('periods whose results are to come, and expectations not met', () => {
  itReadsEach(dates, {
    'a reporting period whose figures will be published as the one gone by': {
      'Results for the six months to September will be published on 5 November.': [
        'six months to September 2026-04/2026-09',
        'on 5 November 2026-11-05',
      ],
      'Figures for the year to March would be released on Thursday, the bank said.': [
        'year to March 2025-04/2026-03',
        'Thursday 2026-10-15',
      ],
    },
    'a period that is the subject of what is to come still as the coming one': {
      'Sales in the six months to December would be weaker, the builder warned.': [
        'six months to December 2026-07/2026-12',
      ],
    },
    'what someone was expected to do on a weekday, told as not done, as the day gone by': {
      'The ferry was expected to arrive on Friday but did not dock until Saturday.': [
        'Friday 2026-10-09',
        'Saturday 2026-10-10',
      ],
      'The minister was expected to resign on Monday, but she stayed in post.': ['Monday 2026-10-12'],
      'The ferry was due on Monday but never came.': ['Monday 2026-10-12'],
    },
    'what someone was expected to do on a weekday, with nothing said against it, still as the coming one': {
      'The two climbers were expected to leave hospital on Friday.': ['Friday 2026-10-16'],
    },
    'a day and the end of a month after it as one span, though a past verb reads the month as gone by': {
      'The museum closed on Monday until the end of November.': [
        'Monday until the end of November 2026-10-12/2026-11-30',
      ],
      'The towpath was shut on 2 October until the end of January.': [
        'on 2 October until the end of January 2026-10-02/2027-01-31',
      ],
    },
    'no event in a page’s own offer told as a two-word notice': {
      'Offer ends 31 October.': [],
      'Sale ends Sunday.': [],
      'Entries close on 9 November.': ['on 9 November 2026-11-09'],
    },
  });
});
