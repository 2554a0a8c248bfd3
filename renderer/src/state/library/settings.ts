import type { ReaderSettings, Settings, SortKey } from '../../../../electron/contract/model.ts';
import { errorMessage } from '../../api/client.ts';
import type { ActionKit } from '../mutate.ts';
import { keys } from '../query-keys.ts';

export interface SettingsPatch {
  reader?: Partial<ReaderSettings>;
  sort?: SortKey;
  sampleOffered?: boolean;
  savedSearches?: string[];
  feedRetentionDays?: number;
  allowLocalNetwork?: boolean;
}

/**
 * The reader's settings, shown changed at once. Writes go one at a time, so answers arrive in the
 * order the reader asked; while any is on its way, change events from the core are older than what
 * the screen shows and are ignored.
 */
export function settingsActions({ client, ui, queryClient }: ActionKit) {
  let settingsQueue: Promise<unknown> = Promise.resolve();
  let settingsWritesPending = 0;

  function setSettings(patch: SettingsPatch) {
    const previous = queryClient.getQueryData<Settings>(keys.settings);
    if (previous) {
      // Shown at once; the core's answer (or the rollback on failure) follows.
      queryClient.setQueryData<Settings>(keys.settings, {
        ...previous,
        ...(patch.sort ? { sort: patch.sort } : {}),
        ...(patch.sampleOffered !== undefined ? { sampleOffered: patch.sampleOffered } : {}),
        ...(patch.savedSearches ? { savedSearches: patch.savedSearches } : {}),
        ...(patch.feedRetentionDays ? { feedRetentionDays: patch.feedRetentionDays } : {}),
        ...(patch.allowLocalNetwork !== undefined ? { allowLocalNetwork: patch.allowLocalNetwork } : {}),
        reader: { ...previous.reader, ...patch.reader },
      });
    }
    settingsWritesPending++;
    const write = settingsQueue.then(async () => {
      try {
        const answer = await client.call('settings.set', patch);
        if (settingsWritesPending === 1) queryClient.setQueryData(keys.settings, answer);
      } catch (error) {
        if (previous) queryClient.setQueryData(keys.settings, previous);
        ui.toast(errorMessage(error), 'error');
      } finally {
        settingsWritesPending--;
      }
    });
    settingsQueue = write;
    return write;
  }

  return {
    setSettings,
    declineSample: () => setSettings({ sampleOffered: true }),
    /** Whether a settings change event may be applied (none of ours is still on its way). */
    settingsSettled: () => settingsWritesPending === 0,
  };
}
