// What the timeline reads from an article's text: its dated events and the fingerprint stories are grouped by. It
// takes the tagger most of a second an article, so the core has it done in a worker thread (timeline-thread.ts); the
// answer is plain data, the same wherever it was read.
import type { Event } from './extraction/events.ts';
import { loadExtraction } from './extraction-rules.ts';
import { type ArticleFingerprint, fingerprintArticle } from './stories/article-fingerprint.ts';

export interface TextToRead {
  id: string;
  title: string;
  text: string;
  publishedAt: string | null;
  savedAt: string;
}

export interface TextReading {
  events: Event[];
  fingerprint: ArticleFingerprint;
}

export async function readArticleText(article: TextToRead): Promise<TextReading> {
  const { extractEvents, storyEntities, knownWords } = await loadExtraction();
  const { id, title, text, publishedAt, savedAt } = article;
  const events = extractEvents(text, { publishedAt, savedAt });
  const fingerprint = fingerprintArticle({
    id,
    title,
    text,
    entities: storyEntities(text),
    publishedAt,
    knownWords,
  });
  return { events, fingerprint };
}
