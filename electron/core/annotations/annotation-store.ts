import { z } from 'zod';
import { Annotation } from '../../contract/index.ts';

/**
 * The shape of a format-1 articles/<id>/annotations.json, as backups still carry it. Format 2 keeps
 * annotations as per-device records (library/article-record.ts); backups written by either restore.
 */
export const AnnotationsFile = z.object({ schema: z.literal(1), annotations: z.array(Annotation) });
