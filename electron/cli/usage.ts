// What `annals --help` prints: every command, in the README's words.
export const usage = `Usage: annals <command> [options]

Commands:
  add <url|file.html>...        save articles to the library
  extract <url|file.html>...    extract articles without saving them
  list                          list the library
  show <id> [--text|--html] [--version <version-id>]
                                show one article (or one of its earlier texts)
  versions <id>                 every text the article has had, newest first
  tag <id> <tag>... [--remove]  add tags to an article (or take them off)
  archive|unarchive <id>...     archive articles, or move them back to the Inbox
  favorite|unfavorite <id>...   mark articles favorite, or not
  read|unread <id>...           mark articles read or unread
  note <id> [--text "…"]        write the article's note (Markdown; "" removes it), or print it
  delete <id>...                move articles to the trash (kept 30 days)
  duplicates [--merge]          pages saved more than once (before a page had one key); --merge keeps
                                the one saved first with every text, tag, highlight and note of the others
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
                                the library's timeline (or one story's, tag's or entity's);
                                with --json: events with their sources, cited articles by id
  stories                       without inputs: the library's stories
  import <file> [--from pocket|instapaper|omnivore|wallabag|readwise|bookmarks|opml] [--no-fetch]
                                import another service's export (the format is found from the file);
                                the text the export carries is stored; the other articles' pages are
                                fetched before exiting unless --no-fetch (the app fetches them later)
  backup [--out FILE.zip]       back up the whole library (default: “Annals backup YYYY-MM-DD.zip”
                                in $ANNALS_BACKUP_DIR, else Downloads)
  restore <backup.zip>          restore a backup: as it was into an empty library, merged into a used one
  sync status                   this device, the others that write to the library (a synced folder),
                                conflict copies merged and articles still arriving
  move-library <folder>         move the library to a new or empty folder (one a sync tool carries);
                                the old one is kept aside, renamed <old>.moved-YYYY-MM-DD
  serve [--port N] [--open]     start browser mode and print its address

Options:
  --library DIR   library folder (default: $ANNALS_LIBRARY, else the desktop app's library)
  --json          machine-readable output
  -h, --help      this help`;
