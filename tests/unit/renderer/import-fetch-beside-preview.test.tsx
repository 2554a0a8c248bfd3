// @vitest-environment jsdom
// An import's articles are still being fetched when the reader chooses a second file in the Import dialog: the
// dialog showed the second file's preview and nothing of the fetch, and the corner leaves the fetch to the open
// dialog, so it was told nowhere, neither going nor ended. The dialog keeps telling it beside the preview.
import { act, fireEvent, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { chooseExportFile, openImportDialog, type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp;
beforeEach(async () => {
  app = await renderApp();
});
afterEach(() => app.close());

const csv = (rows: string[]) => ['title,url,time_added,tags,status', ...rows].join('\n');
const firstExport = csv([
  'Harbour talks resume,https://news.example/harbour-talks,1688628695,,unread',
  'Slow journalism,https://essays.example/slow-journalism,1690000000,,unread',
]);
const secondExport = csv(['River levels,https://news.example/river-levels,1691000000,,unread']);

const csvFile = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

it('tells an earlier import’s fetch, going and then ended, while the dialog previews a second file', async () => {
  const dialog = await openImportDialog();
  await chooseExportFile(dialog, csvFile('first.csv', firstExport));
  fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
  await within(dialog).findByText(/Imported 2 new articles/);

  const preview = await chooseExportFile(dialog, csvFile('second.csv', secondExport));
  expect(preview.textContent).toContain('second.csv');
  const fetching = within(dialog).getByRole('region', { name: /Fetching the text of/ });
  expect(within(fetching).getByRole('progressbar', { name: 'Articles fetched' })).toBeTruthy();
  expect(within(fetching).getByRole('status').textContent).toMatch(/0 of 2 — 2 to go\./);

  // The fetch ends (the articles' text stored) while the second file is still only previewed.
  const queue = app.core.importer.queue;
  await act(() => queue.complete(queue.waitingArticles().map((article) => article.id)));
  expect((await within(fetching).findByText(/Done: 2 fetched\./)).textContent).toMatch(/Done: 2 fetched\./);
  // The second file's preview is still there to import.
  expect(within(dialog).getByRole('button', { name: 'Import' })).toBeTruthy();
});
