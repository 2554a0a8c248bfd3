// An anniversary piece tells its remembered day as its own story ("Twenty years ago today, fire swept through the
// pier." then "The fire was spotted at about 2am by a taxi driver."): a clock time told in the past right after it, with
// no other time told between, is that day's hour, though the day is long past and so background to the page's news.
import { tellsPast } from '../dates/tense.ts';
import type { DatedSentence, Told } from './told-events.ts';

// The remembered day is told in the headline and again in the lede, so the hour may come two paragraphs after the
// first telling that the anchors keep.
const NEAR_PARAGRAPHS = 2;
const REMEMBERED_DAY = /\b(?:years?|decades?|centur(?:y|ies))\s+ago\s+today\b|\bon\s+this\s+day\s+in\b/i;

/** Whether `item`'s clock time tells the hour of the anniversary's remembered day just told in `before`. */
export function hourOfRememberedDay(before: Told, item: DatedSentence): boolean {
  return (
    REMEMBERED_DAY.test(before.date.text) &&
    before.date.precision === 'day' &&
    item.paragraph - before.item.paragraph <= NEAR_PARAGRAPHS &&
    tellsPast(item.sentence.text)
  );
}
