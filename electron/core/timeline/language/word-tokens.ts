// The words of a text as the timeline's comparisons count them: no imports, so whatever compares stories on a
// library's open (protagonists-apart.ts) loads nothing of the tagger with them.

const STOPWORDS = new Set(
  (
    'the a an and or but if then than that this these those there here of to in on at by for from with into onto over under ' +
    'through across among between within ' +
    'about after before since until during while as is are was were be been being has have had do does did will would shall ' +
    'should can could may might must not no nor so too very just also only its it he she they them their his her our we you ' +
    'your i me my who whom whose which what when where why how all any both each few more most other some such own same ' +
    'said says say told according one two three four five six seven eight nine ten first last next new now yet still even ' +
    'mr mrs ms per cent percent around about up down out off again once further monday tuesday wednesday thursday friday ' +
    'saturday sunday january february march april june july august september october november december today yesterday ' +
    'week weeks day days month months year years people time because however though although'
  ).split(' '),
);

/** Whether a lower-cased word is too common to tell texts apart. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Lower-cased content words and numbers, with possessives and plural "s" stripped. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.toLowerCase().matchAll(/\d+(?:[.,]\d+)*|\p{L}[\p{L}'’-]*/gu)) {
    let word = match[0].replace(/['’]s?$/u, '');
    if (/^\p{L}/u.test(word)) {
      if (word.length < 3 || STOPWORDS.has(word)) continue;
      if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1);
    }
    tokens.push(word);
  }
  return tokens;
}
