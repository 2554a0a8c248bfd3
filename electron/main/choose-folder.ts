import type { InvokeSender } from './ipc-invoke.ts';
import { isTrustedSender } from './trusted-sender.ts';

/** What Electron's folder dialog answers. */
export interface FolderDialogAnswer {
  canceled: boolean;
  filePaths: string[];
}

/**
 * The folder picker of "Move library to…", without Electron: only our own page's top frame may open it
 * (anything else gets no dialog); answers the folder chosen, or null.
 */
export async function chooseFolderFor(
  sender: InvokeSender,
  show: () => Promise<FolderDialogAnswer>,
): Promise<string | null> {
  if (!sender.fromOurWindow || !isTrustedSender(sender.frameUrl, sender.isMainFrame)) return null;
  const answer = await show();
  return answer.canceled ? null : (answer.filePaths[0] ?? null);
}
