import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useServices, useUi } from '../state/app-context.tsx';

/** "Save a link": the first thing a new reader does, so it sits at the top of the list. */
export function SaveLinkForm() {
  const { library, ui } = useServices();
  const focusRequest = useUi((state) => state.saveFieldFocus);
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusRequest === 0) return;
    input.current?.focus();
    ui.fieldFocused('save');
  }, [focusRequest, ui]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const typed = url.trim();
    if (!typed || busy) return;
    // "example.com/story" is what people paste from an address bar that hides the scheme.
    const address = /^[a-z][a-z0-9+.-]*:/i.test(typed) ? typed : `https://${typed}`;
    setBusy(true);
    const saved = await library.saveUrl(address, 'reader');
    setBusy(false);
    if (saved) {
      setUrl('');
      input.current?.blur();
    }
  }

  return (
    <form className="save-form" onSubmit={submit} aria-label="Save a link" aria-busy={busy} noValidate>
      <input
        ref={input}
        type="text"
        inputMode="url"
        className="text-field"
        aria-label="Save a link"
        placeholder="Paste a link to save it (s)"
        value={url}
        onChange={(event) => setUrl(event.target.value)}
        disabled={busy}
        spellCheck={false}
        autoComplete="off"
      />
      <button type="submit" className="button button-primary" disabled={busy || url.trim() === ''}>
        {busy ? 'Saving…' : 'Save'}
      </button>
    </form>
  );
}
