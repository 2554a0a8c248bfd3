// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { writeDuplicatePair } from '../helpers/duplicates.ts';
import { openSettingsSection, type RenderedApp, renderApp } from './support.tsx';

let app: RenderedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const articleCount = async () => {
  const envelope = await app!.core.dispatch('library.list', { view: 'all' });
  if (!envelope.ok) throw new Error(envelope.error.message);
  return (envelope.value as { total: number }).total;
};

describe('Settings › Library: merge duplicate articles', () => {
  it('says how many duplicates there are, merges them on request and undoes the merge', async () => {
    app = await renderApp({ beforeOpen: (dir) => writeDuplicatePair(dir) });
    const library = await openSettingsSection('Library');
    await within(library).findByText('1 duplicate article found: 1 page saved more than once.');

    fireEvent.click(within(library).getByRole('button', { name: 'Merge duplicate articles' }));
    // Merging writes versions and moves highlights: slow on a busy machine.
    await within(library).findByText('No duplicate articles: every page is saved once.', undefined, {
      timeout: 15_000,
    });
    expect(within(library).getByRole('button', { name: 'Merge duplicate articles' })).toHaveProperty('disabled', true);
    expect(await articleCount()).toBe(1);

    await screen.findByText('Merged 1 duplicate article into 1 article');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await within(library).findByText('1 duplicate article found: 1 page saved more than once.', undefined, {
      timeout: 15_000,
    });
    await waitFor(async () => expect(await articleCount()).toBe(2));
  }, 60_000);
});
