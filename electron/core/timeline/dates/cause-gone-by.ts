// A loss to come told with its cause: "will miss the rest of the season after rupturing his Achilles tendon in the
// warm-up on Saturday", "will be out for six weeks after breaking his wrist on Tuesday". The player misses games
// because of a deed done, so the day of the deed after "after" has gone by, whatever the forward cue says of the loss.
// Not a plan told with a later step ("will fly home after playing Wexley on Saturday"): only losses are caused.
const LOSS_WITH_ITS_CAUSE =
  /^(?:will|['’]ll|(?:is\s+)?(?:set|expected)\s+to)\s+(?:miss|sit\s+out|be\s+(?:out|sidelined|ruled\s+out|unavailable))\b[^,;]*?\bafter\s+\p{Ll}{3,}ing\b/iu;

/** Whether the clause from its forward cue tells a loss to come and, after "after", the deed that caused it. */
export function lossWithItsCause(fromCue: string): boolean {
  return LOSS_WITH_ITS_CAUSE.test(fromCue);
}
