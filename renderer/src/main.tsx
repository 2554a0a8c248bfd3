import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client.ts';
import { detectTransport } from './api/transport.ts';
import { App } from './components/App.tsx';
import { AppProvider } from './state/app-context.tsx';
import './styles.css';

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
