// Happenings an opening tells that only story grouping reads (opening-happenings.ts), kept out of the action words so
// that events and their merging are untouched: a vessel sinking ("Trawler sinks at Brennock", "the ferry capsized"),
// and a person put out of a post or a contest by a body ("Harbour trust sacks its chief", "rider suspended after a
// positive test"). A sinking and a sacking of one port on one day share its names and its words; their openings tell
// a happening to things and a body's decision about a person, which no follow-up of the one tells alone.

/** A kind an opening tells, the word that told it and where. */
export interface KindTold {
  kind: 'sink' | 'dismiss' | 'sanction';
  word: string;
  index: number;
}

// Not "sunk": a pier or a road that has sunk has settled, over weeks.
const SINK = /\b(?:sank|sinks|sinking|capsi[sz](?:ed|es|ing)|founder(?:ed|s|ing))\b/giu;
// Whom a body puts out of a post: "sacks its chief executive", "ousted the chairman", "fired coach Ivo Brandt".
const ROLE =
  '(?:chief|head|boss|manager|coach|director|captain|editor|minister|principal|executive|chair\\p{L}*|secretary|superintendent|commissioner|officer|staff|workers?|employees?|teacher|doctor|nurse)';
// "sacked", "ousted", "dismissed the head teacher"; "sacks" only before whom ("sacks of flour" are bags) and "fired"
// only beside a post, before it or after it ("fires its harbour director", "port director fired"), not a kiln, a
// starting gun or shots an officer fired; not a case, claims or an appeal dismissed. "Relieved of his duties" and
// "removed from office" tell the same.
const DISMISS = new RegExp(
  [
    `\\b(?:sacked|sacking|ousted|ousting|dismissed|dismissing|(?:sacks|ousts|dismisses)(?=\\s+(?:its|the|her|his|their|${ROLE})\\b)`,
    `|(?:fires|fired|firing)(?=\\s+(?:(?:its|the|her|his|their)\\s+)?(?:[\\p{L}-]+\\s+){0,2}${ROLE}\\b)`,
    `|(?<=\\b${ROLE}s?(?:\\s+[\\p{L}-]+){0,3}\\s+(?:(?:was|were|is|has\\s+been|had\\s+been|been)\\s+)?)fired(?!\\s+(?:shots?|at|on|upon|into|back|a|an|the|rubber|tear|warning|off|up|live)\\b)`,
    `|relieved\\s+of\\s+(?:his|her|their)\\s+(?:duties|post|command|position)|removed\\s+from\\s+(?:office|(?:his|her|their)\\s+post))`,
    `\\b(?!\\s+(?:the |a |an )?(?:case|claims?|charges?|appeal|complaint|suggestion|idea|concerns?|reports?)\\b)`,
  ].join(''),
  'giu',
);
// A person barred by a body, told by what for: "suspended after a positive test", "banned for two years", "suspended
// pending an inquiry", "struck off". A strike or a service suspended after a deal is a stop, not a sanction.
const SANCTION =
  /\b(?:suspended|banned|disqualified|struck off)\s+(?:(?:provisionally|indefinitely|immediately)\s+)?(?:for\s+(?:\d+|one|two|three|four|five|six|ten|a|life)\b|after\s+(?:a\s+|an\s+|his\s+|her\s+)?(?:positive|failed|doping|drugs?)\b|pending\s+(?:an?\s+|the\s+)?(?:investigation|inquiry|hearing|review|disciplinary)|from\s+(?:duty|duties|work|racing|competition|office|school|the\s+(?:team|squad|club|party|force|register))\b)/giu;

const KINDS: readonly [KindTold['kind'], RegExp][] = [
  ['sink', SINK],
  ['dismiss', DISMISS],
  ['sanction', SANCTION],
];

/** The sinkings, dismissals and sanctions a text tells, where. */
export function sinkingsAndSanctions(text: string): KindTold[] {
  return KINDS.flatMap(([kind, pattern]) =>
    [...text.matchAll(pattern)].map((match) => ({ kind, word: match[0], index: match.index })),
  );
}
