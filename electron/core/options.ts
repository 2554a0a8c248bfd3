// How a shell opens the core: its own module so the handlers can read the options without importing index.ts.
import type { MethodOutput } from '../contract/index.ts';
import type { PauseClock } from './concurrency/reader-activity.ts';
import type { SettingsStore } from './settings/types.ts';
import type { Device } from './sync/device.ts';
import type { TimelineThreadOptions } from './timeline/timeline-thread.ts';

export type Shell = 'electron' | 'browser' | 'cli' | 'test';

export interface CoreOptions {
  libraryDir: string;
  /**
   * This computer (or profile), kept by the shell outside the library (ANNALS_DEVICE_ID overrides it):
   * the core writes only files of its own device, so a synced library never needs a winner picked.
   */
  device: Device;
  /**
   * device.json in the app's folder, where a new name for this device is kept (sync.renameDevice); absent
   * when ANNALS_DEVICE_ID names the device for this run, which cannot be renamed then.
   */
  deviceFile?: string;
  /** By default settings live in the library, per device; a test may hand in a store of its own. */
  settings?: SettingsStore;
  shell: Shell;
  version: string;
  /** The app's assets/ folder (sample library). */
  assetsDir: string;
  now?: () => Date;
  /**
   * Settings › Network turned on for this run, whatever the settings say (ANNALS_ALLOW_PRIVATE_NETWORK=1: tests
   * against a local fixture server).
   */
  allowPrivateNetwork?: boolean;
  validateOutput?: boolean;
  /** Where backups are written when no path is given (else the reader's Downloads, else beside the library). */
  backupDir?: string;
  /** Read without taking the writer lock (CLI reads while the app runs). */
  readOnly?: boolean;
  /**
   * Timelines and stories answer only once every article's events are found: a one-shot command has no
   * background to fill them in later. The app answers at once with the events stored (see event-catch-up.ts).
   */
  waitForEvents?: boolean;
  /**
   * Where the timeline reads articles' texts and merges stories: on the core's thread unless told to use a worker
   * (timeline-thread.ts).
   */
  timelineThread?: TimelineThreadOptions;
  /**
   * The pointer file (library-location.json in the app's folder) that names the default library: given when
   * this library is the default one, so a move makes every Annals on this computer follow it.
   */
  libraryLocationFile?: string;
  /** How background work's pauses for a scrolling reader tell time (app.readerActive): a test's own clock in tests. */
  pauseClock?: PauseClock;
  /** Set by openMovableCore: moves the library and reopens the core there (library.move). */
  moveLibrary?: (to: string) => Promise<MethodOutput<'library.move'>>;
}
