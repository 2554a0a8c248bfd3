// What an article opens on is its main happening: the deed its headline and lede tell ("fire guts science block",
// "board votes to merge the sixth form"). Two happenings of one town, one school or one official on the same days
// share their names, and often enough of their words, but their openings tell different deeds; a follow-up days later
// tells a new deed too ("two charged over bank raid"), yet names the first one beside it in its opening. The deeds are
// actions (actions.ts): one deed in other words is one action ("walked out", "the stoppage") or one kind of action
// (action-kinds.ts: "crashed", "collapsed"), so the wording alone never parts two reports.
import { sameKind } from './action-kinds.ts';
import { actionsMatch } from './actions.ts';
import { signature } from './event-signature.ts';
import { personInCommon } from './happening-particulars.ts';

/** The actions a headline and lede tell, by name ("fire", "vote"). */
export function openingDeeds(title: string, lede: string): string[] {
  const deeds: string[] = [];
  for (const key of signature(`${title}.\n${lede}`).keys()) if (key.startsWith('@')) deeds.push(key.slice(1));
  return deeds;
}

/**
 * Whether two openings tell different deeds: each tells at least one, and none of one's is the other's action, an
 * action that tells the same happening from another side, or one of its kind. Unknown (older fingerprints store no
 * deeds) or an opening that tells none is never apart.
 */
export function openingDeedsApart(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (!a?.length || !b?.length) return false;
  return !a.some((deed) => b.some((other) => actionsMatch(deed, other) || sameKind(deed, other)));
}

/**
 * Whether a person both name in full is a particular of one happening: an official (a headteacher, a vice-chancellor,
 * a mayor) is named in every happening of their school or town, so only when the openings do not tell different deeds.
 */
export function personOfOneDeed(
  a: { people?: readonly string[]; deeds?: readonly string[] },
  b: { people?: readonly string[]; deeds?: readonly string[] },
): boolean {
  return personInCommon(a.people, b.people) && !openingDeedsApart(a.deeds, b.deeds);
}
