/** How far a picture may be enlarged past its own size before it turns blurry, as Readwise Reader allows. */
export const MAX_IMAGE_SCALE = 2;

/**
 * Keeps each picture of the article at most twice its natural width: a 40 px icon or a 120 px chart that the
 * page's width attribute (or the column) would stretch to the column's width stays sharp. A picture whose
 * natural size is not known (not loaded, or broken) keeps the column's rule.
 */
export function limitImageScale(doc: Document): () => void {
  const limit = (image: HTMLImageElement) => {
    if (image.naturalWidth > 0) image.style.maxWidth = `min(100%, ${image.naturalWidth * MAX_IMAGE_SCALE}px)`;
  };
  const onLoad = (event: Event) => {
    // The frame's own realm: its images are no `instanceof HTMLImageElement` of this window.
    const target = event.target as Element | null;
    if (target?.tagName === 'IMG') limit(target as HTMLImageElement);
  };
  for (const image of doc.images) if (image.complete) limit(image);
  // `load` does not bubble; a listener in the capture phase sees every picture's.
  doc.addEventListener('load', onLoad, true);
  return () => doc.removeEventListener('load', onLoad, true);
}
