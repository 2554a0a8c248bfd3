// A plan told in the past progressive under a verb of saying: "The ferry company said on Monday it was cancelling all
// sailings on Friday", "told staff they were moving to the new site on Monday", "said it was closing the pool from
// Thursday". The progressive is the present of an arrangement ("is cancelling … on Friday") moved back by the saying,
// so a bare weekday after it is the coming one as seen from the day of the saying. Only deeds that are arranged (called
// off, opened, closed, moved, held) are read so: a progressive of what someone was doing ("said the driver was
// travelling north on Friday", "said the man was shouting at passers-by on Saturday") tells what went on then, and so
// does one with what happened meanwhile told after the day ("was closing up on Friday when the raiders came in").
// weekdays.ts asks.
import { hasPastVerb, REPORTING } from '../language/past-verbs.ts';

// Deeds that are arranged ahead, in their -ing form.
const ARRANGED =
  'cancell?ing|reopening|opening|closing|shutting|moving|relocating|holding|hosting|staging|launching|starting|beginning|resuming|restarting|suspending|halting|scrapping|axing|ending|introducing|bringing\\s+in|lifting|extending|releasing|publishing|unveiling|stepping\\s+down|retiring|quitting|postponing|delaying|rescheduling|withdrawing|pulling|laying\\s+off|cutting|raising|switching|replacing|demolishing|ditching|dropping|scaling\\s+back|calling\\s+off|putting\\s+on|laying\\s+on|running\\s+(?:extra|more|fewer|special|free|a|an)';
// A verb of saying, then who was told or what was said up to the progressive: "said on Monday it was", "told staff
// they were", "announced that the branch was". Up to seven words between, none a stop or a new clause.
const REPORTED_PROGRESSIVE = new RegExp(
  String.raw`\b(?:said|told|announced|confirmed|added|stated|explained|informed|wrote|revealed|warned)\b(?<between>(?:,?\s+(?!(?:when|while|as|after|before|because|but|and|if)\b)[\p{L}\d'’-]+){1,7}?)\s+(?<progressive>(?:was|were)\s+(?:also\s+|now\s+|then\s+)?(?:${ARRANGED}))\b(?<rest>[^.;:!?“”"—]*)$`,
  'iu',
);
// What went on at that time, told after the day: "on Friday when the crash happened", "on Monday, as crews arrived".
const MEANWHILE_AFTER =
  /^[\p{L}\d]+(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:when|as|while|until|before|and\s+then)\s+([^.;]*)/iu;

// A time opening the sentence, before the saying: "On Monday, the firm said", "Yesterday the council told".
const FRONTED = /^\s*(?:on\s+)?(?:last\s+)?\p{L}+\b(?:\s+(?:morning|afternoon|evening|night))?,?\s/iu;

/**
 * The words that may tell the day of the saying when the weekday at `index` follows the past progressive of a plan
 * under a verb of saying (see above) with no deed of its own between: those between the verb and the progressive
 * ("said on Monday it was") and a time opening the sentence. Null when the weekday follows no such plan.
 */
export function reportedPlanInProgress(sentence: string, index: number): { saidOn: string } | null {
  const found = REPORTED_PROGRESSIVE.exec(sentence.slice(0, index));
  if (!found?.groups) return null;
  // "said it was closing the branch, which opened on Monday": a deed told between is what the day belongs to.
  if (hasPastVerb(found.groups.rest ?? '', 0, REPORTING)) return null;
  const meanwhile = MEANWHILE_AFTER.exec(sentence.slice(index))?.[1];
  if (meanwhile !== undefined && hasPastVerb(meanwhile, 0, REPORTING)) return null;
  return { saidOn: `${FRONTED.exec(sentence)?.[0] ?? ''} … ${found.groups.between ?? ''}` };
}
