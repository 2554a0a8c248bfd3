// A weekday told of a happening still to come, read as the coming one: an arrangement in the present progressive
// ("the union is balloting members on Friday"), a happening told in the present ("MPs debate the bill on Thursday", "the
// trial continues on Monday"), a day's happening led up to, called off or told in the present ("ahead of Friday's
// hearing", "Thursday's match has been called off", "Saturday's final kicks off at 3pm"), a warning for a day, a day
// that is a limit, a forecast, someone remanded to appear, judgment reserved until a day. Near misses stay in the past:
// a deed done on the day, a progressive that deals with what happened ("are appealing for witnesses", "is being treated
// in hospital after …"), a day told in the past perfect. Written for this test; published on Wednesday 11 March 2026.
import { describe } from 'vitest';
import { datesTold, itReadsEach } from './dates-told.ts';

const dates = datesTold('2026-03-11T09:00:00Z');

describe('weekdays told ahead by the present and by plans', () => {
  itReadsEach(dates, {
    'an arrangement in the present progressive as the coming day': {
      'The ferry line is resuming crossings to Skerry on Friday.': ['Friday 2026-03-13'],
      'Porters are walking out on Monday in a row over rotas.': ['Monday 2026-03-16'],
      'New parking charges are being brought in on Monday.': ['Monday 2026-03-16'],
    },
    'a happening told in the present as the coming day': {
      'Governors meet again on Tuesday to choose a head.': ['Tuesday 2026-03-17'],
      'MSPs debate the fishing bill on Thursday.': ['Thursday 2026-03-12'],
      'The inquest continues on Monday.': ['Monday 2026-03-16'],
      'The crew was stood down and returns on Thursday.': ['Thursday 2026-03-12'],
    },
    'a day’s happening led up to, called off or told in the present as the coming one': {
      "Ahead of Sunday's derby, the club handed out free scarves.": ['Sunday 2026-03-15'],
      "Walkers heading to Saturday's rally are told to bring water.": ['Saturday 2026-03-14'],
      "Friday's auction has been called off.": ['Friday 2026-03-13'],
      "The guild has cancelled Monday's parade.": ['Monday 2026-03-16'],
      "Sunday's cup tie against Orrin kicks off at noon.": ['Sunday 2026-03-15'],
    },
    'a warning, a limit, a forecast, a remand and a reserved judgment as ahead': {
      'An amber ice warning is in place for Friday.': ['Friday 2026-03-13'],
      'Sunday is the deadline for entries.': ['Sunday 2026-03-15'],
      'Sleet is forecast on Thursday.': ['Thursday 2026-03-12'],
      'She was remanded in custody to appear at the sheriff court on Monday.': ['Monday 2026-03-16'],
      'The tribunal reserved its decision until Friday.': ['Friday 2026-03-13'],
    },
    'near misses in the past': {
      'On Friday the board voted to sell the pier.': ['Friday 2026-03-06'],
      'The harbour master said on Monday it would take a month to dredge.': ['Monday 2026-03-09'],
      'A cyclist is being treated in hospital after a collision on Tuesday.': ['Tuesday 2026-03-10'],
      'Officers are appealing for witnesses to a break-in on Sunday.': ['Sunday 2026-03-08'],
      'Detectives are linking the shooting on Sunday to a feud.': ['Sunday 2026-03-08'],
      "Ahead of Friday's vote, the mayor had urged calm.": ['Friday 2026-03-06'],
      "The quay has been shut since Monday's spill.": ['Monday 2026-03-09'],
      'Stallholders walked out on Monday over fees.': ['Monday 2026-03-09'],
    },
  });
});
