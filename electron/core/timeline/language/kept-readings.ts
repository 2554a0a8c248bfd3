// A reading of a sentence kept for the next report that asks for it. Merging compares each report of a date with every
// other report of that date: a rule reading both sentences of a pair (a verb's senses, the places a closure shut, the
// words a lede's subject is told in) would otherwise read each sentence again for every report it is compared with.
// Only the latest sentences' readings are kept, so a long session's memory stays bounded.

// Every reader's kept readings, so that a test can start over as a restarted app does, with none kept.
const everyKept = new Set<Map<string, unknown>>();

/** `read`, remembering its reading of the last `kept` sentences; what it returns is shared, and never to be changed. */
export function keptReadings<T>(read: (sentence: string) => T, kept = 2000): (sentence: string) => T {
  const readings = new Map<string, T>();
  everyKept.add(readings);
  return (sentence) => {
    if (readings.has(sentence)) return readings.get(sentence) as T;
    const reading = read(sentence);
    if (readings.size >= kept) readings.delete(readings.keys().next().value!);
    readings.set(sentence, reading);
    return reading;
  };
}

/** Forgets every reading kept, as a new process starts: for tests of what a restarted app reads again. */
export function forgetKeptReadings(): void {
  for (const readings of everyKept) readings.clear();
}
