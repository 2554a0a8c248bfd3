// Where the notes go is decided by the reader's own width and the article's type size, so the text beside them keeps
// 55 characters a line: the full panel, a narrower one, or a drawer over the article.
import { expect, it } from 'vitest';
import { notesRoomFor } from '../../../renderer/src/lib/notes-room.ts';

it('puts the notes beside the article at their full width in a roomy reader', () => {
  expect(notesRoomFor(1044, 19)).toEqual({ drawer: false, notesWidth: 320 });
});

it('narrows the notes beside the article in a 1,100 px window with the sidebar open', () => {
  expect(notesRoomFor(864, 19)).toEqual({ drawer: false, notesWidth: 264 });
});

it('opens the notes over the article in a reader with no room for both', () => {
  expect(notesRoomFor(720, 19).drawer).toBe(true);
  expect(notesRoomFor(800, 19).drawer).toBe(true);
});

it('leaves larger type more room: the same reader gives way to a drawer sooner', () => {
  expect(notesRoomFor(864, 24).drawer).toBe(true);
});
