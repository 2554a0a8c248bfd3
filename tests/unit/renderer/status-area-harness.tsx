// The corner's notes and progress on their own: StatusArea in the app's providers, with no core behind them (the
// tests tell the UI store what happened, as the app's events would).
import { render } from '@testing-library/react';
import type { ApiClient } from '../../../renderer/src/api/client.ts';
import { StatusArea } from '../../../renderer/src/components/StatusArea.tsx';
import { AppProvider, useServices } from '../../../renderer/src/state/app-context.tsx';

type UiStore = ReturnType<typeof useServices>['ui'];

let ui: UiStore | undefined;
/** Hands the test the store of the providers it is rendered in. */
function Services() {
  ui = useServices().ui;
  return null;
}

/** Renders the corner; answers the UI store its notes and progress come from. */
export function renderStatusArea(): UiStore {
  ui = undefined;
  render(
    <AppProvider client={{} as ApiClient}>
      <Services />
      <StatusArea />
    </AppProvider>,
  );
  if (!ui) throw new Error('the app’s services were not provided');
  return ui;
}
