import './save-window.css';
import { addressFromSender, READY, readPageMessage } from './page-message.ts';

// Annals' save window, opened by the bookmarklet from the page being saved. It receives the page from its
// opener and saves it with the browser's save cookie, which no script of any page can read.

const CLOSE_AFTER_MS = 4_000;
const status = document.getElementById('save-status') as HTMLElement;
const say = (text: string) => {
  status.textContent = text;
};

async function save(html: string, url: string | undefined): Promise<string> {
  let response: Response;
  try {
    response = await fetch('/api/article.saveFromBrowser', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(url ? { html, url } : { html }),
    });
  } catch {
    return 'Annals stopped answering. Start it again, then click the bookmarklet once more.';
  }
  if (response.status === 401) {
    return 'This browser is not connected to Annals: in Annals, open Settings › Save from your browser and connect it.';
  }
  const envelope = (await response.json().catch(() => null)) as
    | { ok: true; value: { title: string } }
    | { ok: false; error: { message: string } }
    | null;
  if (!envelope) return 'Annals gave an answer it could not read; the page may not be saved.';
  if (!envelope.ok) return `Annals could not save this page: ${envelope.error.message}`;
  setTimeout(() => window.close(), CLOSE_AFTER_MS);
  return `“${envelope.value.title}” is in your Annals library.`;
}

const opener = window.opener as Window | null;
if (!opener) {
  say('Open this window with the “Save to Annals” bookmarklet, from the page you want to save.');
} else {
  const onMessage = (event: MessageEvent) => {
    // Only the page that opened this window is listened to.
    if (event.source !== opener) return;
    const page = readPageMessage(event.data);
    if (!page) return;
    window.removeEventListener('message', onMessage);
    const address = addressFromSender(page.url, event.origin);
    if (!address.ok) {
      say('That page claimed the address of another site, so Annals saved nothing.');
      return;
    }
    say('Saving…');
    void save(page.html, address.url).then(say);
  };
  window.addEventListener('message', onMessage);
  // Nothing secret goes to the page: only that the window is ready for it.
  opener.postMessage({ type: READY }, '*');
}
