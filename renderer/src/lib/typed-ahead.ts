/**
 * Keys typed before the field they are meant for is there. A key that opens a dialog, the palette, the tag editor
 * or the search box takes a moment (more on a busy computer) before its field has the focus, and the letters typed
 * meanwhile ran as shortcuts: typing "floods" into Tags added the article to Favorites (f). Between `start` and the
 * field's focus the typed characters are kept, then written into the field. Escape, or any key with Ctrl, ⌘ or Alt,
 * still does what it does, except that Esc closes a highlight's note still on its way, keeping its words.
 */
let typed: string | null = null;
/** Who keeps the words when no field takes them (see `startTypedAhead`). */
let keeper: ((kept: KeptTyping) => void) | null = null;
/** Keys kept for a field that never comes are dropped after this long, so the keyboard is never lost for good. */
const GIVE_UP_MS = 5_000;
let giveUp: ReturnType<typeof setTimeout> | undefined;

function onKeyDown(event: KeyboardEvent) {
  if (typed === null || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
  if (event.key === 'Escape') {
    if (keeper) {
      // Esc closes what the words were for, keeping them; it goes no further (it would leave the article).
      event.preventDefault();
      event.stopImmediatePropagation();
      letGo(true);
    } else cancelTypedAhead();
    return;
  }
  if (event.key === 'Enter') typed += '\n';
  else if (event.key === 'Backspace') typed = typed.slice(0, -1);
  else if (event.key.length === 1) typed += event.key;
  else return;
  // Before the app's shortcuts (and the article frame's keys, which come through the page's document too).
  event.preventDefault();
  event.stopImmediatePropagation();
}

function isTextField(target: EventTarget | null): target is HTMLInputElement | HTMLTextAreaElement {
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && ['text', 'search', 'url', 'email', ''].includes(target.type);
}

/** The field has the focus: what was typed goes into it, as if typed there (React hears an input event). */
function onFocusIn(event: FocusEvent) {
  if (typed === null) return;
  const target = event.target;
  if (isTextField(target)) {
    const text = takeTypedAhead();
    // After the focus settles (React may be mid-commit), so the field's owner hears the change as typing.
    if (text) queueMicrotask(() => typeInto(target, text));
  } else if (target instanceof Element && target.closest('[role="dialog"]')) {
    // The dialog chose no field to type in: keys go their own way there (a dialog runs no shortcuts).
    letGo(false);
  }
}

function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string) {
  const value = field instanceof HTMLInputElement ? text.replace(/\n/g, '') : text;
  const prototype = field instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  const setValue = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  setValue?.call(field, field.value + value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.setSelectionRange?.(field.value.length, field.value.length);
}

function listen(on: boolean) {
  if (on) {
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('focusin', onFocusIn, true);
    // A click chooses where to type: nothing kept is put anywhere else.
    window.addEventListener('pointerdown', onPointerDown, true);
  } else {
    window.removeEventListener('keydown', onKeyDown, true);
    window.removeEventListener('focusin', onFocusIn, true);
    window.removeEventListener('pointerdown', onPointerDown, true);
  }
}

function onPointerDown() {
  letGo(false);
}

/** Keys go their own way again; what was kept goes to its keeper, if it has one, or is dropped. */
function letGo(escaped: boolean) {
  const keep = keeper;
  const text = takeTypedAhead();
  keep?.({ text, escaped });
}

/** Words typed for a field that did not take them: Esc was pressed, or a click or the wait ended the typing. */
export interface KeptTyping {
  text: string;
  escaped: boolean;
}

/**
 * From now on, keep what is typed for the field about to take the focus. With a `keep`, words the field never takes
 * are not dropped but handed to it (a highlight's note, whose words are the reader's writing), and Esc is theirs.
 */
export function startTypedAhead(keep?: (kept: KeptTyping) => void): void {
  // A new field asked for: the words kept for the one before go to their keeper first.
  if (keeper) letGo(false);
  if (typed === null) listen(true);
  typed = '';
  keeper = keep ?? null;
  clearTimeout(giveUp);
  giveUp = setTimeout(() => letGo(false), GIVE_UP_MS);
}

/** Nothing is coming: keys go their own way again; what was kept goes to its keeper, or is dropped. */
export function cancelTypedAhead(): void {
  letGo(false);
}

/** What was typed since `startTypedAhead`; keys go their own way again. */
export function takeTypedAhead(): string {
  const text = typed ?? '';
  if (typed !== null) listen(false);
  typed = null;
  keeper = null;
  clearTimeout(giveUp);
  return text;
}
