// The timeline's part of the contract: dated events per article, stories across articles, timelines.
import { z } from 'zod';
import { method } from './method.ts';
import { AnnotationId, ArticleId, IsoDate } from './model.ts';

export const Precision = z.enum(['day', 'month', 'year']);
export type Precision = z.infer<typeof Precision>;

/** YYYY-MM-DD, YYYY-MM or YYYY, by precision. */
export const EventDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is YYYY-MM-DD, YYYY-MM or YYYY');

export const Entities = z.object({
  people: z.array(z.string()),
  organizations: z.array(z.string()),
  places: z.array(z.string()),
});
export type Entities = z.infer<typeof Entities>;

/** Stable within an article across re-extraction: made from the sentence and the date it first had. */
export const EventKey = z.string().regex(/^[a-z0-9-]{4,80}$/, 'not an event key');
export const StoryId = z.string().regex(/^story-[a-z0-9-]{4,60}$/, 'not a story id');

export const EventRef = z.object({ articleId: ArticleId, key: EventKey });
export type EventRef = z.infer<typeof EventRef>;
/** How many other reports one report may be merged with by hand. */
export const MOST_JOINED = 50;

/** One dated event of one article, with the reader's edits applied. */
export const ArticleEvent = z.object({
  key: EventKey,
  date: EventDate,
  endDate: EventDate.optional(),
  precision: Precision,
  /** The reporting sentence (or the reader's wording of it). */
  text: z.string(),
  /** Offsets of the sentence in text.txt. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Offsets in text.txt of the words that gave the date ("on Monday", "two days later"), to mark them. */
  dateStart: z.number().int().nonnegative().optional(),
  dateEnd: z.number().int().nonnegative().optional(),
  /** A past happening the article tells as context ("a 2010 eruption"), not part of the story it reports. */
  background: z.boolean().optional(),
  entities: Entities,
  origin: z.enum(['extracted', 'highlight']),
  annotationId: AnnotationId.optional(),
  edited: z.boolean(),
  hidden: z.boolean(),
  /**
   * The reader said this report tells a happening of its own: it is never merged with other articles' reports of its
   * date (a wrong merge undone by hand survives finding the events again).
   */
  apart: z.boolean().optional(),
  /** Other articles' reports the reader said tell the same happening: shown as one event with this one. */
  joined: z.array(EventRef).max(MOST_JOINED).optional(),
  /** When Annals first found this event. */
  firstSeen: IsoDate,
});
export type ArticleEvent = z.infer<typeof ArticleEvent>;

export const StorySummary = z.object({
  id: StoryId,
  title: z.string(),
  /** True once the reader named it; Annals then keeps the name. */
  renamed: z.boolean(),
  articleIds: z.array(ArticleId),
});
export type StorySummary = z.infer<typeof StorySummary>;

export const TimelineScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('story'), storyId: StoryId }),
  z.object({ kind: z.literal('tag'), tag: z.string().min(1).max(64) }),
  z.object({ kind: z.literal('entity'), name: z.string().min(1).max(200) }),
  z.object({ kind: z.literal('search'), query: z.string().min(1).max(1_000) }),
  z.object({ kind: z.literal('article'), articleId: ArticleId }),
]);
export type TimelineScope = z.infer<typeof TimelineScope>;

/** An article a timeline cites, named once in the timeline's table of articles however many events it reports. */
export const TimelineArticle = z.object({
  title: z.string(),
  url: z.string(),
  siteName: z.string().nullable(),
  publishedAt: IsoDate.nullable(),
  storyId: StoryId.nullable(),
});
export type TimelineArticle = z.infer<typeof TimelineArticle>;

/** One article's report of an event; the article itself is in the timeline's `articles`, under `articleId`. */
export const TimelineSource = EventRef.extend({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Offsets in that article's text.txt of the words that gave the date, to mark them. */
  dateStart: z.number().int().nonnegative().optional(),
  dateEnd: z.number().int().nonnegative().optional(),
  /**
   * The same article's other reports of this event (a standfirst and its lede, a paragraph printed twice): one
   * source per article is listed, and these are edited and hidden with it.
   */
  alsoKeys: z.array(EventKey).optional(),
  /** The other reports the reader said this one (or one of `alsoKeys`) tells the same happening as. */
  joined: z.array(EventRef).optional(),
});
export type TimelineSource = z.infer<typeof TimelineSource>;

