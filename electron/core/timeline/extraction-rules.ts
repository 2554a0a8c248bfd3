/**
 * The extraction rules load chrono-node and compromise, most of a second: only when there is text to
 * read, so that opening a library (and every CLI command) does not pay for them.
 */
export function loadExtraction() {
  return Promise.all([
    import('./extraction/events.ts'),
    import('./dates/dates.ts'),
    import('./extraction/entities.ts'),
    import('./stories/story-entities.ts'),
    import('./language/lexicon.ts'),
  ]).then(([events, dates, entities, story, lexicon]) => ({
    extractEvents: events.extractEvents,
    resolveDates: dates.resolveDates,
    extractEntities: entities.extractEntities,
    storyEntities: story.storyEntities,
    knownWords: lexicon.KNOWN_WORDS,
  }));
}
