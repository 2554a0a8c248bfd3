/**
 * A tolerant JSON reader for the library's small files: from a damaged file (cut short, a block of
 * NUL bytes written over it, a stray character) it keeps every entry that still reads whole.
 *
 * Annals writes these files indented, one entry per line at a known depth, and the reader leans on
 * that: when an entry cannot be read, it skips to the next line indented like an entry of the same
 * object or array and goes on from there. A compact (one-line) file still gives back what comes
 * before the damage. Containers cut short are closed where they end; a number cut by the end of the
 * file is left out (it may have lost digits).
 */
export interface SalvagedJson {
  /** What could be read, or undefined when nothing could (an empty file, no object or array at all). */
  value: unknown;
  /** What was wrong, in words, or null when the text was whole. */
  damage: string | null;
}

export function salvageJson(text: string): SalvagedJson {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { value: undefined, damage: 'the file is empty' };
  if (body.replaceAll('\u0000', '').trim() === '')
    return { value: undefined, damage: 'the file holds nothing but NUL bytes' };
  try {
    return { value: JSON.parse(body), damage: null };
  } catch {
    // read below, entry by entry
  }
  const reader = new TolerantReader(body);
  const value = reader.top();
  return { value, damage: reader.damage ?? 'the file is not valid JSON' };
}

class Damage {
  constructor(
    readonly at: number,
    readonly why: string,
  ) {}
}

/** Where a container that lost its place found a line belonging to an outer one. */
interface Handover {
  pos: number;
  indent: number;
}

