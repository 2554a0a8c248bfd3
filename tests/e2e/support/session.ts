// What every spec starts with: a fresh library folder, `annals serve` on it, the fixture web if the spec
// reads pages from it, and a page opened on the app; all of it stopped and removed after.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { AnnalsPage } from './annals-page.ts';
import { AppServer } from './app-server.ts';
import { throttleCpu } from './cpu-throttle.ts';
import { FixtureServer } from './fixture-server.ts';

export interface SessionOptions {
  /** Names the temporary folder: annals-e2e-<name>-…. */
  name: string;
  /** Starts the fixture web (tests/fixtures/pages on 127.0.0.1) beside the app. */
  web?: boolean;
  /** The window of a page the session opens itself, or resizes. */
  viewport?: { width: number; height: number };
  acceptDownloads?: boolean;
  /** The library's folder inside the temporary one ("library"), when the spec puts other things beside it. */
  libraryIn?: string;
  /** Writes files into the library before the app starts (a generated library). */
  beforeStart?(libraryDir: string): Promise<unknown>;
  /** Sets the library up through the API once the app runs, before the page opens it. */
  prepare?(appUrl: string, web: FixtureServer): Promise<void>;
  /** Opens the app in the page at once (the default); false for a spec that looks at its first load. */
  open?: boolean;
}

/** Annals in browser mode on a library of its own, with the page that reads it. */
export class AnnalsSession {
  readonly app: AppServer;
  page!: Page;
  annals!: AnnalsPage;
  private readonly fixtureWeb = new FixtureServer();
  private ownPage = false;

  private constructor(
    /** The temporary folder, removed at the end: the library, or the library and what the spec puts beside it. */
    readonly folder: string,
    readonly libraryDir: string,
    private readonly options: SessionOptions,
  ) {
    this.app = new AppServer(libraryDir);
  }

  /** The fixture web; only for a session started with `web: true`. */
  get web(): FixtureServer {
    if (!this.options.web)
      throw new Error(`the ${this.options.name} session has no fixture web: start it with web: true`);
    return this.fixtureWeb;
  }

  /**
   * Starts everything. Given the browser, opens a page of its own (closed at the end); given a test's
   * page, uses that one.
   */
  static async start(target: Browser | Page, options: SessionOptions): Promise<AnnalsSession> {
    const folder = mkdtempSync(path.join(os.tmpdir(), `annals-e2e-${options.name}-`));
    const libraryDir = options.libraryIn ? path.join(folder, options.libraryIn) : folder;
    const session = new AnnalsSession(folder, libraryDir, options);
    try {
      await options.beforeStart?.(libraryDir);
      if (options.web) await session.fixtureWeb.start();
      await session.app.start();
      if (options.prepare) await options.prepare(session.app.url, session.fixtureWeb);
      if ('newPage' in target) {
        session.page = await target.newPage({
          ...(options.viewport ? { viewport: options.viewport } : {}),
          ...(options.acceptDownloads ? { acceptDownloads: true } : {}),
        });
        session.ownPage = true;
      } else {
        session.page = target;
        if (options.viewport) await target.setViewportSize(options.viewport);
      }
      session.annals = new AnnalsPage(session.page);
      if (options.open !== false) await session.page.goto(session.app.url);
    } catch (error) {
      await session.stop();
      throw error;
    }
    return session;
  }

  async stop(): Promise<void> {
    if (this.ownPage) await this.page?.close();
    await this.app.stop();
    await this.fixtureWeb.stop();
    rmSync(this.folder, { recursive: true, force: true });
  }
}

/** A test on a session of its own: started on the test's page, stopped and removed however the test ends. */
export async function withAnnals(
  page: Page,
  options: SessionOptions,
  run: (session: AnnalsSession) => Promise<void>,
): Promise<void> {
  const session = await AnnalsSession.start(page, options);
  try {
    await throttleCpu(session.page);
    await run(session);
  } finally {
    await session.stop();
  }
}

/**
 * One session for all the tests of a spec, which then run in order on it: started before the first test
 * on a page of its own, handed to `ready` (which keeps what the tests use, and may fill the library or
 * open a view), stopped and removed after the last.
 */
export function useSharedSession(options: SessionOptions, ready: (session: AnnalsSession) => Promise<unknown>): void {
  let started: AnnalsSession | undefined;
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async ({ browser }) => {
    started = await AnnalsSession.start(browser, options);
    await ready(started);
    await throttleCpu(started.page);
  });
  test.afterAll(() => started?.stop());
}

/** Adds the sample articles from the welcome screen, as a new reader does, and waits until they are in. */
export async function addSampleArticles(annals: AnnalsPage): Promise<void> {
  await annals.page.getByRole('button', { name: 'Add sample articles' }).click();
  await expect(annals.toast(/Added \d+ sample articles/)).toBeVisible({ timeout: 60_000 });
}

/** Where a spec's screenshot goes: test-results/screenshots/<name>. */
export const shots = (name: string): string => path.join(test.info().project.outputDir, '..', 'screenshots', name);
