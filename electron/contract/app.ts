import { z } from 'zod';
import { method } from './method.ts';
import { ReaderSettings, Settings, SortKey } from './model.ts';

/** The app itself: facts about it and this library, the tokens of its browser connections. */
export const appApi = {
  'app.info': method(
    z.object({}),
    z.object({
      version: z.string(),
      shell: z.enum(['electron', 'browser', 'cli', 'test']),
      libraryPath: z.string(),
      articleCount: z.number().int(),
      sampleInstalled: z.boolean(),
      /** Unread articles in the views that can hold them (archived articles are never unread). */
      unread: z.object({ inbox: z.number().int(), favorites: z.number().int(), all: z.number().int() }),
      /** Only set where a loopback server is running (browser mode, or the desktop app's save-from-browser server). */
      server: z.object({ origin: z.string(), token: z.string() }).nullable(),
      recovered: z.array(z.string()),
    }),
    'Facts about this app and library.',
  ),
  'app.renewSaveToken': method(
    z.object({}),
    z.object({ origin: z.string(), token: z.string() }),
    'Give saving from the browser a new token: browsers connected with the old one must connect again.',
  ),
  'app.renewAccessToken': method(
    z.object({}),
    z.object({ url: z.string() }),
    'Give browser mode a new address (a new access token): the old address, its bookmarks and pages open on it stop working.',
  ),
} as const;

/** The reader's and the app's settings. */
export const settingsApi = {
  'settings.get': method(z.object({}), Settings, 'Reader and app settings.'),
  'settings.set': method(
    z.object({
      reader: ReaderSettings.partial().optional(),
      sort: SortKey.optional(),
      sampleOffered: z.boolean().optional(),
      savedSearches: z.array(z.string().trim().min(1).max(1_000)).max(50, 'at most 50 saved searches').optional(),
      feedRetentionDays: z.number().int().min(1).max(3_650).optional(),
      allowLocalNetwork: z.boolean().optional(),
    }),
    Settings,
    'Change some settings; answers all of them.',
  ),
} as const;
