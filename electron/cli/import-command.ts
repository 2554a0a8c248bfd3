import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  type ImportResult,
  ImportSource,
  type ImportStatus,
  MAX_IMPORT_BYTES,
  type TaskProgress,
} from '../contract/index.ts';
import type { Core } from '../core/index.ts';
import { type CliArgs, UsageError } from './args.ts';
import { CommandError, unwrap } from './envelope.ts';

const PROGRESS_EVERY_MS = 500;

/**
 * `annals import <file>`: the format is found from the file (or given with --from); then, unless
 * --no-fetch, the articles' text is fetched before exiting, with progress on stderr. What is left
 * (--no-fetch, failures) is fetched by the app in the background.
 */
export async function importCommand(args: CliArgs, open: (readOnly: boolean) => Promise<Core>): Promise<number> {
  if (args.inputs.length !== 1) throw new UsageError('import needs exactly one export file');
  const from = args.from === undefined ? undefined : ImportSource.safeParse(args.from);
  if (from && !from.success) {
    throw new UsageError(`--from must be one of ${ImportSource.options.join(', ')}, not “${args.from}”`);
  }
  const path = args.inputs[0]!;
  const size = await stat(path).then(
    (info) => info.size,
    () => {
      throw new CommandError(`${path}: no such file`);
    },
  );
  if (size > MAX_IMPORT_BYTES) throw new CommandError(`${path} is larger than 100 MB, the most Annals imports at once`);
  const bytes = await readFile(path);
  const core = await open(false);
  try {
    const result = unwrap<ImportResult>(
      await core.dispatch('import.run', {
        fileName: basename(path),
        base64: bytes.toString('base64'),
        ...(from?.data ? { from: from.data } : {}),
      }),
    );
    if (!args.json) process.stdout.write(`${describeResult(result)}\n`);
    let status = unwrap<ImportStatus>(await core.dispatch('import.status', {}));
    if (!args.noFetch && status.pending > 0 && !status.paused) {
      await fetchWithProgress(core);
      status = unwrap<ImportStatus>(await core.dispatch('import.status', {}));
    }
    if (args.json) process.stdout.write(`${JSON.stringify({ ...result, fetch: status })}\n`);
    else process.stdout.write(`${describeStatus(status, args.noFetch)}\n`);
    return 0;
  } finally {
    await core.close();
  }
}

async function fetchWithProgress(core: Core): Promise<void> {
  let last = 0;
  const stopListening = core.onEvent((name, payload) => {
    const task = payload as TaskProgress;
    if (name !== 'progress' || task.taskId !== 'import-fetch') return;
    const now = Date.now();
    if (now - last < PROGRESS_EVERY_MS && task.done < task.total) return;
    last = now;
    process.stderr.write(`${task.label}: ${task.done}/${task.total}${task.message ? ` (${task.message})` : ''}\n`);
  });
  const stop = core.importer.queue.start();
  try {
    await core.importer.queue.idle();
  } finally {
    stop();
    stopListening();
  }
}

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

function describeStatus(status: ImportStatus, noFetch: boolean): string {
  const lines: string[] = [];
  if (status.done > 0) lines.push(`Fetched ${status.done} articles.`);
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
