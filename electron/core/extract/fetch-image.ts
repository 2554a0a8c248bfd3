import { createHash } from 'node:crypto';
import { AnnalsError } from '../../contract/errors.ts';
import { isHtmlMediaType, mediaTypeOf } from './content-type.ts';
import { type FetchOptions, guardedGet, resolveRequest } from './http-get.ts';
import { IMAGE_EXTENSIONS, matchesImageType, normalizeImageType } from './image-types.ts';

export interface FetchedImage {
  bytes: Uint8Array;
  /** Normalised media type, e.g. image/jpeg. */
  type: string;
  /** File extension for the stored asset, e.g. jpg. */
  ext: string;
  /** Hex SHA-256 of the bytes: the asset's file name. */
  sha256: string;
}

const IMAGE_DEFAULTS = {
  accept: 'image/avif,image/webp,image/png,image/jpeg,image/gif,image/svg+xml;q=0.9',
  noun: 'image',
  timeoutMs: 15_000,
  maxBytes: 15 * 1024 * 1024,
};

function checkImageType(contentType: string): void {
  const type = normalizeImageType(mediaTypeOf(contentType));
  if (IMAGE_EXTENSIONS[type]) return;
  if (type.startsWith('image/'))
    throw new AnnalsError('UNSUPPORTED_CONTENT', `That image format (${type}) is not supported`);
  if (isHtmlMediaType(type)) throw new AnnalsError('UNSUPPORTED_CONTENT', 'That address is a web page, not an image');
  throw new AnnalsError('UNSUPPORTED_CONTENT', 'That address is not an image');
}

/**
 * Downloads an article image for offline storage. SVG is accepted: Annals only ever shows stored images
 * through <img>, and an SVG loaded as an <img> never runs its scripts or loads external resources.
 */
export async function fetchImage(url: string, options: FetchOptions = {}): Promise<FetchedImage> {
  const result = await guardedGet(url, resolveRequest(options, IMAGE_DEFAULTS, checkImageType));
  const type = normalizeImageType(mediaTypeOf(result.contentType));
  if (result.bytes.length === 0) throw new AnnalsError('UNSUPPORTED_CONTENT', 'The image is empty');
  if (!matchesImageType(type, result.bytes)) {
    throw new AnnalsError('UNSUPPORTED_CONTENT', `The image is damaged or is not really ${type}`);
  }
  const sha256 = createHash('sha256').update(result.bytes).digest('hex');
  return { bytes: result.bytes, type, ext: IMAGE_EXTENSIONS[type]!, sha256 };
}
