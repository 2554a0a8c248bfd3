// What the README's command checks share: the fixture library they run against, and the shape of a check.
import { annalsIn, type CliRun } from '../../helpers/cli.ts';

export interface Fixture {
  origin: string;
  work: string;
  env: Record<string, string>;
  /** The article `add` saved, and the story `stories` listed first: what `<id>` stands for. */
  articleId: string;
  /** An article of the fixture library that `delete <id>` takes. */
  spareId: string;
  storyId: string;
  /** The earlier text of the article `add` saved, once its page was edited and saved again. */
  versionId: string;
  /** A second listing of the article `add` saved, as an older Annals left one: what `duplicates` merges. */
  copyId: string;
  libraryCount: number;
}

export interface Check {
  shows: string;
  check(result: CliRun, fixture: Fixture): void | Promise<void>;
  /** How long it may take, when longer than most: `serve` builds the app once on a fresh clone. */
  timeoutMs?: number;
  /** What `<id>` stands for when not the article `add` saved. */
  id?(fixture: Fixture): string;
  /** Commands that run until stopped start here instead. */
  run?(argv: string[], fixture: Fixture): Promise<CliRun>;
}

export const listed = async (fixture: Fixture) =>
  JSON.parse((await annalsIn(['list', '--json'], fixture.env)).stdout) as { id: string; title: string }[];
