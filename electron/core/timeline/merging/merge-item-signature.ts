// Which reports of one date merging cannot tell apart but by their article: equal signatures. Likeness (merge-likeness.ts
// and every rule it calls) is a pure function of the two merge items, the story's weights and whether both come from
// one article; so two items equal in every field but `articleId` score alike against any third. The signature is
// therefore made of the merge item itself, every field of it, as merging made it: a field a new rule adds to MergeItem
// is covered without a word here. Its article's publication and its sentence's other dates are not in it: what merging
// reads of them (whether it is past, its clock times in UTC, its report, its moments) is in the item.
import type { MergeableEvent, MergeItem } from './likeness-features.ts';

// The fields of an event that merging reads (MergeableEvent): the event object also carries the stored event's own
// fields (its key, when it was first seen), which differ for every article and which likeness never reads.
const MERGEABLE_FIELDS = [
  'date',
  'endDate',
  'precision',
  'text',
  'start',
  'end',
  'entities',
  'background',
  'dateStart',
  'dateEnd',
  'apart',
] as const satisfies readonly (keyof MergeableEvent)[];
// Fails to compile when MergeableEvent gains a field the list above does not hold.
const everyMergeableField: Exclude<keyof MergeableEvent, (typeof MERGEABLE_FIELDS)[number]> extends never
  ? true
  : never = true;
void everyMergeableField;

/**
 * The item's every field but its article, as text: equal for two items only when likeness reads the same of both.
 * Undefined when some field cannot be written out faithfully (a function): such an item is alike to none.
 */
export function mergeItemSignature(item: MergeItem): string | undefined {
  const { articleId: _article, event, report, evidence, ...rest } = item;
  // Its place in its article is left out: likeness reads an event's offsets only from its start (where its date
  // stands in its sentence), so one sentence reprinted further down another article is alike.
  const told = {
    ...Object.fromEntries(MERGEABLE_FIELDS.map((field) => [field, event[field]])),
    start: 0,
    end: event.end - event.start,
    dateStart: event.dateStart === undefined ? undefined : event.dateStart - event.start,
    dateEnd: event.dateEnd === undefined ? undefined : event.dateEnd - event.start,
  };
  // The report and the evidence, the bulk of an item, are shared by the reports told alike (kept-reports.ts,
  // merge-evidence.ts): each is written out once. JSON never holds a raw control character, so the parts joined by one
  // are equal only when every part is.
  const parts = [asText([told, rest]), sharedAsText(report), sharedAsText(evidence)];
  return parts.includes(undefined) ? undefined : parts.join('\u0001');
}

const written = new WeakMap<object, string | undefined>();

function sharedAsText(value: object): string | undefined {
  if (!written.has(value)) written.set(value, asText(value));
  return written.get(value);
}

/** The value as JSON, Maps, Sets and numbers JSON cannot hold tagged; undefined when some part cannot be written. */
function asText(value: unknown): string | undefined {
  let faithful = true;
  const text = JSON.stringify(value, function (this: unknown, _key, value: unknown) {
    // Tagged, so that a Map, a Set, an array and an object of the same entries stay apart, and an array's undefined
    // apart from its null (an object's undefined field is left out, as an absent one: both read undefined).
    if (value === undefined && Array.isArray(this)) return { '\u0000undefined': true };
    if (value instanceof Map) return { '\u0000map': [...value] };
    if (value instanceof Set) return { '\u0000set': [...value] };
    if (typeof value === 'number' && !Number.isFinite(value)) return { '\u0000number': String(value) };
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') faithful = false;
    return value;
  });
  return faithful ? text : undefined;
}
