import type { Annotations } from '../annotations/annotations.ts';
import type { Library } from '../library/library.ts';
import { parseQuery } from './query.ts';
import { type SearchDocument, type SearchHit, SearchIndex } from './search-index.ts';

/**
 * Search over a library: the index is built on the first search, then kept up to date by the
 * library's change notices (changed articles are re-indexed just before the next search).
 */
export class SearchService {
  private readonly index = new SearchIndex();
  private built = false;
  private readonly dirty = new Set<string>();

  constructor(
    private readonly library: Library,
    private readonly annotations: Annotations,
  ) {}

  /** Called with the ids of changed articles. */
  changed(ids: string[]): void {
    for (const id of ids) this.dirty.add(id);
  }

  async search(input: string, limit: number, onProgress?: (done: number, total: number) => void): Promise<SearchHit[]> {
    const query = parseQuery(input);
    await this.catchUp(onProgress);
    return this.index.search(
      query,
      {
        summary: (id) => this.library.findSummary(id),
        all: () => this.library.list('all', 'saved'),
        text: async (id) => (await this.library.content(id)).text,
      },
      limit,
    );
  }

  private async catchUp(onProgress?: (done: number, total: number) => void): Promise<void> {
    if (!this.built) {
      const all = this.library.list('all', 'saved');
      let done = 0;
      for (const article of all) {
        this.index.put(await this.document(article.id));
        if (++done % 200 === 0) onProgress?.(done, all.length);
      }
      this.built = true;
      this.dirty.clear();
      onProgress?.(all.length, all.length);
      return;
    }
    for (const id of [...this.dirty]) {
      this.dirty.delete(id);
      if (this.library.findSummary(id)) this.index.put(await this.document(id));
      else this.index.remove(id);
    }
  }

  private async document(id: string): Promise<SearchDocument> {
    const article = this.library.summary(id);
    const { text } = await this.library.content(id);
    const notes = article.annotationCount > 0 ? await this.annotations.list(id) : [];
    return {
      id,
      title: article.title,
      text,
      site: article.siteName ?? '',
      author: article.byline ?? '',
      tags: article.tags.join(' '),
      highlights: notes.map((annotation) => annotation.anchor?.exact ?? '').join('\n'),
      notes: notes.map((annotation) => annotation.note).join('\n'),
    };
  }
}
