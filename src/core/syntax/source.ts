/**
 * Turns the bytes of a unit file into text and physical lines exactly as systemd's read_line()
 * sees them: a line ends at "\n", "\r", "\0" or any run of those in which no kind repeats and
 * nothing follows a NUL ("\r\n" and "\n\r" are one line end, "\n\n" is two).
 *
 * Offsets everywhere are offsets into `text` (UTF-16 code units); line and column are computed
 * only at the edge, through LineIndex.
 */

export interface PhysicalLine {
  /** Offset of the first character of the line in `text`. */
  readonly start: number;
  /** Offset just past the last character, before the line end. */
  readonly end: number;
  /** The line's bytes are not valid UTF-8 (decoded with U+FFFD in its text). */
  readonly invalidUtf8: boolean;
}

export interface SourceText {
  readonly text: string;
  readonly lines: readonly PhysicalLine[];
  /** The bytes contain a NUL, which systemd takes for a line end: the file is binary. */
  readonly hasNul: boolean;
}

const NL = 0x0a;
const CR = 0x0d;
const NUL = 0x00;
const EOL_KIND: Readonly<Record<number, number>> = { [NUL]: 1, [NL]: 2, [CR]: 4 };

const strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** unichar_is_valid(): no surrogates, no noncharacters, nothing above U+10FFFF. */
export function isValidUnichar(c: number): boolean {
  return (
    c < 0x110000 &&
    (c & 0xfffff800) !== 0xd800 &&
    !(c >= 0xfdd0 && c <= 0xfdef) &&
    (c & 0xfffe) !== 0xfffe
  );
}

/**
 * utf8_escape_invalid(): each byte that does not start a valid sequence becomes one U+FFFD, as
 * systemd prints a line it rejects.
 */
export function escapeInvalidUtf8(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len =
      b < 0x80
        ? 1
        : (b & 0xe0) === 0xc0
          ? 2
          : (b & 0xf0) === 0xe0
            ? 3
            : (b & 0xf8) === 0xf0
              ? 4
              : (b & 0xfc) === 0xf8
                ? 5
                : (b & 0xfe) === 0xfc
                  ? 6
                  : 0;
    let ok = len > 0 && i + len <= bytes.length;
    let c = len === 1 ? b : len > 0 ? b & (0xff >> (len + 1)) : 0;
    for (let k = 1; ok && k < len; k++) {
      const cb = bytes[i + k]!;
      if ((cb & 0xc0) !== 0x80) ok = false;
      else c = (c << 6) | (cb & 0x3f);
    }
    const minimal =
      c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : c < 0x200000 ? 4 : c < 0x4000000 ? 5 : 6;
    if (ok && len > 1 && (minimal !== len || !isValidUnichar(c))) ok = false;
    if (ok) {
      out += String.fromCodePoint(c);
      i += len;
    } else {
      out += "\uFFFD";
      i++;
    }
  }
  return out;
}

export function decodeSource(input: Uint8Array | string): SourceText {
  if (typeof input === "string") return splitText(input);
  // Fast path: the whole file is valid UTF-8 (the usual case), decode once and split the text.
  try {
    return splitText(strictDecoder.decode(input));
  } catch {
    return decodeByLine(input);
  }
}

const EOL_CHAR: Readonly<Record<string, number>> = { "\0": 1, "\n": 2, "\r": 4 };

/** read_line() on text: the same line ends as on bytes, since all of them are ASCII. */
function splitText(input: string): SourceText {
  const hasNul = input.includes("\0");
  const text = hasNul ? input.replace(/\0/g, "\n") : input;
  const lines: PhysicalLine[] = [];
  let pos = 0;
  const n = input.length;
  while (pos < n) {
    let end = pos;
    for (;;) {
      if (end >= n) break;
      const c = input.charCodeAt(end);
      if (c === NL || c === CR || c === NUL) break;
      end++;
    }
    lines.push({ start: pos, end, invalidUtf8: false });
    let seen = 0;
    let next = end;
    while (next < n && !(seen & 1)) {
      const kind = EOL_CHAR[input[next]!];
      if (kind === undefined || seen & kind) break;
      seen |= kind;
      next++;
    }
    pos = next;
  }
  return { text, lines, hasNul };
}

/** Line by line, for files that are not valid UTF-8 as a whole: each bad line is marked. */
function decodeByLine(bytes: Uint8Array): SourceText {
  const lines: PhysicalLine[] = [];
  const pieces: string[] = [];
  let textLength = 0;
  let hasNul = false;
  let pos = 0;
  while (pos < bytes.length) {
    let contentEnd = pos;
    while (contentEnd < bytes.length && EOL_KIND[bytes[contentEnd]!] === undefined) contentEnd++;
    let eolEnd = contentEnd;
    let seen = 0;
    while (eolEnd < bytes.length && !(seen & 1)) {
      const kind = EOL_KIND[bytes[eolEnd]!];
      if (kind === undefined || seen & kind) break;
      if (kind === 1) hasNul = true;
      seen |= kind;
      eolEnd++;
    }
    const content = bytes.subarray(pos, contentEnd);
    let decoded: string;
    let invalidUtf8 = false;
    try {
      decoded = strictDecoder.decode(content);
    } catch {
      decoded = escapeInvalidUtf8(content);
      invalidUtf8 = true;
    }
    const eolText = String.fromCharCode(...bytes.subarray(contentEnd, eolEnd)).replace(/\0/g, "\n");
    lines.push({ start: textLength, end: textLength + decoded.length, invalidUtf8 });
    pieces.push(decoded, eolText);
    textLength += decoded.length + eolText.length;
    pos = eolEnd;
  }
  return { text: pieces.join(""), lines, hasNul };
}

/** Maps offsets to 1-based line and column; built once per file. */
export class LineIndex {
  private readonly starts: number[];

  constructor(lines: readonly PhysicalLine[]) {
    this.starts = lines.map((l) => l.start);
  }

  /** 1-based line and column (in characters) of an offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const start = this.starts[lo] ?? 0;
    return { line: lo + 1, column: offset - start + 1 };
  }
}
