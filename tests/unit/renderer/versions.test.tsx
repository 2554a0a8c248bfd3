// @vitest-environment jsdom
import { cp, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleSummary, ArticleVersion } from '../../../electron/contract/index.ts';
import { libraryWithPages, type RenderedApp, renderApp } from './support.tsx';

// The seed article as first saved, and saved again after its publisher edited it (an editor's note, one word).
const address = 'https://worlddesk.example/2025/05/15/kremlin-confirms-putin-skips-turkey-talks/';

/** The library with the seed article saved twice, its events found: made once, each test opens the app on a copy. */
let savedTwice: Awaited<ReturnType<typeof libraryWithPages>>;
beforeAll(async () => {
  savedTwice = await libraryWithPages([
    { file: 'seed-article.html', url: address },
    { file: 'seed-article-edited.html', url: address },
  ]);
}, 120_000);
afterAll(() => savedTwice.cleanup());

let app: RenderedApp;
beforeEach(async () => {
  app = await renderApp({ beforeOpen: (dir) => cp(savedTwice.dir, dir, { recursive: true }) });
});
afterEach(() => app.close());

/** The article saved twice. */
async function theArticle(): Promise<ArticleSummary> {
  const envelope = await app.core.dispatch('library.list', { view: 'all' });
  if (!envelope.ok) throw new Error(envelope.error.message);
  const [article, ...more] = (envelope.value as { articles: ArticleSummary[] }).articles;
  if (!article || more.length > 0) throw new Error('the library holds the one article saved twice');
  return article;
}

async function openInReader(): Promise<HTMLElement> {
  const list = await screen.findByRole('listbox', { name: 'Articles' });
  fireEvent.click(await within(list).findByRole('option', { name: /Kremlin Confirms/ }));
  return screen.findByRole('main', { name: 'Reader' });
}

async function versionsOf(id: string): Promise<ArticleVersion[]> {
  const envelope = await app.core.dispatch('article.versions', { id });
  if (!envelope.ok) throw new Error(envelope.error.message);
  return (envelope.value as { versions: ArticleVersion[] }).versions;
}

async function showVersions(reader: HTMLElement): Promise<HTMLElement> {
  // The reader opens the article first: on a busy machine that can take more than a second.
  fireEvent.click(await within(reader).findByRole('button', { name: 'Versions (2)' }, { timeout: 10_000 }));
  return within(reader).findByRole('region', { name: 'Versions of this article' });
}

describe('the versions of an article in the reader', () => {
  it('lists every text with its date and length, the current one marked', async () => {
    const reader = await openInReader();
    const panel = await showVersions(reader);
    const rows = within(panel).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toMatch(/\d+ words.*Current/);
    expect(rows[1]!.textContent).toMatch(/\d{4}.*\d+ words/);
    expect(within(rows[1]!).getByRole('button', { name: /^Open the version saved / })).toBeTruthy();
  });

  it('opens an earlier text read-only, with its words against the current text’s, and goes back', async () => {
    const reader = await openInReader();
    const panel = await showVersions(reader);
    fireEvent.click(within(panel).getByRole('button', { name: /^Open the version saved / }));

    const earlier = await within(reader).findByRole('region', { name: 'Earlier version' });
    expect(earlier.textContent).toMatch(/Read-only: this is not the text shown now/);
    expect(within(reader).queryByTitle('Article text')).toBeNull();
    const changes = within(earlier).getByRole('document', { name: 'Changes from this version to the current text' });
    const removed = within(changes)
      .getAllByTitle('Only in this version')
      .map((run) => run.textContent);
    const added = within(changes)
      .getAllByTitle('Added since this version')
      .map((run) => run.textContent);
    expect(removed.join(' ')).toContain('CNN');
    expect(added.join(' ')).toContain('reporters');
    expect(added.join(' ')).toMatch(/Editor’s note/);
    expect(earlier.textContent).toMatch(/Since this version: \d+ words added, 1 removed\./);

    fireEvent.click(within(earlier).getByRole('button', { name: 'Show changes' }));
    const plain = within(earlier).getByRole('document', { name: 'Text of this version' });
    expect(plain.textContent).toContain('Peskov told CNN “no.”');
    expect(plain.textContent).not.toContain('Editor’s note');

    fireEvent.click(within(earlier).getByRole('button', { name: 'Back to the current text' }));
    expect(await within(reader).findByTitle('Article text')).toBeTruthy();
    expect(within(reader).queryByRole('region', { name: 'Earlier version' })).toBeNull();
  });

  it('removes an earlier text only once the reader confirms', async () => {
    const saved = await theArticle();
    const reader = await openInReader();
    let panel = await showVersions(reader);
    fireEvent.click(within(panel).getByRole('button', { name: /^Remove the version saved / }));
    fireEvent.click(
      within(await within(panel).findByRole('alertdialog', { name: 'Remove this version?' })).getByRole('button', {
        name: 'Keep it',
      }),
    );
    expect(within(panel).queryByRole('alertdialog')).toBeNull();
    expect(await versionsOf(saved.id)).toHaveLength(2);

    panel = within(reader).getByRole('region', { name: 'Versions of this article' });
    fireEvent.click(within(panel).getByRole('button', { name: /^Remove the version saved / }));
    const confirm = await within(panel).findByRole('alertdialog', { name: 'Remove this version?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Remove version' }));
    await waitFor(async () => expect(await versionsOf(saved.id)).toHaveLength(1));
    await waitFor(() =>
      expect(
        screen.getAllByRole('status').some((toast) => /Removed the version saved/.test(toast.textContent ?? '')),
      ).toBe(true),
    );
    await waitFor(() => expect(within(reader).queryByRole('button', { name: /^Versions/ })).toBeNull());
  });

  it('offers an earlier version when the current text was found empty', async () => {
    const saved = await theArticle();
    const current = (await versionsOf(saved.id)).find((version) => version.current)!;
    const folder = join(app.core.library.paths.root, 'articles', saved.id, 'versions');
    expect(await readdir(folder)).toContain(`${current.versionId}.txt`);
    await writeFile(join(folder, `${current.versionId}.txt`), '');
    const reader = await openInReader();
    const notice = await within(reader).findByRole('region', { name: 'Text missing' }, { timeout: 10_000 });
    expect(notice.textContent).toMatch(/stored text is missing or empty/);
    expect(within(notice).getByRole('button', { name: 'Fetch again' })).toBeTruthy();
    fireEvent.click(await within(notice).findByRole('button', { name: 'Open an earlier version' }));
    const earlier = await within(reader).findByRole('region', { name: 'Earlier version' });
    fireEvent.click(within(earlier).getByRole('button', { name: 'Show changes' }));
    expect(within(earlier).getByRole('document', { name: 'Text of this version' }).textContent).toContain(
      'Peskov told CNN',
    );
  });
});
