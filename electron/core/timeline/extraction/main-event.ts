// The article's main event, which a clock time or a count told with nothing nearer to go by is dated from.
import { type CalendarDay, formatDay } from '../dates/calendar.ts';
import { stepsBack } from '../dates/tense.ts';
import { anchoredTimes } from './anchors.ts';
import { isBackground } from './background.ts';
import { type DatedSentence, type FoundDate, saidAt, type Told } from './told-events.ts';

// A deed told in the present perfect: "has stopped", "have agreed", "has been found".
const JUST_DONE =
  /\b(?:has|have)\s+(?:\p{Ll}+ly\s+)?(?:been\s+)?\p{Ll}+(?:ed|en|wn|ne|nt|lt|pt|ld|ught|ost|id|ung|un)\b/u;

/**
 * The article's main event: the latest day up to publication told in its first sentence that tells one ("walked off
 * the job today", "reached an agreement this afternoon", not "will return on Monday" nor "… said today").
 */
export function mainEvent(sentences: readonly DatedSentence[], reference: CalendarDay): Told | null {
  const today = formatDay(reference);
  const eligible = (date: FoundDate) =>
    date.precision === 'day' && !date.endDate && date.date <= today && !isBackground(date, reference);
  // A sentence passed over as telling what came before the news: the news itself is then of the page's own day.
  let passed: DatedSentence | null = null;
  for (const item of sentences) {
    if (item.dates.some(eligible) && tellsWhatCameBefore(item, eligible)) {
      passed ??= item;
      continue;
    }
    const days = item.dates.filter(eligible).sort((a, b) => b.date.localeCompare(a.date));
    const unsaid = days.filter((date) => !saidAt(text(item).slice(0, date.index)));
    if (unsaid.length > 0) return { item, date: saidOverDescribed(item, days, unsaid) ?? unsaid[0]! };
    // "Pellworth said on Tuesday, three weeks after a blaze gutted its hall, that it would close": a day something was
    // said, counted from an earlier happening, makes the saying the news (not a day a later quote gives). Said alone
    // ("the ministry confirmed Monday that …"), it is no main event.
    // So does a deed just done, told as said that day ("Brightwell has stopped a trial of its pill, the company said on
    // Tuesday"): the lede's news is of that day.
    const deedDone = days.length > 0 && JUST_DONE.test(text(item).slice(0, days[0]!.index));
    if (days.length > 0 && (deedDone || anchoredTimes(text(item)).some((time) => time.from)))
      return { item, date: days[0]! };
  }
  return passed ? { item: passed, date: { date: today, precision: 'day', text: '', index: 0, length: 0 } } : null;
}

// A sentence that steps back into the past perfect ("The coastguard had issued a warning on Monday."), or that names
// an earlier happening of the news's kind ("The same crossing saw a crash on Friday.", "A similar blaze gutted a mill
// on Sunday."), tells what came before the news, not the news.
const EARLIER_OF_ITS_KIND = /\b(?:the\s+same|a\s+similar|another|a\s+previous|an\s+earlier)\s+\p{L}/iu;
// A day told in a relative clause about the subject of a main verb in the present perfect: "A climber who went missing
// on Sunday has been found", "The man who was stabbed on Monday has died". The news is the main verb's, untold.
const RELATIVE_BEFORE = /\b(?:who|which|that)\s+(?:[\p{L}'’-]+\s+){0,6}?$/iu;
const MAIN_PERFECT_AFTER =
  /^(?:\s+(?:[\p{Ll}'’-]+|\p{Lu}[\p{L}'’-]*)){0,4}?,?\s+(?:has|have)\s+(?:now\s+|since\s+)?(?:been\s+)?\p{Ll}+(?:ed|en|wn|ne|nt|lt|pt|ld|ught|ost|id|ung|un|ied)\b/u;

// The past perfect of a verb whose participle is its bare form: "had set out", "had put", "had come".
const PAST_PERFECT_BARE = /\bhad\s+(?:\p{Ll}+ly\s+)?(?:set|put|cut|hit|shut|let|come|become|run|begun|spread|quit)\b/u;

// Reported speech moves its tense back: "Police said a man had been found on Monday" tells the news in the past perfect.
const REPORTED_PAST_PERFECT =
  /\b(?:said|says|told|confirmed|announced|added|reported|revealed|heard|learned|learnt|explained|stated)\b[^.;]*?\bhad\b/i;

function tellsWhatCameBefore(item: DatedSentence, eligible: (date: FoundDate) => boolean): boolean {
  const sentence = text(item);
  const days = item.dates.filter(eligible);
  // The past perfect must come before the day, in words that report nothing: "held rates yesterday, surprising markets
  // that had priced in a cut" tells its news by the day, the past perfect only of the markets.
  const steppedBack = (before: string) =>
    (stepsBack(before) || PAST_PERFECT_BARE.test(before)) && !REPORTED_PAST_PERFECT.test(before);
  return days.every(
    (day) =>
      steppedBack(sentence.slice(0, day.index)) ||
      EARLIER_OF_ITS_KIND.test(sentence.slice(0, day.index)) ||
      (RELATIVE_BEFORE.test(sentence.slice(0, day.index)) &&
        MAIN_PERFECT_AFTER.test(sentence.slice(day.index + day.length))),
  );
}

// A day told of who or what the news is about, in the subject before its main verb: "a man arrested on Tuesday had
// been charged", "A woman injured when a wall collapsed on Monday has died", "the fire, which started on Sunday, was
// under control". The participle or relative pronoun comes a few words before the day, the main verb right after it.
const DESCRIBING_BEFORE =
  /(?:\b(?:who|which|that)|\b\p{Ll}{3,}(?:ed|en)|\b(?:held|hurt|caught|found|shot|struck|hit|left|lost|taken|seen|sent))\s+(?:[\p{L}\d'’-]+\s+){0,6}?$/u;
const MAIN_VERB_AFTER = /^(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:has|have|had|was|were|is|are)\b/u;

/**
 * The day the news was said on, when every other day the sentence tells describes its subject ("Police said today
 * that a man arrested on Tuesday had been charged", "A woman injured … on Monday has died, her family said today"):
 * the news itself, untold, is then of the saying's day, the latest the sentence tells. Null otherwise.
 */
function saidOverDescribed(
  item: DatedSentence,
  days: readonly FoundDate[],
  unsaid: readonly FoundDate[],
): FoundDate | null {
  const sentence = text(item);
  const said = days.find((date) => !unsaid.includes(date));
  if (!said || said.date <= unsaid[0]!.date) return null;
  const describes = (date: FoundDate) =>
    DESCRIBING_BEFORE.test(sentence.slice(0, date.index)) &&
    MAIN_VERB_AFTER.test(sentence.slice(date.index + date.length));
  return unsaid.every(describes) ? said : null;
}

function text(item: DatedSentence): string {
  return item.sentence.text;
}
