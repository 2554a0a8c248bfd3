// A long sentence with no spaces to cut it at (Chinese or Japanese text, a long web address) is still shown in part,
// cut between characters, never between the two halves of one (an emoji): not an empty card, nor its date alone.
import { describe, expect, it } from 'vitest';
import type { TimelineSource } from '../../../electron/contract/timeline.ts';
import { eventWordParts, LONGEST_SHOWN } from '../../../renderer/src/timeline/event-words.ts';

function sourceOf(text: string, date?: string): TimelineSource {
  const at = date === undefined ? -1 : text.indexOf(date);
  return {
    articleId: 'a1',
    key: 'k1',
    start: 0,
    end: text.length,
    ...(date === undefined ? {} : { dateStart: at, dateEnd: at + date.length }),
  } as TimelineSource;
}

const shown = (parts: ReturnType<typeof eventWordParts>) => `${parts.before}${parts.date ?? ''}${parts.after}`;

describe('a long sentence with no spaces', () => {
  it('shows its first words when no date words are known', () => {
    const text = '港口管理局决定暂停渡轮服务以便检查船体'.repeat(30);
    const parts = eventWordParts(text, sourceOf(text), LONGEST_SHOWN);
    expect(shown(parts).length).toBeGreaterThan(LONGEST_SHOWN / 2);
    expect(shown(parts).length).toBeLessThanOrEqual(LONGEST_SHOWN);
    expect(text.startsWith(shown(parts))).toBe(true);
  });

  it('shows words around its date words', () => {
    const run = '港口管理局决定暂停渡轮服务以便检查船体'.repeat(15);
    const text = `${run}十月三日${run}`;
    const parts = eventWordParts(text, sourceOf(text, '十月三日'), LONGEST_SHOWN);
    expect(parts.date).toBe('十月三日');
    expect(parts.before.length).toBeGreaterThan(100);
    expect(parts.after.length).toBeGreaterThan(50);
  });

  it('never cuts an emoji in two', () => {
    const text = `${'🚢'.repeat(400)} on Tuesday ${'⚓'.repeat(10)}`;
    const parts = eventWordParts(text, sourceOf(text, 'on Tuesday'), LONGEST_SHOWN);
    expect(parts.before.length).toBeGreaterThan(100);
    expect(parts.before).not.toMatch(/^[\udc00-\udfff]/);
    expect(parts.before).not.toMatch(/[\ud800-\udbff]$/);
  });
});
