import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/** The Annals UI as a reader sees it: found by roles and labels, never by CSS classes. */
export class AnnalsPage {
  constructor(readonly page: Page) {}

  get saveField(): Locator {
    return this.page.getByRole('textbox', { name: 'Save a link' });
  }

  get list(): Locator {
    return this.page.getByRole('listbox', { name: 'Articles' });
  }

  article(title: string | RegExp): Locator {
    return this.list.getByRole('option', { name: title });
  }

  get reader(): Locator {
    return this.page.getByRole('main', { name: 'Reader' });
  }

  get articleText(): FrameLocator {
    return this.page.frameLocator('iframe[title="Article text"]');
  }

  view(name: 'Inbox' | 'Favorites' | 'Archive' | 'All articles'): Locator {
    return this.page.getByRole('navigation', { name: 'Library views' }).getByRole('button', { name });
  }

  get feeds(): Locator {
    return this.page.getByRole('navigation', { name: 'Feeds' });
  }

  /** A feed's entry in the sidebar (the row that is dragged), by the feed's name. */
  feedRow(title: string): Locator {
    return this.feeds
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name: `Settings of ${title}`, exact: true }) });
  }

  /** A folder's heading in the sidebar (dragged to reorder folders), by its name as shown. */
  folderRow(label: string): Locator {
    return this.feeds.getByRole('button', { name: `Folder ${label}`, exact: true }).locator('..');
  }

  /** The sidebar's feeds and folders from top to bottom: "Almanac", "[News]", "Bugle"… */
  async feedOrder(): Promise<string[]> {
    return this.feeds.getByRole('button', { name: /^(Settings of|Folder) / }).evaluateAll((buttons) =>
      buttons.map((button) => {
        const label = button.getAttribute('aria-label') ?? '';
        return label.startsWith('Folder ') ? `[${label.slice(7)}]` : label.slice('Settings of '.length);
      }),
    );
  }

  /** Calls the app's API with the page's own token, as the app itself does (to set a library up quickly). */
  async call<T>(method: string, input: unknown): Promise<T> {
    const envelope = await this.page.evaluate(
      async ([name, body]) => {
        const response = await fetch(`/api/${name}`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'X-Annals-Token': sessionStorage.getItem('annals.token') ?? '',
          },
          body: JSON.stringify(body),
        });
        return response.json();
      },
      [method, input] as const,
    );
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
    return envelope.value as T;
  }

  toast(text: string | RegExp): Locator {
    return this.page.locator('.toasts').getByText(text);
  }

  /** Clicks Undo on the toast that reports `text`. */
  async undo(text: string | RegExp): Promise<void> {
    await this.page.getByRole('status').filter({ hasText: text }).getByRole('button', { name: 'Undo' }).click();
  }

  /** Closes the notes in the corner (they sit over the page, as toasts do). */
  async dismissToasts(): Promise<void> {
    const dismiss = this.page.getByRole('button', { name: 'Dismiss' });
    while ((await dismiss.count()) > 0) await dismiss.first().click();
  }

  async saveUrl(url: string): Promise<void> {
    // Earlier notes would answer for this save: clear them first.
    await this.dismissToasts();
    await this.saveField.fill(url);
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.toast(/^(Saved|Updated) “/)).toBeVisible();
  }

  async open(title: string | RegExp): Promise<void> {
    await this.article(title).click();
    await expect(this.reader).toBeVisible();
  }

  async backToList(): Promise<void> {
    await this.reader.getByRole('button', { name: /Library/ }).click();
    await expect(this.list).toBeVisible();
  }

  /**
   * Where words of the article stand once they have stopped moving (its fonts in, the last reflow done): a drag aimed
   * at a box measured mid-reflow can land between lines and select nothing.
   */
  async steadyBox(words: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
    await words.scrollIntoViewIfNeeded();
    await this.articleText.locator('body').evaluate(() => document.fonts.ready.then(() => undefined));
    let box = await words.boundingBox();
    await expect
      .poll(async () => {
        const before = box;
        box = await words.boundingBox();
        return (
          before !== null && box !== null && before.x === box.x && before.y === box.y && before.width === box.width
        );
      })
      .toBe(true);
    if (!box) throw new Error('the words have no box');
    return box;
  }

  /**
   * Presses the mouse at one point, drags to another and lets go: a real drag, as Chromium's input
   * sees it. Sent through CDP because Playwright's mouse, while a button is down, runs a script in
   * every frame to watch for drag-and-drop, and the article frame (no allow-scripts) never answers.
   */
  async drag(from: { x: number; y: number }, to: { x: number; y: number }, steps = 10): Promise<void> {
    const cdp = await this.page.context().newCDPSession(this.page);
    const send = (type: string, x: number, y: number, buttons: number) =>
      cdp.send('Input.dispatchMouseEvent', {
        type: type as 'mouseMoved',
        x,
        y,
        button: 'left',
        buttons,
        clickCount: 1,
      });
    await send('mouseMoved', from.x, from.y, 0);
    await send('mousePressed', from.x, from.y, 1);
    for (let i = 1; i <= steps; i++) {
      await send('mouseMoved', from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps, 1);
    }
    await send('mouseReleased', to.x, to.y, 0);
    await cdp.detach();
  }

  /** Opens the timeline of a story listed in the sidebar. */
  async openStory(name: string | RegExp): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Stories' }).getByRole('button', { name }).click();
    await expect(this.page.getByRole('main').getByRole('article').first()).toBeVisible();
  }

  /** Runs a command from the palette (Ctrl/⌘+K), found by its name. */
  async runCommand(name: string): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+k');
    await this.page.getByRole('combobox', { name: 'Type a command' }).fill(name);
    await this.page.keyboard.press('Enter');
  }

  /** The words marked in the article as the sentence of the timeline event it was opened at. */
  async markedSentence(): Promise<string> {
    const frame = this.page.frame({ url: /about:srcdoc/ });
    if (!frame) return '';
    return frame.evaluate(() =>
      [...document.querySelectorAll('mark.annals-event')]
        .map((mark) => mark.textContent)
        .join('')
        .replace(/\s+/g, ' '),
    );
  }

  /** Whether every image in the article frame has loaded (and there is at least one). */
  async articleImagesLoaded(): Promise<boolean> {
    const frame = this.page.frame({ url: /about:srcdoc/ });
    if (!frame) return false;
    return frame.evaluate(() => {
      const images = [...document.images];
      return images.length > 0 && images.every((image) => image.complete && image.naturalWidth > 0);
    });
  }
}
