import { useEffect, useState } from 'react';
import { COMMAND_EVENT } from '../../../electron/contract/commands.ts';
import type { Settings, TaskProgress } from '../../../electron/contract/model.ts';
import { findCommand } from '../commands/registry.ts';
import { useCommands } from '../commands/use-commands.ts';
import { closeInnermostLayer } from '../lib/escape-layers.ts';
import { activatesControl, isTypingTarget, opensPalette } from '../lib/keys.ts';
import { resolveTheme } from '../lib/theme.ts';
import { usePrefersDark } from '../lib/use-prefers-dark.ts';
import { useReportScrolling } from '../lib/use-report-scrolling.ts';
import { useSidebar } from '../lib/use-sidebar.ts';
import { useServices, useUi } from '../state/app-context.tsx';
import { burstInvalidation } from '../state/burst-invalidation.ts';
import { keys, useInfo, useSettings } from '../state/queries.ts';
import { keepKeysForRequestedFields } from '../state/typed-ahead-requests.ts';
import { Button } from '../ui/Button.tsx';
import { TooltipLayer } from '../ui/Tooltip.tsx';
import { AboutDialog } from './AboutDialog.tsx';
import { AnnotationsPane } from './AnnotationsPane.tsx';
import { CommandPalette } from './CommandPalette.tsx';
import { DropZone } from './DropZone.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import { FeedSettingsDialog } from './FeedSettingsDialog.tsx';
import { FolderDialog } from './FolderDialog.tsx';
import { FollowFeedDialog } from './FollowFeedDialog.tsx';
import { GoToFeedDialog, GoToTagDialog } from './GoToDialog.tsx';
import { HelpDialog } from './HelpDialog.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { LibraryPane } from './LibraryPane.tsx';
import { ManageTagsDialog } from './ManageTagsDialog.tsx';
import { Reader } from './Reader.tsx';
import { SettingsDialog } from './SettingsDialog.tsx';
import { Sidebar, SidebarRail } from './Sidebar.tsx';
import { SkipSidebar } from './SkipSidebar.tsx';
import { StatusArea } from './StatusArea.tsx';
import { TagsDialog } from './TagsDialog.tsx';
import { EditEventDialog } from './timeline/EditEventDialog.tsx';
import { JoinEventDialog } from './timeline/JoinEventDialog.tsx';
import { SplitStoryDialog } from './timeline/SplitStoryDialog.tsx';
import { MergeStoryDialog, MoveArticleDialog } from './timeline/StoryPickerDialog.tsx';
import { TimelineView } from './timeline/TimelineView.tsx';

const TASK_LINGER_MS = 4_000;

