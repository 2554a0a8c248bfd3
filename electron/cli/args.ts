import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export const usage = `Usage: annals <command> [options]

Commands:
  add <url|file.html>...        save articles to the library
  extract <url|file.html>...    extract articles without saving them
  list                          list the library
  show <id> [--text|--html]     show one article
  tag <id> <tag>... [--remove]  add tags to an article (or take them off)
  highlight <id> --quote "exact text" [--note "…"] [--color yellow|green|blue|pink|purple]
                                highlight words of an article
  annotations [<id>]            list highlights and notes (of one article, or all)
  export annotations --format md|jsonld|csv|html [--article <id>] [--tag <t>] --out PATH
                                export annotations (md: a folder, one file per article)
  search <query...> [--limit N] search the library: words, "phrases", -word, tag:, site:, author:,
                                is:unread|read|archived|favorite, has:highlights|notes, before:, after:
  feed add <url> [--allow-private-network]   follow a feed (or the feed a page announces)
  feed list | feed refresh [<feed-id> | --folder "News / Local"] | feed remove <feed-id>
  feed import <file.opml> | feed export --format opml --out PATH
  events <url|file.html>... [--published YYYY-MM-DD] [--saved YYYY-MM-DD]
                                the dated events each page reports (without saving it)
  stories <dir|file.html>...    group pages into stories, with their merged events
  timeline [--story <id>|--tag <t>|--entity <name>] [--format md|csv|timelinejs] [--out PATH]
                                the library's timeline (or one story's, tag's or entity's)
  stories                       without inputs: the library's stories
  import <file> [--from pocket|instapaper|omnivore|wallabag|readwise|bookmarks|opml] [--no-fetch]
                                import another service's export (the format is found from the file);
                                articles' text is fetched before exiting unless --no-fetch
  backup [--out FILE.zip]       back up the whole library (default: “Annals backup YYYY-MM-DD.zip”
                                in $ANNALS_BACKUP_DIR, else Downloads)
  restore <backup.zip>          restore a backup: as it was into an empty library, merged into a used one
  serve [--port N] [--open]     start browser mode and print its address

Options:
  --library DIR   library folder (default: $ANNALS_LIBRARY, else the desktop app's library)
  --json          machine-readable output
  -h, --help      this help`;

export interface CliArgs {
  command: string;
  inputs: string[];
  library: string | undefined;
  json: boolean;
  text: boolean;
  html: boolean;
  port: number | undefined;
  open: boolean;
  help: boolean;
  remove: boolean;
  quote: string | undefined;
  note: string | undefined;
  color: string | undefined;
  format: string | undefined;
  article: string | undefined;
  tag: string | undefined;
  out: string | undefined;
  limit: number | undefined;
  allowPrivateNetwork: boolean;
  published: string | undefined;
  saved: string | undefined;
  story: string | undefined;
  entity: string | undefined;
  from: string | undefined;
  noFetch: boolean;
  folder: string | undefined;
}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  const [command = '', ...inputs] = positionals;
  let port: number | undefined;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535)
      throw new UsageError(`--port must be a number from 0 to 65535, not “${values.port}”`);
  }
  let limit: number | undefined;
  if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500)
      throw new UsageError(`--limit must be a number from 1 to 500, not “${values.limit}”`);
  }
  return {
    limit,
    allowPrivateNetwork: values['allow-private-network'] ?? false,
    from: values.from,
    noFetch: values['no-fetch'] ?? false,
    command,
    inputs,
    library: values.library,
    json: values.json ?? false,
    text: values.text ?? false,
    html: values.html ?? false,
    port,
    open: values.open ?? false,
    help: values.help ?? false,
    remove: values.remove ?? false,
    quote: values.quote,
    note: values.note,
    color: values.color,
    format: values.format,
    article: values.article,
    tag: values.tag,
    out: values.out,
    published: isoDay(values.published, '--published'),
    saved: isoDay(values.saved, '--saved'),
    story: values.story,
    entity: values.entity,
    folder: values.folder,
  };
}

function isoDay(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`${option} must be a date written YYYY-MM-DD, not “${value}”`);
  }
  return value;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      library: { type: 'string' },
      json: { type: 'boolean' },
      text: { type: 'boolean' },
      html: { type: 'boolean' },
      port: { type: 'string' },
      open: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      remove: { type: 'boolean' },
      quote: { type: 'string' },
      note: { type: 'string' },
      color: { type: 'string' },
      format: { type: 'string' },
      article: { type: 'string' },
      tag: { type: 'string' },
      out: { type: 'string' },
      limit: { type: 'string' },
      'allow-private-network': { type: 'boolean' },
      published: { type: 'string' },
      saved: { type: 'string' },
      story: { type: 'string' },
      entity: { type: 'string' },
      from: { type: 'string' },
      'no-fetch': { type: 'boolean' },
      folder: { type: 'string' },
    },
  });
}
