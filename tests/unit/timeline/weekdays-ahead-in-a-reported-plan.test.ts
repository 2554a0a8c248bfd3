// A plan told in the past progressive under a verb of saying ("said it was shutting the baths on Friday") is the
// present of an arrangement moved back by the saying: a bare weekday after it is the coming one as seen from the
// saying's day (reported-plans-in-progress.ts, weekdays.ts). A progressive of what someone was doing then, or one with
// what happened meanwhile told after the day, stays with the last such day. Written for this test; published Thursday
// 13 June 2041.
import { datesTold, itReadsEach } from './dates-told.ts';

itReadsEach(datesTold('2041-06-13T09:30:00+00:00'), {
  'a reported plan in the progressive as the coming day': {
    'The bus operator said it was withdrawing the late service on Tuesday.': ['Tuesday 2041-06-18'],
    'The library told volunteers they were relocating the archive on Monday.': ['Monday 2041-06-17'],
    'The rowing club announced it was staging its summer regatta on Sunday.': ['Sunday 2041-06-16'],
    'Market traders said they were opening late from Wednesday.': ['Wednesday 2041-06-19'],
  },
  'the coming day as seen from the day of the saying': {
    'The hospice said on Monday it was postponing the fun run on Saturday.': [
      'Monday 2041-06-10',
      'Saturday 2041-06-15',
    ],
    'On Saturday the brewery told its tenants it was closing the taproom on Tuesday.': [
      'Saturday 2041-06-08',
      'Tuesday 2041-06-11',
    ],
  },
  'the coming day from the publication day when the day told before is another happening’s': {
    'After the gale on Sunday, the harbour board said it was closing the slipway on Tuesday.': [
      'Sunday 2041-06-09',
      'Tuesday 2041-06-18',
    ],
  },
  'the last such day for what someone was doing then': {
    'Neighbours said the lodger was painting the fence on Tuesday.': ['Tuesday 2041-06-11'],
    'Officers said the cyclist was riding downhill on Monday when a van pulled out.': ['Monday 2041-06-10'],
    'Staff said the manager was closing the safe on Tuesday when the alarm went off.': ['Tuesday 2041-06-11'],
    'The trust said it was shutting the ward, which reopened on Monday.': ['Monday 2041-06-10'],
  },
});
