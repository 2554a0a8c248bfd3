// A weekday opening its sentence before a plan in the simple present ("On Wednesday the harbour board decides …"), and a
// plan told by "can", by a progressive or perfect passive of arranging, by an invitation, by a request made now, by a
// weather warning or by what leads up to a happening look ahead to the coming weekday when it is nearer ahead than
// behind (present-plans.ts, tense.ts); bail until a day looks ahead to it (limit-set-ahead.ts). A deed done, a saying,
// a mishap's scene, someone held in custody and a day nearer behind stay with the last such day. Written for this test; published Monday
// 8 April 2041.
import { datesTold, itReadsEach } from './dates-told.ts';

itReadsEach(datesTold('2041-04-08T11:00:00+00:00'), {
  'a fronted weekday before a plan in the simple present as the coming day': {
    'On Wednesday the harbour board decides the new mooring fees.': ['Wednesday 2041-04-10'],
    'On Thursday the county surveyors inspect the sea wall at Tolley.': ['Thursday 2041-04-11'],
    'On Thursday, the ferry company runs an extra sailing to Tolley.': ['Thursday 2041-04-11'],
    'On Tuesday evening there is a public meeting in the chapel.': ['Tuesday 2041-04-09'],
  },
  'a fronted weekday before a deed done, a saying, a scene or a nearer day behind as the last one': {
    'On Wednesday the harbour board decided the new mooring fees.': ['Wednesday 2041-04-03'],
    'On Thursday, the town remembers the fishermen lost in the storm.': ['Thursday 2041-04-04'],
    'On Wednesday firefighters damp down the embers of the mill fire.': ['Wednesday 2041-04-03'],
    'On Saturday the harbour board decides the new mooring fees.': ['Saturday 2041-04-06'],
  },
  'a plan told by can, a passive of arranging or an invitation as the coming day': {
    'Parents can see the new classrooms at an open evening on Thursday.': ['Thursday 2041-04-11'],
    'A memorial service is being held at St Anne’s on Wednesday.': ['Wednesday 2041-04-10'],
    'An emergency meeting of the parish council has been called for Tuesday.': ['Tuesday 2041-04-09'],
    'Residents are invited to a drop-in session at the library on Wednesday.': ['Wednesday 2041-04-10'],
  },
  'a request made now, a weather warning, bail and what leads up to a happening, as the coming day': {
    'Walkers have been asked to keep off the cliff path on Wednesday.': ['Wednesday 2041-04-10'],
    'Shoppers are urged to leave their cars at home on Thursday.': ['Thursday 2041-04-11'],
    'Forecasters have put out a warning of severe gales on Wednesday.': ['Wednesday 2041-04-10'],
    'The skipper was released on bail until Thursday.': ['Thursday 2041-04-11'],
    'The club has asked for calm ahead of the derby on Tuesday.': ['Tuesday 2041-04-09'],
  },
  'the last such day for a request told in the past, a warning issued that day, or a deed before what it led up to': {
    'Walkers were told to keep off the cliff path on Wednesday.': ['Wednesday 2041-04-03'],
    'Police have urged anyone who saw the crash on Thursday to come forward.': ['Thursday 2041-04-04'],
    'Forecasters put out a warning on Wednesday.': ['Wednesday 2041-04-03'],
    'Fans queued outside the ground ahead of the derby on Tuesday.': ['Tuesday 2041-04-02'],
  },
  'the last such day for can before a saying, a past invitation or custody': {
    'Police can confirm a woman was hurt in Mill Lane on Thursday.': ['Thursday 2041-04-04'],
    'Walkers can use the cliff path again on Wednesday, the rangers said.': ['Wednesday 2041-04-03'],
    'Residents were invited to a drop-in session at the library on Wednesday.': ['Wednesday 2041-04-03'],
    'A teenager is being held at Tolley police station over a break-in on Wednesday.': ['Wednesday 2041-04-03'],
  },
});
