import type { Annotation, Article } from '../../contract/index.ts';
import { formatStamp, type Stamp } from '../sync/clock.ts';

/** Values of the base layer sort before every value a device set. */
export const legacyStamp = (counter = 0): Stamp => formatStamp(0, counter, 'legacy');

/** What article.json, annotations.json and the edits part of events.json hold. */
export interface BaseLayer {
  article: Article | null;
  annotations: Annotation[];
  eventOverrides: Record<string, Record<string, unknown>>;
  promoted: { key: string }[];
}
