// The timeline of related events: dated events per article, stories across articles, merged events per story.
export { type CalendarDay, type Precision, referenceDay } from './calendar.ts';
export { type DateMention, resolveDates } from './dates.ts';
export {
  type Entities,
  type EntityKind,
  type EntityMention,
  extractEntities,
  findEntityMentions,
  groupPeople,
  normalizeEntityName,
} from './entities.ts';
export { type Event, type EventReference, extractEvents } from './events.ts';
export { type ArticleEvents, type EventSource, type MergedEvent, mergeEvents } from './merge-events.ts';
export { type Sentence, splitSentences } from './sentences.ts';
export {
  type ArticleFingerprint,
  assignToStory,
  clusterStories,
  fingerprintArticle,
  type Story,
  type StoryArticle,
  type StoryMembers,
} from './stories.ts';
