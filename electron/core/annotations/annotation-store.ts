import { z } from 'zod';
import { Annotation } from '../../contract/index.ts';
import type { LibraryPaths } from '../library/paths.ts';
import { writeFileAtomic } from '../storage/atomic-write.ts';
import { readJsonFile } from '../storage/json-file.ts';
import { quarantine } from '../storage/quarantine.ts';

export const AnnotationsFile = z.object({ schema: z.literal(1), annotations: z.array(Annotation) });

/**
 * articles/<id>/annotations.json: an article's highlights and note. It lives in the article's folder,
 * so it goes to the trash and comes back with the article.
 */
export class AnnotationStore {
  constructor(
    private readonly paths: LibraryPaths,
    private readonly now: () => Date,
    private readonly report: (message: string) => void,
  ) {}

  async read(articleId: string): Promise<Annotation[]> {
    const file = this.paths.articleAnnotations(articleId);
    const result = await readJsonFile(file, AnnotationsFile);
    if (result.status === 'ok') return result.value.annotations;
    if (result.status === 'corrupt') {
      // Set the damaged file aside (never delete it) and say so; the reader can recover it by hand.
      const kept = await quarantine(file, this.paths.root, this.now());
      this.report(`The highlights of one article could not be read (${result.reason}); the file was kept as ${kept}.`);
    }
    return [];
  }

  async write(articleId: string, annotations: Annotation[]): Promise<void> {
    await writeFileAtomic(
      this.paths.articleAnnotations(articleId),
      JSON.stringify({ schema: 1, annotations }, null, 2),
    );
  }
}
