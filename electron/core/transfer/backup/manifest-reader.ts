// manifest.json read as it streams out of the archive: a library of 100,000 articles lists 400,000
// files, tens of megabytes of JSON that parsed whole would take hundreds of megabytes. The files
// array's elements are cut out one at a time and parsed on their own; everything else (the format,
// version and counts) is kept as a small skeleton with an empty files array and parsed at the end.
// Any JSON is read, whatever its spacing: backups of every Annals version, pretty-printed or not.

/** Most bytes the manifest may hold besides its files' elements, and one element may take. */
const MAX_SKELETON_BYTES = 1024 * 1024;
const MAX_ELEMENT_BYTES = 16 * 1024;
/** Names longer than this are kept whole in the skeleton but never taken for `files`. */
const MAX_NAME_BYTES = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

export class ManifestSyntaxError extends Error {}

/**
 * Splits a manifest into its skeleton (answered, unparsed, once the stream ends) and the elements of
 * its top-level `files` array (each handed to `onFile` parsed, in order). Throws ManifestSyntaxError
 * where the JSON is damaged in a way the pieces alone would not show.
 */
export async function splitManifest(
  chunks: AsyncIterable<Uint8Array>,
  onFile: (value: unknown, index: number) => void,
): Promise<string> {
  const skeleton = new Piece(MAX_SKELETON_BYTES, 'the manifest holds too much besides its list of files');
  const element = new Piece(MAX_ELEMENT_BYTES, 'one of the manifest’s files is impossibly long');
  let depth = 0;
  let inString = false;
  let escaped = false;
  /** The bytes of the last string read at the top level (a name when a colon follows), with its quotes. */
  let name: number[] = [];
  /** The name whose value is being read at the top level. */
  let member = '';
  let inFiles = false;
  let filesSeen = false;
  let afterComma = false;
  let index = 0;
  const emit = (closing: boolean) => {
    const text = element.take();
    if (text.trim() === '') {
      if (closing && !afterComma) return;
      throw new ManifestSyntaxError('the file is not valid JSON (an empty element in its list of files)');
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new ManifestSyntaxError(`the file is not valid JSON (${(error as Error).message})`);
    }
    onFile(value, index++);
  };
  for await (const chunk of chunks) {
    let from = 0;
    const flush = (to: number) => {
      if (to > from) (inFiles ? element : skeleton).add(chunk.subarray(from, to));
      from = to;
    };
    for (let at = 0; at < chunk.length; at++) {
      const byte = chunk[at]!;
      const topLevel = depth === 1 && !inFiles;
      if (inString) {
        if (topLevel && name.length <= MAX_NAME_BYTES) name.push(byte);
        if (escaped) escaped = false;
        else if (byte === BACKSLASH) escaped = true;
        else if (byte === QUOTE) inString = false;
      } else if (byte === QUOTE) {
        inString = true;
        if (topLevel) name = [byte];
      } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
        depth++;
        if (depth === 2 && byte === OPEN_ARRAY && member === 'files') {
          if (filesSeen) throw new ManifestSyntaxError('it lists its files twice');
          filesSeen = true;
          flush(at + 1);
          inFiles = true;
          afterComma = false;
        }
      } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
        if (inFiles && depth === 2) {
          flush(at);
          emit(true);
          inFiles = false;
        }
        depth--;
      } else if (inFiles && depth === 2 && byte === COMMA) {
        flush(at);
        emit(false);
        from = at + 1;
        afterComma = true;
      } else if (topLevel && byte === COLON) {
        member = nameOf(name);
      } else if (topLevel && byte === COMMA) {
        member = '';
      }
    }
    flush(chunk.length);
  }
  if (inFiles || inString) throw new ManifestSyntaxError('the file is not valid JSON (it ends too soon)');
  return skeleton.take();
}

/** A name read at the top level (escapes and all), or '' for none that could be `files`. */
function nameOf(bytes: number[]): string {
  if (bytes.length > MAX_NAME_BYTES) return '';
  try {
    const name: unknown = JSON.parse(Buffer.from(bytes).toString('utf8'));
    return typeof name === 'string' ? name : '';
  } catch {
    return '';
  }
}

/** Bytes gathered across chunks up to a cap, decoded as UTF-8 when taken. */
class Piece {
  private parts: Uint8Array[] = [];
  private bytes = 0;

  constructor(
    private readonly max: number,
    private readonly tooLong: string,
  ) {}

  add(bytes: Uint8Array): void {
    this.bytes += bytes.length;
    if (this.bytes > this.max) throw new ManifestSyntaxError(this.tooLong);
    this.parts.push(bytes.slice());
  }

  take(): string {
    const text = Buffer.concat(this.parts).toString('utf8');
    this.parts = [];
    this.bytes = 0;
    return text;
  }
}
