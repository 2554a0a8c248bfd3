// The start of record-keeping ("the wettest October since records began in 1910") is the yardstick of a record, not a
// happening of the story or of its past: its year is no event.

const RECORDS_BEGAN_BEFORE = /\brecords\s+(?:began|begin|started|start|were\s+first\s+kept)\s+(?:in\s+|on\s+)?$/i;

/** Whether the date at `index` tells when records began. */
export function tellsWhenRecordsBegan(sentence: string, index: number): boolean {
  return RECORDS_BEGAN_BEFORE.test(sentence.slice(0, index));
}
