// Fresh articles for the tests of protagonists kept apart (protagonists-apart.ts), written for them: in the market town
// of Collerby, a bank robbery whose defendant is charged, remanded and named again with his age corrected; the next
// day, in the same street, a pharmacy break-in by a woman before the same magistrates, led by the same detective (a
// trap); in the village of Tillby, a pensioner robbed and the teenager charged (victim and suspect, one story); in
// Osterby, two men jailed for one robbery on different days (co-defendants, one story); and in Wenmouth, a man
// arrested after a stabbing and, the next day, the woman charged with it (two suspects, one story, the later report
// telling of the earlier arrest).
import { storyArticle } from './story-helpers.ts';

export const BANK_CHARGED = storyArticle(
  'bank-charged',
  'Man charged after knife raid on Collerby bank',
  [
    'A 52-year-old man has been charged with robbery after staff at the Ashvale Bank branch on Pennick Road in Collerby were threatened with a knife on Monday.',
    'Gerald Tamsin, 52, of Farrow Lane, will appear before Collerby Magistrates’ Court on Wednesday.',
    'Detective Inspector Rhian Moss of Calder Police said the staff had been badly shaken but were not hurt.',
    'Pennick Road was closed for four hours while officers searched the area.',
  ],
  '2041-03-05T09:00:00Z',
);

export const BANK_REMANDED = storyArticle(
  'bank-remanded',
  'Tamsin remanded over Pennick Road bank raid',
  [
    'Tamsin appeared before Collerby Magistrates’ Court on Wednesday charged with robbing the Ashvale Bank branch on Pennick Road.',
    'He was remanded in custody and will appear at Calder Crown Court next month.',
    'Detective Inspector Rhian Moss of Calder Police thanked shoppers on Pennick Road who had called officers.',
  ],
  '2041-03-07T17:00:00Z',
);

export const BANK_AGE_CORRECTED = storyArticle(
  'bank-corrected',
  'Collerby bank raid: accused named',
  [
    'Gerald Tamsin, 53, of Farrow Lane, is accused of threatening staff with a knife at the Ashvale Bank branch on Pennick Road in Collerby.',
    'An earlier report gave his age as 52.',
    'Detective Inspector Rhian Moss of Calder Police said the bank had reopened on Tuesday.',
    'Tamsin will appear before Collerby Magistrates’ Court on Wednesday.',
  ],
  '2041-03-06T12:00:00Z',
);

/** The trap: another happening on the same street the next night, another defendant before the same court. */
export const PHARMACY_TRAP = storyArticle(
  'pharmacy-trap',
  'Woman charged after Collerby pharmacy break-in',
  [
    'A 29-year-old woman has been charged with burglary after the pharmacy on Pennick Road in Collerby was broken into on Tuesday night.',
    'She will appear before Collerby Magistrates’ Court on Thursday.',
    'Detective Inspector Rhian Moss of Calder Police said officers were called to Pennick Road by a neighbour at 11.40pm.',
    'Boxes of medicine were recovered from a car in Farrow Lane, Calder Police said.',
  ],
  '2041-03-06T08:00:00Z',
);

export const PENSIONER_ROBBED = storyArticle(
  'pensioner-robbed',
  'Tillby pensioner robbed in her own home',
  [
    'A 78-year-old woman was robbed in her home on Orchard Row in Tillby on Saturday evening.',
    'A man forced his way in and took her handbag, Hallam Police said.',
    'Sergeant Colm Reddy of Hallam Police said the pensioner was shaken but unhurt.',
  ],
  '2041-06-08T09:00:00Z',
);

export const TEENAGER_CHARGED = storyArticle(
  'teenager-charged',
  'Teenager charged over Orchard Row robbery in Tillby',
  [
    'A 19-year-old man has been charged with robbing a woman at her home on Orchard Row in Tillby.',
    'Sergeant Colm Reddy of Hallam Police said a handbag had been found in a garden nearby.',
    'He will appear before Hallam Magistrates’ Court on Monday.',
  ],
  '2041-06-09T18:00:00Z',
);

export const FIRST_JAILED = storyArticle(
  'first-jailed',
  'Osterby jeweller raider jailed for four years',
  [
    'Darren Pollit, 24, was jailed for four years at Brackwell Crown Court on Monday for his part in the robbery of Keyes Jewellers in Osterby.',
    'The court heard he drove the getaway car after the shop on Market Hill was raided in October.',
    'His co-accused will be sentenced on Friday.',
  ],
  '2041-09-15T16:00:00Z',
);

export const SECOND_JAILED = storyArticle(
  'second-jailed',
  'Second man jailed over Keyes Jewellers raid in Osterby',
  [
    'Liam Vance, 31, was jailed for six years at Brackwell Crown Court on Friday for the robbery of Keyes Jewellers on Market Hill in Osterby.',
    'The court heard he smashed the display cases with a hammer while staff hid in the back office.',
    'Judge Amelia Frith said the raid had terrified the staff of Keyes Jewellers.',
  ],
  '2041-09-19T16:00:00Z',
);

export const MAN_ARRESTED = storyArticle(
  'man-arrested',
  'Man arrested after stabbing in Wenmouth',
  [
    'A 41-year-old man was arrested after a stabbing outside the Lamb Inn on Quarry Street in Wenmouth on Friday night.',
    'Tarn Valley Police said the victim was taken to Wenmouth General Hospital.',
    'Inspector Dev Malhotra of Tarn Valley Police appealed for witnesses.',
  ],
  '2041-11-08T08:00:00Z',
);

export const WOMAN_CHARGED = storyArticle(
  'woman-charged',
  'Woman charged over Lamb Inn stabbing in Wenmouth',
  [
    'A 36-year-old woman has been charged with wounding after a stabbing outside the Lamb Inn on Quarry Street in Wenmouth.',
    'She will appear before Wenmouth Magistrates’ Court on Monday.',
    'Inspector Dev Malhotra of Tarn Valley Police thanked witnesses who came forward.',
    'A 41-year-old man arrested on Friday night has been released without charge, Tarn Valley Police said.',
  ],
  '2041-11-09T12:00:00Z',
);

/** A stand-off on the same street of Wenmouth two days after the stabbing, ended by the same inspector: a trap. */
export const STANDOFF_TRAP = storyArticle(
  'standoff-trap',
  'Quarry Street stand-off in Wenmouth ends after six hours',
  [
    'A man who barricaded himself inside a flat on Quarry Street in Wenmouth came out peacefully on Sunday afternoon.',
    'Tarn Valley Police were called at 9am after the man, who is in his sixties, threatened a neighbour with a hammer.',
    'Inspector Dev Malhotra of Tarn Valley Police said residents of Quarry Street had been moved to the Lamb Inn for the morning.',
  ],
  '2041-11-10T16:00:00Z',
);
