import { describe, expect, it } from 'vitest';
import { clusterStories, type StoryArticle } from '../../../electron/core/timeline/stories/stories.ts';
import {
  BRIDGE,
  BRIDGE_STORIES,
  LANDSLIP,
  LANDSLIP_LATER,
  LINE_CLOSED,
  LINE_LATER,
  ROUNDUP,
  SCHOOL,
  SCHOOL_LATER,
} from './bridge-articles.ts';
import { placedOneByOne, unrelatedStoryArticles } from './support.ts';

const AROUND = unrelatedStoryArticles('2026-03-05');

/** Each story's articles, by the story's id. */
function grouped(articles: readonly StoryArticle[]): Record<string, string[]> {
  return Object.fromEntries(clusterStories(articles).map((story) => [story.storyId, [...story.articleIds].sort()]));
}

describe('an article that tells two stories brings them together', () => {
  it('merges the landslip and the line closure once a follow-up names both, under the older story', () => {
    const stories = grouped([...BRIDGE_STORIES, ...AROUND]);
    expect(stories['story-landslip']).toEqual(['bridge', 'landslip', 'landslip-later', 'line-closed', 'line-later']);
    expect(stories['story-line-closed']).toBeUndefined();
    expect(stories['story-bakery']).toEqual(['bakery']);
  });

  it('keeps the two stories apart until the follow-up arrives', () => {
    const stories = grouped([LANDSLIP, LANDSLIP_LATER, LINE_CLOSED, LINE_LATER, ...AROUND]);
    expect(stories['story-landslip']).toEqual(['landslip', 'landslip-later']);
    expect(stories['story-line-closed']).toEqual(['line-closed', 'line-later']);
  });

  it('places them one by one as clustering them all at once does', () => {
    const placed = placedOneByOne([...BRIDGE_STORIES, ...AROUND]);
    const ids = [LANDSLIP, LANDSLIP_LATER, LINE_CLOSED, LINE_LATER, BRIDGE].map((article) => placed.get(article.id));
    expect(new Set(ids)).toEqual(new Set(['story-landslip']));
  });

  it('leaves two stories of one town apart when a round-up of its week is alike to both', () => {
    const articles = [SCHOOL, SCHOOL_LATER, LANDSLIP, LANDSLIP_LATER, ROUNDUP, ...AROUND];
    const stories = grouped(articles);
    expect(stories['story-school']).not.toContain('landslip');
    expect(stories['story-landslip'] ?? []).not.toContain('school');
    const placed = placedOneByOne(articles);
    expect(placed.get('school')).not.toBe(placed.get('landslip'));
  });
});
