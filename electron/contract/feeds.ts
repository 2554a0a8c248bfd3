import { z } from 'zod';
import { method } from './method.ts';
import { Feed, FeedId, HttpUrl } from './model.ts';

/** A folder of feeds, from the top: ["News", "Local"]; [] is the top level. */
const FolderPath = z.array(z.string().trim().min(1).max(100)).max(10, 'folders go at most 10 deep');
/** An OPML file of a few thousand feeds. */
const OPML_BODY = { maxBodyBytes: 16 * 1024 * 1024 };

/** Feeds followed: subscriptions, their folders and order, refreshing, OPML. */
export const feedsApi = {
  'feeds.list': method(
    z.object({}),
    z.object({
      /** In the reader's order. */
      feeds: z.array(Feed.extend({ unread: z.number().int(), items: z.number().int() })),
      /** The folders that hold feeds, in the reader's order (top-level feeds come before them). */
      folders: z.array(z.array(z.string())),
    }),
    'The feeds followed, in the reader’s order, with how many of their articles are unread.',
  ),
  'feeds.add': method(
    z.object({
      url: HttpUrl,
      allowPrivateNetwork: z.boolean().default(false),
      folderPath: FolderPath.default([]),
    }),
    z.object({
      feed: Feed.nullable(),
      newItems: z.number().int(),
      /** When the address is a page offering several feeds: pick one and add it. */
      choices: z.array(z.object({ url: z.string(), title: z.string(), type: z.enum(['rss', 'atom', 'json']) })),
      /** The feed is on this computer or the local network (at `address`): follow it with allowPrivateNetwork once the reader agrees. */
      localNetwork: z.object({ url: z.string(), address: z.string() }).nullable(),
    }),
    'Follow a feed, by its address or the address of any page of its site; a local one only once the reader agrees.',
  ),
  'feeds.remove': method(
    z.object({ id: FeedId }),
    z.object({ feed: Feed }),
    'Stop following a feed; its articles stay.',
  ),
  'feeds.update': method(
    z.object({
      id: FeedId,
      title: z.string().trim().min(1).max(200).optional(),
      folderPath: FolderPath.optional(),
      refreshMinutes: z.number().int().min(5).max(10_080).optional(),
      /** The reader lets this feed reach this computer or the local network (asked again after a restore). */
      allowPrivateNetwork: z.boolean().optional(),
    }),
    z.object({ feed: Feed }),
    'Rename a feed, move it to a folder, change how often it is refreshed or whether it may reach the local network.',
  ),
  'feeds.restore': method(z.object({ feed: Feed }), z.object({ feed: Feed }), 'Follow a removed feed again (undo).'),
  'feeds.move': method(
    z.object({ id: FeedId, folderPath: FolderPath, beforeId: FeedId.nullable().default(null) }),
    z.object({ feed: Feed }),
    'Move a feed into a folder ([] for the top level), just before another feed of it or at its end.',
  ),
  'feeds.moveFolder': method(
    z.object({ folderPath: FolderPath.min(1), before: FolderPath.min(1).nullable().default(null) }),
    z.object({ folders: z.array(z.array(z.string())) }),
    'Move a folder of feeds just before another folder, or to the end.',
  ),
  'feeds.refresh': method(
    z
      .object({ id: FeedId.optional(), folderPath: FolderPath.min(1).optional() })
      .refine((input) => !(input.id && input.folderPath), 'refresh either one feed or one folder, not both'),
    z.object({
      results: z.array(
        z.object({
          feedId: z.string(),
          title: z.string(),
          ok: z.boolean(),
          newItems: z.number().int(),
          error: z.string().optional(),
        }),
      ),
    }),
    'Fetch new items of one feed, one folder or all of them; a failing feed says why and the others go on.',
  ),
  'feeds.importOpml': method(
    z.object({ xml: z.string().min(1).max(5_000_000, 'that OPML file is larger than 5 MB') }),
    z.object({ added: z.number().int(), skipped: z.number().int() }),
    'Follow every feed of an OPML file (folders kept).',
    OPML_BODY,
  ),
  'feeds.exportOpml': method(z.object({}), z.object({ opml: z.string() }), 'The feeds followed, as OPML.'),
} as const;
