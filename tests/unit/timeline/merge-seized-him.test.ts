// Seizing or grabbing someone ("seizing him at a roadside motel") is an arrest, whatever else the sentence opens on
// ("Police arrested the second of two men who fled a jail on Saturday night, seizing him … early on Monday"); not
// goods or money seized. Written for this test; the outlets publish on Wednesday 14 October 2026.
import { describe, expect, it } from 'vitest';
import { merged, reportAt } from './outlets.ts';

describe('someone seized', () => {
  it('tells an arrest, and seized goods do not', () => {
    const seized = 'Officers caught up with the fugitive at a truck stop, seizing him just after dawn on Monday.';
    expect(reportAt(seized, 'just after dawn on Monday').clear.has('arrest')).toBe(true);
    const goods = 'Customs officers seized 40 kilos of tobacco at the port on Monday.';
    expect(reportAt(goods, 'on Monday').clear.has('arrest')).toBe(false);
  });

  it('joins the lede that seized him with the sentence giving the hour he was detained', () => {
    const entries = merged(
      [
        'Police caught the second of two men who fled Greyhill prison on Saturday night, seizing him at a truck stop early on Monday.',
        'Dale Pruitt, 34, was detained at 5:50 a.m. after a cashier recognised him from a news bulletin.',
      ].join('\n\n'),
    );
    const monday = entries.filter((entry) => entry.date === '2026-10-12');
    expect(monday).toHaveLength(1);
    expect(monday[0]!.sources).toHaveLength(2);
  });
});
