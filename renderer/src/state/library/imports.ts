import { ApiCallError, errorMessage } from '../../api/client.ts';
import { fileBase64 } from '../../lib/file-base64.ts';
import type { ActionKit } from '../mutate.ts';
import { keys } from '../query-keys.ts';

/** Importing an export file from another service, and the background fetch of its articles' text. */
export function importActions({ client, ui, attempt, mutate, invalidate }: ActionKit) {
  return {
    /** What importing an export file would do; says why when it cannot be imported. */
    async previewImport(file: File) {
      return attempt(async () =>
        client.call('import.preview', { fileName: file.name, base64: await fileBase64(file, file.name) }),
      );
    },

    /** A dropped .html file (its bytes as base64) that is an export (Pocket HTML, bookmarks): its preview; null for a web page. */
    async importPreviewOfPage(base64: string, fileName: string) {
      try {
        return await client.call('import.preview', { fileName, base64 });
      } catch (error) {
        if (error instanceof ApiCallError && error.code === 'UNSUPPORTED_CONTENT') return null;
        ui.toast(errorMessage(error), 'error');
        return undefined;
      }
    },

    async runImport(previewId: string) {
      const result = await mutate({
        run: () => client.call('import.run', { previewId }),
        refresh: [keys.library, keys.info, keys.importStatus],
      });
      return result ?? null;
    },

    // The status is read again even when pausing or retrying failed: it says what really happened.
    async pauseImport() {
      await attempt(() => client.call('import.pause', {}));
      await invalidate([keys.importStatus]);
    },

    async resumeImport() {
      await attempt(() => client.call('import.resume', {}));
      await invalidate([keys.importStatus]);
    },

    /** Fetches again the imported articles that failed: these, or all of them. */
    async retryImport(ids?: string[]) {
      await attempt(() => client.call('import.retry', ids ? { ids } : {}));
      await invalidate([keys.library, keys.importStatus]);
    },
  };
}
