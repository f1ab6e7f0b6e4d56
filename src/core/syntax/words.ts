/**
 * Value readers: systemd's extract_first_word() and friends, so that a value splits into the
 * same words, with the same quoting and escaping, as systemd 252 splits it. Each word keeps the
 * range it came from in the value, so a finding can point at the word.
 */

export const WHITESPACE = " \t\n\r";

export interface ExtractFlags {
  /** Remove '…' and "…" quoting. */
  readonly unquote?: boolean;
  /** Unknown escapes stay as they are. */
  readonly unescapeRelax?: boolean;
  /** C escapes (\n, \x41, …) are decoded. */
  readonly cunescape?: boolean;
  /** Unbalanced quotes and a trailing backslash are tolerated. */
  readonly relax?: boolean;
  /** Backslashes are kept as they are, no escaping at all. */
  readonly retainEscape?: boolean;
}

export interface Word {
  readonly text: string;
  /** Range in the value the word was read from (quotes included). */
  readonly start: number;
  readonly end: number;
}

export type ExtractResult =
  | { readonly kind: "word"; readonly word: Word; readonly next: number }
  | { readonly kind: "end" }
  | { readonly kind: "error"; readonly at: number };

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  "\\": "\\",
  '"': '"',
  "'": "'",
  s: " ",
};

/** cunescape_one(): the length consumed and the character, or null when not a valid escape. */
function cunescapeOne(s: string, at: number): { length: number; value: string } | null {
  const c = s[at];
  if (c === undefined) return null;
  const simple = SIMPLE_ESCAPES[c];
  if (simple !== undefined) return { length: 1, value: simple };
  const hex = (n: number, from: number) => {
    const digits = s.slice(from, from + n);
    return digits.length === n && /^[0-9a-fA-F]+$/.test(digits) ? parseInt(digits, 16) : -1;
  };
  if (c === "x") {
    const v = hex(2, at + 1);
    return v > 0 ? { length: 3, value: String.fromCharCode(v) } : null;
  }
  if (c === "u") {
    const v = hex(4, at + 1);
    return v > 0 ? { length: 5, value: String.fromCodePoint(v) } : null;
  }
  if (c === "U") {
    const v = hex(8, at + 1);
    return v > 0 && v <= 0x10ffff ? { length: 9, value: String.fromCodePoint(v) } : null;
  }
  if (c >= "0" && c <= "7") {
    const digits = s.slice(at, at + 3);
    if (!/^[0-7]{3}$/.test(digits)) return null;
    const v = parseInt(digits, 8);
    return v > 0 && v <= 255 ? { length: 3, value: String.fromCharCode(v) } : null;
  }
  return null;
}

/**
 * extract_first_word(): reads one word from `s` at `from`, separators coalesced. Mirrors the C
 * state machine case by case, including where it fails (unbalanced quote, trailing backslash).
 */
export function extractWord(
  s: string,
  from: number,
  flags: ExtractFlags = {},
  separators = WHITESPACE,
): ExtractResult {
  let p = from;
  while (p < s.length && separators.includes(s[p]!)) p++;
  if (p >= s.length) return { kind: "end" };
  const start = p;
  let out = "";
  let quote: string | null = null;
  let backslash = false;
  for (;;) {
    const c = s[p];
    if (backslash) {
      if (c === undefined) {
        if (flags.unescapeRelax && (quote === null || flags.relax)) {
          out += "\\";
          return { kind: "word", word: { text: out, start, end: p }, next: p };
        }
        if (flags.relax) return { kind: "word", word: { text: out, start, end: p }, next: p };
        return { kind: "error", at: p };
      }
      if (flags.cunescape) {
        const esc = cunescapeOne(s, p);
        if (esc) {
          out += esc.value;
          p += esc.length - 1;
        } else if (flags.unescapeRelax) {
          out += "\\" + c;
        } else {
          return { kind: "error", at: p };
        }
      } else {
        out += c;
      }
      backslash = false;
      p++;
      continue;
    }
    if (quote !== null) {
      if (c === undefined) {
        if (flags.relax) return { kind: "word", word: { text: out, start, end: p }, next: p };
        return { kind: "error", at: p };
      }
      if (c === quote) {
        quote = null;
        if (!flags.unquote) out += c;
        p++;
        continue;
      }
      if (c === "\\" && !flags.retainEscape) {
        backslash = true;
        p++;
        continue;
      }
      // A run of plain characters inside the quotes is taken whole.
      let q = p + 1;
      while (q < s.length && s[q] !== quote && !(s[q] === "\\" && !flags.retainEscape)) q++;
      out += s.slice(p, q);
      p = q;
      continue;
    }
    if (c === undefined) return { kind: "word", word: { text: out, start, end: p }, next: p };
    if ((c === "'" || c === '"') && flags.unquote) {
      quote = c;
      p++;
      continue;
    }
    if (c === "\\" && !flags.retainEscape) {
      backslash = true;
      p++;
      continue;
    }
    if (separators.includes(c)) {
      const end = p;
      while (p < s.length && separators.includes(s[p]!)) p++;
      return { kind: "word", word: { text: out, start, end }, next: p };
    }
    // A run of plain characters (no quote, backslash or separator) is taken whole.
    let q = p + 1;
    for (; q < s.length; q++) {
      const d = s[q]!;
      if (
        ((d === "'" || d === '"') && flags.unquote) ||
        (d === "\\" && !flags.retainEscape) ||
        separators.includes(d)
      )
        break;
    }
    out += s.slice(p, q);
    p = q;
  }
}

export interface SplitResult {
  readonly words: Word[];
  /** Where the value stopped being readable (unbalanced quote, trailing backslash), if it did. */
  readonly errorAt: number | null;
}

/** Every word of a value, stopping at the first syntax error as systemd's loops do. */
export function splitWords(
  s: string,
  flags: ExtractFlags = { unquote: true },
  separators = WHITESPACE,
): SplitResult {
  const words: Word[] = [];
  let at = 0;
  for (;;) {
    const r = extractWord(s, at, flags, separators);
    if (r.kind === "end") return { words, errorAt: null };
    if (r.kind === "error") return { words, errorAt: r.at };
    words.push(r.word);
    at = r.next;
  }
}

/** parse_boolean(): yes/no/true/false/on/off/1/0 and y/n/t/f, case-insensitive. */
export function parseBoolean(v: string): boolean | null {
  switch (v.toLowerCase()) {
    case "1":
    case "yes":
    case "y":
    case "true":
    case "t":
    case "on":
      return true;
    case "0":
    case "no":
    case "n":
    case "false":
    case "f":
    case "off":
      return false;
    default:
      return null;
  }
}
