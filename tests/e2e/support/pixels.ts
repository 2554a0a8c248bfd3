import type { Page } from '@playwright/test';

/** The pixels of a screenshot, decoded: width, height and red, green, blue, alpha for each pixel in rows. */
export interface Pixels {
  width: number;
  height: number;
  rgba: number[];
}

/** Decodes a PNG screenshot in the page (Node has no PNG decoder among our dependencies; Chromium has one). */
export async function decodePicture(page: Page, picture: Buffer): Promise<Pixels> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.width, image.height];
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    return { width: image.width, height: image.height, rgba: [...data] };
  }, picture.toString('base64'));
}

/** The colour ("r,g,b") of the pixel at a point of a decoded picture, rounded to the nearest pixel. */
export function colourAt(pixels: Pixels, point: { x: number; y: number }): string {
  const start = (Math.round(point.y) * pixels.width + Math.round(point.x)) * 4;
  return pixels.rgba.slice(start, start + 3).join();
}
