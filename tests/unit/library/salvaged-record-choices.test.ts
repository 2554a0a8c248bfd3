import { describe, expect, it } from 'vitest';
import { ArticleRecord, emptyRecord } from '../../../electron/core/library/article-record.ts';
import { combineRecords, salvageArticleRecord } from '../../../electron/core/library/salvage-article-files.ts';
import { formatStamp } from '../../../electron/core/sync/clock.ts';

// A damaged record of this device is read entry by entry; the reader's word on merging events must come back with the
// rest, from the damaged file or from its last good copy.
const id = 'a'.repeat(26);
const device = 'testdevice';
const at = (ms: number) => formatStamp(1_764_672_000_000 + ms, 0, device);

function recordWithChoices(): ArticleRecord {
  const record = emptyRecord(id, device);
  record.tags.flood = { on: true, at: at(1), name: 'Flood' };
  record.events.ev1 = { hidden: { value: true, at: at(2) } };
  record.eventChoices.ev1 = { apart: { value: true, at: at(3) } };
  record.eventChoices.ev2 = { joined: { value: [{ articleId: 'b'.repeat(26), key: 'ev9' }], at: at(4) } };
  return ArticleRecord.parse(record);
}

describe('a damaged record of the reader’s merge choices', () => {
  it('keeps every choice that still reads when another entry of the file is broken', () => {
    const raw = JSON.parse(JSON.stringify(recordWithChoices()));
    raw.tags.broken = { on: 'maybe' };
    const salvaged = salvageArticleRecord(JSON.stringify(raw), id, device);
    expect(salvaged?.dropped).toBe(1);
    expect(salvaged?.record.eventChoices).toEqual(recordWithChoices().eventChoices);
    expect(salvaged?.record.events.ev1?.hidden?.value).toBe(true);
    expect(Object.keys(salvaged?.record.tags ?? {})).toEqual(['flood']);
  });

  it('takes back from the last good copy the choices the damage lost', () => {
    const text = JSON.stringify(recordWithChoices());
    const cut = text.slice(0, text.indexOf('"eventChoices"'));
    const salvaged = salvageArticleRecord(cut, id, device);
    expect(salvaged?.record.eventChoices).toEqual({});
    const combined = combineRecords(salvaged!.record, recordWithChoices());
    expect(combined.eventChoices).toEqual(recordWithChoices().eventChoices);
  });
});