/** One real-world event on a timeline: reported by one or more articles. */
export const TimelineEvent = z.object({
  id: z.string(),
  date: EventDate,
  endDate: EventDate.optional(),
  precision: Precision,
  text: z.string(),
  entities: Entities,
  sources: z.array(TimelineSource).min(1),
  /** Every source tells it as past context: shown apart, and never deciding where the timeline opens or its scale. */
  background: z.boolean().optional(),
  /** Found since the reader last opened this timeline. */
  isNew: z.boolean(),
  hidden: z.boolean(),
  edited: z.boolean(),
  promoted: z.boolean(),
  /** The reader kept (one of) its reports apart from what merging joins (and joined it to nothing): see ArticleEvent `apart`. */
  apart: z.boolean().optional(),
  /** The reader merged it with another event by hand: see ArticleEvent `joined`. */
  joined: z.boolean().optional(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const Timeline = z.object({
  title: z.string(),
  scope: TimelineScope,
  events: z.array(TimelineEvent),
  /** Every article its events cite, by id: a library's timeline cites each of thousands many times. */
  articles: z.record(ArticleId, TimelineArticle),
  /** Stories of the articles in this timeline (for lanes). */
  stories: z.array(StorySummary),
  /** The entities named most often in it, for lanes and filters. */
  entities: z.array(
    z.object({ name: z.string(), kind: z.enum(['person', 'organization', 'place']), count: z.number() }),
  ),
  lastVisitedAt: IsoDate.nullable(),
});
export type Timeline = z.infer<typeof Timeline>;

export const TimelineExportFormat = z.enum(['md', 'csv', 'timelinejs']);

const EventPatch = z
  .object({
    date: EventDate.optional(),
    endDate: EventDate.nullable().optional(),
    precision: Precision.optional(),
    text: z.string().trim().min(1, 'an event needs some words').max(2_000).optional(),
    hidden: z.boolean().optional(),
    /** Never merge these reports with other articles' (true), or let Annals merge them again (false). */
    apart: z.boolean().optional(),
    /** The other reports these tell the same happening as (an empty list forgets them). */
    joined: z.array(EventRef).max(MOST_JOINED).optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'nothing to change');

export const timelineApi = {
  'timeline.get': method(
    z.object({ scope: TimelineScope, includeHidden: z.boolean().default(false) }),
    Timeline,
    'The events of a story, a tag, an entity, a search, one article or the whole library, by date; the same event reported by several articles appears once with all its sources.',
  ),
  'timeline.markVisited': method(
    z.object({ scope: TimelineScope }),
    z.object({ visitedAt: IsoDate }),
    'Remember that the reader saw this timeline now (events found later are marked new).',
  ),
  'timeline.editEvents': method(
    z.object({ refs: z.array(EventRef).min(1).max(100), patch: EventPatch }),
    z.object({ events: z.array(ArticleEvent) }),
    'Change the date or wording of events, hide them, or keep them apart from other articles’ reports; the change survives re-extraction.',
  ),
  'timeline.resetEvents': method(
    z.object({ refs: z.array(EventRef).min(1).max(100) }),
    z.object({ events: z.array(ArticleEvent) }),
    'Undo the reader’s edits to events (and show them again).',
  ),
  'timeline.promoteHighlight': method(
    z.object({
      articleId: ArticleId,
      annotationId: AnnotationId,
      date: EventDate.optional(),
      precision: Precision.optional(),
    }),
    ArticleEvent,
    'Make a highlight an event of the timeline (dated from its words, the publication date, or the date given).',
  ),
  'timeline.article': method(
    z.object({ articleId: ArticleId }),
    z.object({
      events: z.array(ArticleEvent),
      story: StorySummary.nullable(),
      related: z.array(
        z.object({
          id: ArticleId,
          title: z.string(),
          siteName: z.string().nullable(),
          publishedAt: IsoDate.nullable(),
        }),
      ),
    }),
    'One article’s events, its story and the other articles of that story.',
  ),
  'timeline.export': method(
    z.object({ scope: TimelineScope, format: TimelineExportFormat }),
    z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() }),
    'A timeline as Markdown, CSV or TimelineJS JSON.',
  ),
  'stories.list': method(
    z.object({ minArticles: z.number().int().min(1).default(2) }),
    z.object({ stories: z.array(StorySummary.extend({ eventCount: z.number().int(), latest: IsoDate.nullable() })) }),
    'Stories with at least this many articles, most recently active first.',
  ),
  'stories.rename': method(
    z.object({ storyId: StoryId, title: z.string().trim().min(1, 'a story needs a name').max(200) }),
    StorySummary,
    'Name a story.',
  ),
  'stories.moveArticle': method(
    z.object({ articleId: ArticleId, storyId: StoryId.nullable() }),
    z.object({ from: StorySummary.nullable(), to: StorySummary }),
    'Move an article into a story, or out into a story of its own (null); Annals then leaves it there.',
  ),
  'stories.merge': method(
    z.object({ storyIds: z.array(StoryId).min(2).max(50) }),
    StorySummary,
    'Merge stories into the first one.',
  ),
  'stories.split': method(
    z.object({ storyId: StoryId, articleIds: z.array(ArticleId).min(1).max(10_000) }),
    z.object({ kept: StorySummary, split: StorySummary }),
    'Take some articles out of a story into a new story of their own.',
  ),
} as const;
