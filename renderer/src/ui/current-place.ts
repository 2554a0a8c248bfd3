/**
 * The sidebar's places (a view, Highlights, the timeline, a story, a feed, a tag, a saved search) carry
 * `data-place`; the one the window shows is marked current (`aria-current="page"`, or pressed for a filter).
 * However the reader got there (a click, the palette, a Go to picker, a shortcut, a link), the mark follows,
 * and so do the sidebar's scroll and a focus that sat on the place left behind.
 */
const CURRENT = '[data-place][aria-current="page"], [data-place][aria-pressed="true"]';

export const placeProps = { 'data-place': '' } as const;

/** The places marked current now, first one first. */
export const currentPlaces = (root: ParentNode = document): HTMLElement[] => [
  ...root.querySelectorAll<HTMLElement>(CURRENT),
];

export const isCurrentPlace = (element: Element): boolean => element.matches(CURRENT);