export function App() {
  const { client, ui, queryClient, library, store } = useServices();
  const { run, runShortcut } = useCommands();
  const settings = useSettings();
  const info = useInfo();
  const openId = useUi((state) => state.openId);
  const dialog = useUi((state) => state.dialog);
  const pane = useUi((state) => state.pane);
  const prefersDark = usePrefersDark();
  const sidebar = useSidebar();
  const theme = resolveTheme(settings.data?.reader.theme ?? 'system', prefersDark);
  const [dismissedRecovery, setDismissedRecovery] = useState(false);
  useReportScrolling(client);

  // The core says what changed; the views follow (a burst of changes once, burst-invalidation.ts).
  useEffect(() => {
    const changed = burstInvalidation(queryClient);
    const stop = client.onEvent((name, payload) => {
      if (name === 'libraryChanged') {
        changed.invalidate(keys.library);
        changed.invalidate(keys.info);
        const ids = (payload as { ids?: string[] }).ids;
        for (const id of ids ?? []) changed.invalidate(keys.content(id));
        // Titles, the trash and tags change what timelines show.
        changed.invalidate(keys.timelineRoot);
      } else if (name === 'libraryMoved') {
        // The same library in another folder: everything shown is read again from there.
        void queryClient.invalidateQueries();
      } else if (name === 'timelineChanged') {
        changed.invalidate(keys.timelineRoot);
      } else if (name === 'settingsChanged') {
        if (library.settingsSettled()) queryClient.setQueryData<Settings>(keys.settings, payload as Settings);
      } else if (name === 'progress') {
        const task = payload as TaskProgress;
        ui.trackTask(task);
        if (task.taskId === 'import-fetch') void queryClient.invalidateQueries({ queryKey: keys.importStatus });
        // A failure stays until the reader dismisses it: one that went while they looked away was never told.
        if (task.state === 'done') setTimeout(() => ui.forgetTask(task.taskId), TASK_LINGER_MS);
      } else if (name === COMMAND_EVENT) {
        const command = findCommand(String((payload as { id?: unknown }).id));
        if (command) run(command);
      }
    });
    return () => {
      stop();
      changed.dispose();
    };
  }, [client, queryClient, ui, run, library]);

  // The tokens (styles/tokens.css) follow the theme: colours, and the colour scheme of scrollbars and controls.
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  useEffect(() => keepKeysForRequestedFields(store), [store]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      // The dialog of this instant, not of the last render: one just opened by a key has no field yet.
      if (store.getState().dialog !== null && !opensPalette(event)) return;
      // Esc closes the innermost thing: an open panel or popover, then a field's focus, then the view.
      if (event.key === 'Escape' && closeInnermostLayer()) {
        event.preventDefault();
        return;
      }
      if (isTypingTarget(event.target) && event.key !== 'Escape' && !opensPalette(event)) return;
      if (isTypingTarget(event.target) && event.key === 'Escape') {
        (event.target as HTMLElement).blur();
        return;
      }
      if (activatesControl(event)) return;
      if (runShortcut(event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, runShortcut]);

  // The same repair told twice (two files mended alike) is said once.
  const recovered = [...new Set(info.data?.recovered ?? [])];
  return (
    <DropZone>
      <div className="app">
        {sidebar.shown && <SkipSidebar />}
        {sidebar.shown ? <Sidebar /> : <SidebarRail />}
        <div className="main-column">
          {recovered.length > 0 && !dismissedRecovery && (
            <div className="banner banner-warning" role="alert">
              <div>
                <strong>Annals repaired your library when it opened.</strong>
                <ul>
                  {recovered.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </div>
              <Button variant="ghost" onClick={() => setDismissedRecovery(true)}>
                Dismiss
              </Button>
            </div>
          )}
          {settings.isError && (
            <div className="banner banner-error" role="alert">
              Annals could not reach its library: {settings.error.message}
            </div>
          )}
          {openId ? (
            <Reader key={openId} id={openId} theme={theme} />
          ) : pane === 'annotations' ? (
            <AnnotationsPane />
          ) : pane === 'timeline' ? (
            <TimelineView />
          ) : (
            <LibraryPane />
          )}
          <StatusArea />
        </div>
      </div>
      <TooltipLayer />
      {dialog === 'palette' && <CommandPalette />}
      {dialog === 'help' && <HelpDialog />}
      {dialog === 'settings' && <SettingsDialog />}
      {dialog === 'about' && <AboutDialog />}
      {dialog === 'tags' && <TagsDialog />}
      {dialog === 'manage-tags' && <ManageTagsDialog />}
      {dialog === 'export' && <ExportDialog />}
      {dialog === 'follow' && <FollowFeedDialog />}
      {dialog === 'feed-settings' && <FeedSettingsDialog />}
      {dialog === 'import' && <ImportDialog />}
      {dialog === 'folder-settings' && <FolderDialog />}
      {dialog === 'edit-event' && <EditEventDialog />}
      {dialog === 'join-event' && <JoinEventDialog />}
      {dialog === 'merge-story' && <MergeStoryDialog />}
      {dialog === 'split-story' && <SplitStoryDialog />}
      {dialog === 'move-article' && <MoveArticleDialog />}
      {dialog === 'go-to-tag' && <GoToTagDialog />}
      {dialog === 'go-to-feed' && <GoToFeedDialog />}
    </DropZone>
  );
}
