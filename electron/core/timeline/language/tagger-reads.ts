/**
 * Sentences merging had the tagger (compromise) read, the slowest step of building a timeline: for tests that a
 * timeline answered without tagging (its stories' merges kept on disk, merged-story-files.ts).
 */
export const taggerReads = { sentences: 0 };
