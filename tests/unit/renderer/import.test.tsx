// @vitest-environment jsdom
import { fireEvent, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseExportFile, openImportDialog, type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp;
beforeEach(async () => {
  app = await renderApp();
});
afterEach(() => app.close());

const pocketCsv = [
  'title,url,time_added,tags,status',
  'Harbour talks resume,https://news.example/harbour-talks?utm_source=pocket_saves,1688628695,politics|port city,unread',
  'Harbour talks resume,https://news.example/harbour-talks#comments,1688000000,harbour,archive',
  'Slow journalism,https://essays.example/slow-journalism,1690000000,,unread',
  'A bookmarklet,javascript:alert(1),1701000001,,unread',
].join('\n');

describe('the import dialog', () => {
  it('previews an export file, imports it, and pauses and resumes the fetch of the articles’ text', async () => {
    const dialog = await openImportDialog();
    const preview = await chooseExportFile(dialog, new File([pocketCsv], 'pocket.csv', { type: 'text/csv' }));
    expect(preview.textContent).toContain('pocket.csv: Pocket export (CSV)');
    expect(within(preview).getByText('2 articles')).toBeTruthy();
    expect(within(preview).getByText('1 duplicate in the file, merged')).toBeTruthy();
    expect(within(preview).getByRole('list', { name: 'Skipped rows' }).textContent).toMatch(
      /the CSV file, row 5: it is a javascript: link/,
    );
    // Nothing was written by looking.
    expect(app.core.library.size).toBe(0);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect((await within(dialog).findByText(/Imported 2 new articles/)).textContent).toMatch(/Imported 2 new articles/);
    expect(app.core.library.size).toBe(2);
    const progress = await within(dialog).findByRole('region', { name: 'Fetching the articles’ text' });
    expect(within(progress).getByRole('status').textContent).toMatch(/0 of 2 — 2 to go\./);

    fireEvent.click(within(progress).getByRole('button', { name: 'Pause' }));
    await within(progress).findByRole('button', { name: 'Resume' });
    expect(within(progress).getByRole('status').textContent).toMatch(/2 to go \(paused\)/);
    expect(app.core.importer.queue.status().paused).toBe(true);
    fireEvent.click(within(progress).getByRole('button', { name: 'Resume' }));
    await within(progress).findByRole('button', { name: 'Pause' });
    expect(app.core.importer.queue.status().paused).toBe(false);
  });
});
