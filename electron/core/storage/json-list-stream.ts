// A JSON file whose bulk is one long list (a backup's manifest lists 400,000 files, the library index
// 100,000 articles) read as it streams: tens of megabytes of JSON that parsed whole would take hundreds
// of megabytes. The list's elements are cut out one at a time and parsed on their own; everything else
// is kept as a skeleton with an empty list, answered unparsed at the end. Any JSON is read, whatever
// its spacing and key order: files of every Annals version, pretty-printed or not.

export interface ListStreamOptions {
  /** The top-level member holding the list. */
  member: string;
  /** What the list holds, in words, for the reasons a damaged file is refused with. */
  items: string;
  /** Most bytes the file may hold besides the list's elements, and one element may take. */
  maxSkeletonBytes: number;
  maxElementBytes: number;
  tooMuchBesides: string;
  elementTooLong: string;
}

/** Names longer than this are kept whole in the skeleton but never taken for the list. */
const MAX_NAME_BYTES = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

export class JsonListSyntaxError extends Error {}

/**
 * Splits a JSON file into its skeleton (answered, unparsed, once the stream ends) and the elements of
 * its top-level list `options.member` (each handed to `onElement` parsed, in order). Throws
 * JsonListSyntaxError where the JSON is damaged in a way the pieces alone would not show.
 */
export async function splitJsonList(
  chunks: AsyncIterable<Uint8Array>,
  options: ListStreamOptions,
  onElement: (value: unknown, index: number) => void,
): Promise<string> {
  const skeleton = new Piece(options.maxSkeletonBytes, options.tooMuchBesides);
  const element = new Piece(options.maxElementBytes, options.elementTooLong);
  let depth = 0;
  let inString = false;
  let escaped = false;
  /** The bytes of the last string read at the top level (a name when a colon follows), with its quotes. */
  let name: number[] = [];
  /** The name whose value is being read at the top level. */
  let member = '';
  let inList = false;
  let listSeen = false;
  let afterComma = false;
  let index = 0;
  const emit = (closing: boolean) => {
    const text = element.take();
    if (text.trim() === '') {
      if (closing && !afterComma) return;
      throw new JsonListSyntaxError(`the file is not valid JSON (an empty element in its list of ${options.items})`);
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new JsonListSyntaxError(`the file is not valid JSON (${(error as Error).message})`);
    }
    onElement(value, index++);
  };
  for await (const chunk of chunks) {
    let from = 0;
    // `held`: kept past this chunk (the skeleton, an element the chunk ends inside), so copied.
    const flush = (to: number, held = false) => {
      if (to > from) (inList ? element : skeleton).add(chunk.subarray(from, to), held || !inList);
      from = to;
    };
    for (let at = 0; at < chunk.length; at++) {
      const byte = chunk[at]!;
      const topLevel = depth === 1 && !inList;
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
        if (depth === 2 && byte === OPEN_ARRAY && member === options.member) {
          if (listSeen) throw new JsonListSyntaxError(`it lists its ${options.items} twice`);
          listSeen = true;
          flush(at + 1);
          inList = true;
          afterComma = false;
        }
      } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
        if (inList && depth === 2) {
          flush(at);
          emit(true);
          inList = false;
        }
        depth--;
      } else if (inList && depth === 2 && byte === COMMA) {
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
    flush(chunk.length, true);
  }
  if (inList || inString) throw new JsonListSyntaxError('the file is not valid JSON (it ends too soon)');
  return skeleton.take();
}

/** A name read at the top level (escapes and all), or '' for none that could be the list's. */
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

  /**
   * `held`: the bytes are kept past the chunk they are in, and copied (a stream may read into its
   * buffers again); else they are taken before the next chunk comes and read where they are: copied
   * twice over, the 100,000 articles of an index were as many buffers awaiting collection.
   */
  add(bytes: Uint8Array, held: boolean): void {
    this.bytes += bytes.length;
    if (this.bytes > this.max) throw new JsonListSyntaxError(this.tooLong);
    this.parts.push(held ? bytes.slice() : bytes);
  }

  take(): string {
    const only = this.parts.length === 1 ? this.parts[0]! : null;
    const text = only
      ? Buffer.from(only.buffer, only.byteOffset, only.byteLength).toString('utf8')
      : Buffer.concat(this.parts).toString('utf8');
    this.parts = [];
    this.bytes = 0;
    return text;
  }
}
