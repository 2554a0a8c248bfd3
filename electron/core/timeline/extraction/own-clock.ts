// Whether a clock time is the hour of its own clause's event, dated by another event (event-anchors.ts), or the hour
// of a day its sentence tells ("at 9 a.m. yesterday", "Pickets gathered on Monday and marched at 11am").

// A date right after a clock time is its day ("at 9 a.m. yesterday", "at 4 a.m. on Monday, May 5").
// So is one after the clock's zone ("at 10:20 p.m. local time on Thursday", "at 6 a.m. GMT on Monday"), and one
// after its part of the day ("at 3:12 on the afternoon of May 5"), and one told with its weather ("at a quarter to
// seven on a grey Monday morning").
// The clock told again in another zone may stand between them: "at 3:40 am local time (3:25 am IST) on Wednesday".
const CLOCK_DAY =
  /^\s*(?:(?:local\s+time|[A-Z]{2,4}|UTC(?:[+-]\d{1,2})?)\s*)?(?:\([^()]{1,30}\)\s*)?,?\s*(?:[Oo]n\s+the\s+(?:morning|afternoon|evening|night)\s+of\s+|[Oo]n\s+(?:an?\s+[a-z-]+\s+)?|[Tt]his\s+|[Ll]ast\s+|[Nn]ext\s+)?$/;

// A clock time naming the thing it is the hour of ("the 12:40 a.m. head count on Sunday", "a 6 p.m. vigil on Friday")
// is told with the day after that thing's name: the clause names its date, so no day told before it counts.
const NAMED_BY_CLOCK = /\b(?:the|a|an|its|their|his|her)\s+$/i;
const CLOCK_NOUN_DAY = /^\s+(?:[\p{Ll}-]+\s+){1,3}(?:on|this|last)\s+$/u;

const ENTRY_DASH = /^\s*[—–-]\s/;

/** Whether a clock time is the only time of its clause: no date before it in the sentence, none right after it. */
export function ownClock(
  text: string,
  clock: { index: number; text: string },
  dates: readonly { index: number }[],
): boolean {
  const end = clock.index + clock.text.length;
  // A live entry's stamp opening its sentence ("06:30 — Ferries are suspended this morning.") is when the entry was
  // posted: with a day of the entry's own, the stamp dates nothing.
  if (clock.index === 0 && ENTRY_DASH.test(text.slice(end)) && dates.some((d) => d.index > end)) return false;
  const named = NAMED_BY_CLOCK.test(text.slice(0, clock.index));
  return !dates.some((d) =>
    d.index < clock.index
      ? !dayOfAThingDone(text, d.index)
      : CLOCK_DAY.test(text.slice(end, d.index)) || (named && CLOCK_NOUN_DAY.test(text.slice(end, d.index))),
  );
}

// "called off Sunday's concert shortly before 10 p.m.", "postponed Friday's vote at 6pm": a day told as the
// possessive of a planned happening that a deed called off or moved dates that happening, not the deed, whose hour the
// clock then tells ("watched Saturday's match at 3pm" is the match's hour).
const DAYS_THING = /^\p{L}+['’]s\s+\p{Ll}/u;
const CALLED_OFF_OR_MOVED =
  /\b(?:called\s+off|cancell?ed|postponed|scrapped|axed|moved|switched|put\s+back|brought\s+forward|rearranged|rescheduled|delayed)\s+$/i;

function dayOfAThingDone(text: string, index: number): boolean {
  return DAYS_THING.test(text.slice(index)) && CALLED_OFF_OR_MOVED.test(text.slice(0, index));
}
