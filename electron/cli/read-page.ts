import type { ExtractedPage } from '../contract/index.ts';
import type { Call } from './call.ts';
import { type CommandContext, isUrl } from './context.ts';

/** A page named on the command line (an address or a file), extracted by the core without saving it. */
export async function readPage(context: CommandContext, pages: Call, input: string): Promise<ExtractedPage> {
  return isUrl(input)
    ? pages('page.extract', { url: input, givenBy: 'reader' })
    : pages('page.extract', { base64: await context.readPageFile(input), fileName: input });
}

/** The day a page speaks from when it carries no date of its own: --saved, else today. */
export function savedAt(saved: string | undefined): string {
  return `${saved ?? new Date().toISOString().slice(0, 10)}T12:00:00Z`;
}
