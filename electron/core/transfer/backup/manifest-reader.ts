// manifest.json read as it streams out of the archive (see json-list-stream.ts): its `files` cut out
// one at a time; the format, version and counts kept as a small skeleton and parsed at the end.
import { JsonListSyntaxError, type ListStreamOptions, splitJsonList } from '../../storage/json-list-stream.ts';

export { JsonListSyntaxError as ManifestSyntaxError };

const MANIFEST_LIST: ListStreamOptions = {
  member: 'files',
  items: 'files',
  maxSkeletonBytes: 1024 * 1024,
  maxElementBytes: 16 * 1024,
  tooMuchBesides: 'the manifest holds too much besides its list of files',
  elementTooLong: 'one of the manifest’s files is impossibly long',
};

/** The manifest's skeleton, unparsed, once the stream ends; each of its files handed to `onFile` in order. */
export function splitManifest(
  chunks: AsyncIterable<Uint8Array>,
  onFile: (value: unknown, index: number) => void,
): Promise<string> {
  return splitJsonList(chunks, MANIFEST_LIST, onFile);
}
