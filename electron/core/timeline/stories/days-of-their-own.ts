// Two happenings of one town a day apart share its officials: the council leader who speaks about both, the fire
// officer who attended both, the hospital both sent someone to. A reader parts them by what each opening tells: each
// dates its happening to a day of its own ("this morning" on the 8th, "this afternoon" on the 9th; opening-days.ts),
// and one opens on a name of its own the other never gives (the square, the terrace; scene-names.ts `opensApart`).
// Then a person both name in full only after their openings is the place's, not the happening's, and adds nothing as a
// particular (as quoted-people.ts counts them when the openings share no word): the happening's own people (the
// driver, the woman rescued) are named in its openings, and a follow-up dates what it follows ("the crane that fell
// onto two homes yesterday") or tells no day, so it shares a day with the first report or is not read here.
import { opensApart, type SceneFacts } from './scene-names.ts';

/** Whether two openings both tell days and none in common: each opens on a day of its own. */
export function openOnOtherDays(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (!a?.length || !b?.length) return false;
  return !a.some((day) => b.includes(day));
}

/**
 * Whether two articles open on days of their own, one of them on a name of its own (`names` say which names each
 * gives): the people they share after their openings are then the place's.
 */
export function openOnDaysOfTheirOwn(
  a: SceneFacts,
  b: SceneFacts,
  inCommon: readonly string[],
  names: { a: (name: string) => boolean; b: (name: string) => boolean },
): boolean {
  if (!openOnOtherDays(a.openingDays, b.openingDays)) return false;
  return opensApart(a, b, inCommon, names.b) || opensApart(b, a, inCommon, names.a);
}
