// The timeline of related events: dated events per article, stories across articles, merged events per story.
// Its folders, each importing only those before it (.biome.json keeps it so): language/ (words, the tagger, WordNet,
// action words), dates/ (words to calendar days), extraction/ (sentences to dated events), merging/ (one event told by
// several articles) and stories/ (articles grouped into stories); this folder's root is the service over them (state,
// stores, the worker, handlers, building and exporting timelines).
export { type CalendarDay, type Precision, referenceDay } from './dates/calendar.ts';
export { type DateMention, resolveDates } from './dates/dates.ts';
export {
  type Entities,
  type EntityKind,
  type EntityMention,
  extractEntities,
  findEntityMentions,
  groupPeople,
  normalizeEntityName,
} from './extraction/entities.ts';
export { type Event, type EventReference, extractEvents } from './extraction/events.ts';
export { type Sentence, splitSentences } from './language/sentences.ts';
export { type ArticleEvents, type EventSource, type MergedEvent, mergeEvents } from './merging/merge-events.ts';
export {
  type ArticleFingerprint,
  assignToStory,
  clusterStories,
  fingerprintArticle,
  type Story,
  type StoryArticle,
  type StoryMembers,
} from './stories/stories.ts';
