import { z } from 'zod';
import { HighlightColor } from '../../contract/index.ts';
import { writeFileAtomic } from '../storage/atomic-write.ts';
import { readJsonFile } from '../storage/json-file.ts';
import { quarantine } from '../storage/quarantine.ts';
import { tagKey } from './tags.ts';

export const TagColorsFile = z.object({ schema: z.literal(1), colors: z.record(z.string(), HighlightColor) });

/** tags.json: the colour a reader gave each tag, keyed by the tag's case-insensitive name. */
export class TagColors {
  private colors = new Map<string, HighlightColor>();

  constructor(
    private readonly file: string,
    private readonly libraryDir: string,
    private readonly now: () => Date,
    private readonly report: (message: string) => void,
  ) {}

  async load(readOnly = false): Promise<void> {
    const result = await readJsonFile(this.file, TagColorsFile);
    if (result.status === 'ok') this.colors = new Map(Object.entries(result.value.colors));
    else if (result.status === 'corrupt') {
      this.report(`Tag colours could not be read (${result.reason}); tags keep their names, colours were reset.`);
      if (!readOnly) await quarantine(this.file, this.libraryDir, this.now());
    }
  }

  get(tag: string): HighlightColor | null {
    return this.colors.get(tagKey(tag)) ?? null;
  }

  async set(tag: string, color: HighlightColor | null): Promise<void> {
    if (color) this.colors.set(tagKey(tag), color);
    else this.colors.delete(tagKey(tag));
    await this.save();
  }

  /** A renamed tag keeps its colour; a merge keeps the target's. */
  async rename(from: string, to: string): Promise<void> {
    const color = this.colors.get(tagKey(from));
    this.colors.delete(tagKey(from));
    if (color && !this.colors.has(tagKey(to))) this.colors.set(tagKey(to), color);
    await this.save();
  }

  /** Colours for the tags that have none yet (a restore): the reader's own choices win. Answers how many were added. */
  async fillMissing(colors: Record<string, HighlightColor>): Promise<number> {
    let added = 0;
    for (const [tag, color] of Object.entries(colors)) {
      if (this.colors.has(tagKey(tag))) continue;
      this.colors.set(tagKey(tag), color);
      added++;
    }
    if (added > 0) await this.save();
    return added;
  }

  private async save(): Promise<void> {
    await writeFileAtomic(this.file, JSON.stringify({ schema: 1, colors: Object.fromEntries(this.colors) }, null, 2));
  }
}
