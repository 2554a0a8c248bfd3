// @vitest-environment jsdom
// The fetch of an import's articles is told once: in the Import dialog while it is open (its bar, its failures with
// Retry), in the corner when the dialog is closed. The corner said "5 could not be fetched" beside the open dialog.
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { renderStatusArea } from './status-area-harness.tsx';

afterEach(cleanup);

it('leaves the import’s fetch to the open Import dialog and tells it in the corner once the dialog is closed', () => {
  const ui = renderStatusArea();
  const corner = screen.getByRole('status', { name: 'Progress' });
  act(() => {
    ui.openDialog('import');
    ui.trackTask({
      taskId: 'import-fetch',
      label: 'Fetching imported articles',
      done: 5,
      total: 5,
      state: 'done',
      message: '5 could not be fetched',
    });
  });
  expect(corner.textContent).not.toContain('could not be fetched');
  act(() => ui.closeDialog());
  expect(corner.textContent).toContain('5 could not be fetched');
  // Other work goes on being told in the corner while the dialog is open.
  act(() => {
    ui.openDialog('import');
    ui.trackTask({ taskId: 'feeds-refresh', label: 'Refreshing feeds', done: 1, total: 3, state: 'running' });
  });
  expect(corner.textContent).toContain('Refreshing feeds');
  expect(corner.textContent).not.toContain('could not be fetched');
});
