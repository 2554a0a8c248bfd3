import { type ClipboardEvent, type FormEvent, useEffect, useRef, useState } from 'react';
import { useServices, useUi } from '../state/app-context.tsx';

// Links saved from one Save: a pasted page of thousands would start thousands of fetches at once. The rest stay in the
// field for the next Save (a long list belongs in Import).
const LINKS_AT_ONCE = 10;

/** "Save a link": the first thing a new reader does, so it sits at the top of the list. */
export function SaveLinkForm() {
  const { library, ui } = useServices();
  const focusRequest = useUi((state) => state.saveFieldFocus);
  const [url, setUrl] = useState('');
  // Saves still under way: the field takes the next link meanwhile, as a slow site can take half a minute.
  const [saving, setSaving] = useState(0);
  // The same count, as it is when a save ends (the state a save's closure holds is the one it started with).
  const underWay = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  // Links that failed and came back, as the field shows them: the next failure joins them rather than being lost.
  const returned = useRef<string[]>([]);

  useEffect(() => {
    if (focusRequest === 0) return;
    input.current?.focus();
    ui.fieldFocused('save');
  }, [focusRequest, ui]);

  function submit(event: FormEvent) {
    event.preventDefault();
    // Several links at once (pasted, or failed ones come back together) are saved one by one.
    const links = url.trim().split(/\s+/).filter(Boolean);
    if (links.length === 0) return;
    const waiting = links.slice(LINKS_AT_ONCE);
    setUrl(waiting.join(' '));
    // Links that fail join those still waiting in the field.
    returned.current = waiting;
    for (const link of links.slice(0, LINKS_AT_ONCE)) void save(link);
  }

  // A one-line field drops the line breaks of pasted text, so a list of links, one a line, would arrive run together
  // as one bad link: they arrive one after another, a space apart, each saved on its own.
  function paste(event: ClipboardEvent<HTMLInputElement>) {
    const pasted = event.clipboardData.getData('text/plain');
    if (!/[\r\n]/.test(pasted)) return;
    event.preventDefault();
    const links = pasted.trim().split(/\s+/).join(' ');
    // Typed in as the browser would (the caret after it, Ctrl+Z takes it back); set by hand where that is missing.
    if (typeof document.execCommand === 'function' && document.execCommand('insertText', false, links)) return;
    const field = event.currentTarget;
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? start;
    setUrl(field.value.slice(0, start) + links + field.value.slice(end));
  }

  async function save(typed: string) {
    // "example.com/story" is what people paste from an address bar that hides the scheme.
    const address = /^[a-z][a-z0-9+.-]*:/i.test(typed) ? typed : `https://${typed}`;
    setSaving(++underWay.current);
    const saved = await library.saveUrl(address, 'reader');
    setSaving(--underWay.current);
    const field = input.current;
    if (saved) {
      // The keys go back to the list, unless the reader is at the field with another link (typed, or sent and saving).
      if (field?.value === '' && underWay.current === 0) field.blur();
      return;
    }
    // The link comes back to be corrected, beside others that came back, unless the reader has typed since.
    const now = field?.value ?? '';
    if (now !== '' && now !== returned.current.join(' ')) return;
    returned.current = now === '' ? [typed] : [...returned.current, typed];
    setUrl(returned.current.join(' '));
  }

  return (
    <form className="save-form" onSubmit={submit} aria-label="Save a link" aria-busy={saving > 0} noValidate>
      <input
        ref={input}
        type="text"
        inputMode="url"
        className="text-field"
        aria-label="Save a link"
        placeholder="Paste a link to save it (s)"
        value={url}
        onChange={(event) => setUrl(event.target.value)}
        onPaste={paste}
        spellCheck={false}
        autoComplete="off"
      />
      <button type="submit" className="button button-primary" disabled={url.trim() === ''}>
        Save
      </button>
    </form>
  );
}
