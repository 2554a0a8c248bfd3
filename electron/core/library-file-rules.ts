import { FEED_RECORDS_FOLDER, feedsRecordKind } from './feeds/feed-records.ts';
import { legacyFeedsKind } from './feeds/feed-state.ts';
import { registerArticleFileRules } from './library/article-file-rules.ts';
import { legacyTagColorsKind, TAG_RECORDS_FOLDER, tagColorsRecordKind } from './library/tag-colors.ts';
import { legacySettingsKind, SETTINGS_FOLDER, settingsRecordKind } from './settings/settings-file.ts';
import { type ConflictRules, defaultConflictRules } from './sync/conflict-rules.ts';
import { recordMergeRule } from './sync/record-file.ts';
import { legacyStoriesKind, STORY_RECORDS_FOLDER, storiesRecordKind } from './timeline/stories/story-records.ts';

/** A device's file in `folder`: `<folder>/<device id>.json`. */
const deviceFile = (folder: string) => new RegExp(`^${folder}/[a-z0-9]{4,40}\\.json$`);

/**
 * The conflict rules of the library-level files: each device's records of feeds, tag colours and
 * stories merge value by value (the value set last wins), settings by which copy was saved last, and
 * the format-1 files by keeping the original's entries and adding what only the copy has.
 */
export function registerLibraryFileRules(rules: ConflictRules): ConflictRules {
  return rules
    .register(recordMergeRule('feed-records', deviceFile(FEED_RECORDS_FOLDER), feedsRecordKind))
    .register(recordMergeRule('tag-color-records', deviceFile(TAG_RECORDS_FOLDER), tagColorsRecordKind))
    .register(recordMergeRule('story-records', deviceFile(STORY_RECORDS_FOLDER), storiesRecordKind))
    .register(recordMergeRule('device-settings', deviceFile(SETTINGS_FOLDER), settingsRecordKind))
    .register(recordMergeRule('legacy-feeds', /^feeds\.json$/, legacyFeedsKind))
    .register(recordMergeRule('legacy-tag-colors', /^tags\.json$/, legacyTagColorsKind))
    .register(recordMergeRule('legacy-stories', /^stories\.json$/, legacyStoriesKind))
    .register(recordMergeRule('legacy-settings', /^settings\.json$/, legacySettingsKind));
}

/** Every rule a library's files settle conflict copies by: images, articles, library-level files. */
export function libraryConflictRules(): ConflictRules {
  return registerArticleFileRules(registerLibraryFileRules(defaultConflictRules()));
}
