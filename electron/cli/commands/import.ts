import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { type ImportResult, ImportSource, MAX_IMPORT_BYTES, type MethodOutput } from '../../contract/index.ts';
import { defineCommand } from '../context.ts';
import { CliError, UsageError } from '../errors.ts';
import { plural } from '../format.ts';

const PROGRESS_EVERY_MS = 500;

type ImportFetch = MethodOutput<'import.fetchNow'>;

/**
 * `annals import <file>`: the format is found from the file (or given with --from); the text the export
 * carries is stored, then, unless --no-fetch, the other articles' pages are fetched before exiting, with
 * progress on stderr. What is left (--no-fetch, failures) is fetched by the app in the background.
 */
export default defineCommand({
  options: { from: 'string', 'no-fetch': 'boolean' },
  run: async (context) => {
    context.expectInputs(1, 1, 'exactly one export file');
    const { from } = context.options;
    const source = from === undefined ? undefined : ImportSource.safeParse(from);
    if (source && !source.success) {
      throw new UsageError(`--from must be one of ${ImportSource.options.join(', ')}, not “${from}”`);
    }
    const noFetch = context.options['no-fetch'] === true;
    const input = context.inputs[0]!;
    const path = context.path(input);
    const size = await stat(path).then(
      (info) => info.size,
      () => {
        throw new CliError('NOT_FOUND', `${input}: no such file`);
      },
    );
    if (size > MAX_IMPORT_BYTES) {
      throw new CliError('TOO_LARGE', `${input} is larger than 100 MB, the most Annals imports at once`);
    }
    const bytes = await readFile(path);
    return context.withLibrary('write', async ({ call, onEvent }) => {
      const result = await call('import.run', {
        fileName: basename(path),
        base64: bytes.toString('base64'),
        ...(source?.data ? { from: source.data } : {}),
      });
      if (!context.json) context.write(`${describeResult(result)}\n`);
      // The text the export carried is stored in any case; pages are fetched from the web unless --no-fetch.
      let stopListening = () => {};
      if (!noFetch) {
        let last = 0;
        stopListening = onEvent('progress', (task) => {
          if (task.taskId !== 'import-fetch') return;
          const now = Date.now();
          if (now - last < PROGRESS_EVERY_MS && task.done < task.total) return;
          last = now;
          context.io.stderr(`${task.label}: ${task.done}/${task.total}${task.message ? ` (${task.message})` : ''}\n`);
        });
      }
      let status: ImportFetch;
      try {
        status = await call('import.fetchNow', { web: !noFetch });
      } finally {
        stopListening();
      }
      context.print({ ...result, fetch: status }, () => describeStatus(status, noFetch));
      return 0;
    });
  },
});

function describeResult(result: ImportResult): string {
  const lines = [
    `Imported from ${result.description}: ${result.added} new, ${result.updated} updated, ${result.unchanged} already here` +
      `${result.highlights ? `; ${result.highlights} highlights` : ''}${result.notes ? `, ${result.notes} notes` : ''}` +
      `${result.feedsAdded ? `; following ${result.feedsAdded} new feeds` : ''}`,
  ];
  if (result.skippedCount > 0) {
    lines.push(`Skipped ${result.skippedCount}:`);
    for (const row of result.skipped) lines.push(`  ${row.where}: ${row.reason}`);
    if (result.skippedCount > result.skipped.length)
      lines.push(`  … and ${result.skippedCount - result.skipped.length} more`);
  }
  return lines.join('\n');
}

function describeStatus(status: ImportFetch, noFetch: boolean): string {
  const lines: string[] = [];
  if (status.carried > 0) {
    lines.push(`Stored the text of ${plural(status.carried, 'article')} the export carried.`);
  }
  if (status.done > status.carried) lines.push(`Fetched ${status.done - status.carried} articles.`);
  if (status.pending > 0) {
    lines.push(
      `${status.pending} articles wait for their text${noFetch ? '' : ' (paused)'}; Annals fetches them while it runs.`,
    );
  }
  if (status.failed.length > 0) {
    lines.push(`${status.failed.length} could not be fetched (retry from Annals' Import dialog):`);
    for (const failure of status.failed) lines.push(`  ${failure.url}: ${failure.reason}`);
  }
  return lines.join('\n') || 'Nothing to fetch.';
}