type Resync = { kind: 'element'; pos: number } | { kind: 'close'; pos: number } | { kind: 'up'; handover: Handover };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const VALUE_START = /["[{\-0-9tfn]/;

class TolerantReader {
  pos = 0;
  damage: string | null = null;
  /** Set by a container that stopped at a line of an outer container, for that one to go on from. */
  private handover: Handover | null = null;

  constructor(private readonly text: string) {}

  top(): unknown {
    this.skipSpace();
    const char = this.text[this.pos];
    if (char !== '{' && char !== '[') {
      try {
        const value = this.value();
        this.skipSpace();
        if (this.pos < this.text.length) this.note(new Damage(this.pos, 'unexpected text after the end'));
        return value;
      } catch (error) {
        if (error instanceof Damage) {
          this.note(error);
          return undefined;
        }
        throw error;
      }
    }
    return char === '{' ? this.object() : this.array();
  }

  private value(): unknown {
    this.skipSpace();
    const char = this.text[this.pos];
    if (char === undefined) throw new Damage(this.pos, 'the file is cut short');
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') return this.string();
    if (char === '-' || (char >= '0' && char <= '9')) return this.number();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    throw new Damage(this.pos, this.unexpected());
  }

  private object(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.container('}', () => {
      if (this.text[this.pos] !== '"') throw new Damage(this.pos, this.unexpected());
      const key = this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ':') throw new Damage(this.pos, this.unexpected());
      this.pos++;
      return (value) => {
        // A key that came twice (damage can splice two entries) keeps its first value.
        if (!Object.hasOwn(out, key)) out[key] = value;
      };
    });
    return out;
  }

  private array(): unknown[] {
    const out: unknown[] = [];
    this.container(']', () => (value) => out.push(value));
    return out;
  }

  /**
   * The loop both containers share: `begin` reads what comes before an element's value (an object's
   * key) and answers where the value goes.
   */
  private container(closer: '}' | ']', begin: () => (value: unknown) => void): void {
    const openIndent = this.lineIndent(this.pos);
    this.pos++;
    let elementIndent: number | null = null;
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === closer) {
        this.pos++;
        return;
      }
      if (this.pos >= this.text.length) {
        this.note(new Damage(this.pos, 'the file is cut short'));
        return;
      }
      elementIndent ??= this.indentIfFirstOnLine(this.pos);
      let resync: Resync;
      try {
        const store = begin();
        const value = this.value();
        const handover = this.takeHandover();
        this.skipSpace();
        const cut = this.pos >= this.text.length && typeof value === 'number';
        if (cut) throw new Damage(this.pos, 'the file is cut short');
        store(value);
        if (handover) {
          resync = this.continueFrom(handover, elementIndent, openIndent, closer);
        } else {
          const next = this.text[this.pos];
          if (next === ',') {
            this.pos++;
            continue;
          }
          if (next === closer || this.pos >= this.text.length) continue;
          // A lost comma between two entries on lines of their own: go on with the next entry.
          if (
            elementIndent !== null &&
            this.indentIfFirstOnLine(this.pos) === elementIndent &&
            this.startsElement(closer)
          )
            continue;
          throw new Damage(this.pos, this.unexpected());
        }
      } catch (error) {
        if (!(error instanceof Damage)) throw error;
        this.note(error);
        this.handover = null;
        resync = this.resync(error.at, elementIndent, openIndent, closer);
      }
      if (resync.kind === 'element') this.pos = resync.pos;
      else if (resync.kind === 'close') {
        this.pos = resync.pos + 1;
        return;
      } else {
        this.handover = resync.handover;
        this.pos = this.text.length;
        return;
      }
    }
  }

  /** An inner container stopped at a line of ours (or of a container further out). */
  private continueFrom(
    handover: Handover,
    elementIndent: number | null,
    openIndent: number | null,
    closer: string,
  ): Resync {
    this.pos = handover.pos;
    if (elementIndent !== null && handover.indent === elementIndent && this.startsElement(closer))
      return { kind: 'element', pos: handover.pos };
    if (handover.indent === openIndent && this.text[handover.pos] === closer)
      return { kind: 'close', pos: handover.pos };
    if (elementIndent !== null && handover.indent > elementIndent)
      return this.resync(handover.pos, elementIndent, openIndent, closer);
    return { kind: 'up', handover };
  }

  /**
   * After damage at `from`: the next line that starts an entry of this container, closes it, or
   * belongs to an outer one. Lines indented deeper belong to the damaged entry and are skipped.
   */
  private resync(from: number, elementIndent: number | null, openIndent: number | null, closer: string): Resync {
    if (elementIndent === null) return { kind: 'up', handover: { pos: this.text.length, indent: -1 } };
    let lineStart = this.text.indexOf('\n', from);
    while (lineStart !== -1) {
      lineStart++;
      const end = this.text.indexOf('\n', lineStart);
      const line = this.text.slice(lineStart, end === -1 ? undefined : end);
      const indent = line.length - line.replace(/^[ \t]+/, '').length;
      const pos = lineStart + indent;
      const first = this.text[pos];
      const readable = first !== undefined && first !== '\r' && !line.includes('\u0000');
      if (readable && indent <= elementIndent) {
        this.pos = pos;
        if (indent === elementIndent && this.startsElement(closer)) return { kind: 'element', pos };
        if (indent < elementIndent) {
          if (indent === openIndent && first === closer) return { kind: 'close', pos };
          return { kind: 'up', handover: { pos, indent } };
        }
      }
      lineStart = end;
    }
    return { kind: 'up', handover: { pos: this.text.length, indent: -1 } };
  }

  private takeHandover(): Handover | null {
    const handover = this.handover;
    this.handover = null;
    return handover;
  }

  private startsElement(closer: string): boolean {
    const char = this.text[this.pos] ?? '';
    return closer === '}' ? char === '"' : VALUE_START.test(char);
  }

  private string(): string {
    const start = this.pos;
    let at = start + 1;
    for (;;) {
      const char = this.text[at];
      if (char === undefined) throw new Damage(at, 'the file is cut short');
      if (char === '\\') at += 2;
      else if (char === '"') break;
      else if (char < ' ') throw new Damage(at, char === '\u0000' ? 'a block of NUL bytes' : 'a broken line');
      else at++;
    }
    try {
      const value = JSON.parse(this.text.slice(start, at + 1)) as string;
      this.pos = at + 1;
      return value;
    } catch {
      throw new Damage(start, 'a damaged text value');
    }
  }

  private number(): number {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match) throw new Damage(this.pos, this.unexpected());
    this.pos += match[0].length;
    return Number(match[0]);
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && /[ \t\r\n]/.test(this.text[this.pos]!)) this.pos++;
  }

  /** The indentation of the line `pos` is on. */
  private lineIndent(pos: number): number {
    const lineStart = this.text.lastIndexOf('\n', pos - 1) + 1;
    let at = lineStart;
    while (this.text[at] === ' ' || this.text[at] === '\t') at++;
    return at - lineStart;
  }

  /** The indentation of `pos`'s line when `pos` is the first thing on it, else null (a compact file). */
  private indentIfFirstOnLine(pos: number): number | null {
    const lineStart = this.text.lastIndexOf('\n', pos - 1) + 1;
    return /^[ \t]*$/.test(this.text.slice(lineStart, pos)) && lineStart > 0 ? pos - lineStart : null;
  }

  private unexpected(): string {
    const char = this.text[this.pos];
    if (char === undefined) return 'the file is cut short';
    if (char === '\u0000') return 'a block of NUL bytes';
    const line = this.text.slice(0, this.pos).split('\n').length;
    return `the file is not valid JSON (unexpected ${JSON.stringify(char)} on line ${line})`;
  }

  private note(damage: Damage): void {
    this.damage ??= damage.why;
  }
}
