import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client.ts';
import { detectTransport } from './api/transport.ts';
import { App } from './components/App.tsx';
import { AppProvider } from './state/app-context.tsx';
import { installFonts } from './ui/fonts.ts';
// Tokens first, then the page, shared controls and one sheet per feature (later sheets may refine earlier ones).
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './ui/buttons.css';
import './ui/fields.css';
import './ui/combobox.css';
import './ui/disabled-fields.css';
import './ui/overlays.css';
import './styles/layout.css';
import './styles/sidebar.css';
import './styles/feeds.css';
import './styles/list.css';
import './styles/tags.css';
import './styles/search.css';
import './styles/reader.css';
import './styles/versions.css';
import './styles/notes.css';
import './styles/annotations.css';
import './styles/timeline.css';
import './styles/timeline-events.css';
import './styles/dialogs.css';
import './styles/sync.css';
import './styles/status.css';

installFonts();
const client = createClient(detectTransport());
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <AppProvider client={client}>
      <App />
    </AppProvider>
  </StrictMode>,
);
