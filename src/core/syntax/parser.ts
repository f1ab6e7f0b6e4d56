/**
 * The unit-file parser: systemd.syntax(7) as systemd 252's config_parse() reads it.
 *
 * - A line whose first non-blank character is '#' or ';' is a comment, also inside a
 *   continuation (it is skipped and the continuation goes on). A '#' later in a line is text.
 * - A line ending in an unescaped backslash continues on the next line; the backslash becomes a
 *   space and the next line is appended as it is (leading blanks included).
 * - A UTF-8 byte order mark is dropped from the first line that has one.
 * - Key and value are cut at the first '=' and stripped of " \t\n\r" (nothing else).
 *
 * It never throws: every line becomes an entry, broken lines carry a diagnostic with a stable
 * code, and nothing is lost (comments and blank lines are entries too), so a fix can keep the
 * author's formatting.
 */
import {
  decodeSource,
  isValidUnichar,
  LineIndex,
  type PhysicalLine,
  type SourceText,
} from "./source.js";

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Where a piece of the joined value comes from in the source text. */
export interface ValueSegment {
  /** Offset in `value`. */
  readonly valueOffset: number;
  /** Offset in the source text. */
  readonly sourceOffset: number;
  readonly length: number;
}

export interface Assignment {
  readonly kind: "assignment";
  /** The section it is in, as written without brackets. */
  readonly section: string;
  readonly key: string;
  /** The value as systemd hands it to the option's parser: continuations joined, stripped. */
  readonly value: string;
  /** From the key's first character to the value's last, across continuation lines. */
  readonly span: Span;
  readonly keySpan: Span;
  readonly valueSpan: Span;
  readonly segments: readonly ValueSegment[];
  /** 0-based index of the physical line systemd reports (the last line of a continuation). */
  readonly reportLine: number;
  /** 0-based index of the first physical line. */
  readonly firstLine: number;
}

export interface SectionHeader {
  readonly kind: "section";
  readonly name: string;
  readonly span: Span;
  readonly firstLine: number;
}

export interface Comment {
  readonly kind: "comment";
  readonly text: string;
  readonly span: Span;
  readonly firstLine: number;
  /** The comment sits inside a backslash continuation. */
  readonly inContinuation: boolean;
}

export interface BrokenLine {
  readonly kind: "broken";
  readonly span: Span;
  readonly firstLine: number;
  readonly reportLine: number;
  readonly diagnostic: Diagnostic;
}

export type Entry = Assignment | SectionHeader | Comment | BrokenLine;

export type DiagnosticCode =
  | "missing-equals"
  | "missing-key"
  | "outside-section"
  | "invalid-section-header"
  | "unsafe-section-name"
  | "invalid-utf8"
  | "line-too-long"
  | "unterminated-continuation";

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly span: Span;
  /** 0-based physical line systemd would report. */
  readonly reportLine: number;
  /** systemd stops reading the file here (and refuses a unit file that has it). */
  readonly fatal: boolean;
  /** The section the line is in (null before the first section header). */
  readonly section: string | null;
}

export interface UnitFile {
  readonly path: string;
  readonly source: SourceText;
  readonly entries: readonly Entry[];
  readonly assignments: readonly Assignment[];
  readonly diagnostics: readonly Diagnostic[];
  readonly lineIndex: LineIndex;
}

/** systemd's LONG_LINE_MAX: a longer (joined) line makes the whole file fail to load. */
export const LONG_LINE_MAX = 1024 * 1024;

const BOM = "\uFEFF";

export function isBlank(ch: string | undefined): boolean {
  return ch === " " || ch === "\t" || ch === "\n" || ch === "\r";
}

/** strstrip(): the span of `text[start, end)` without leading and trailing " \t\n\r". */
export function stripSpan(text: string, start: number, end: number): Span {
  while (start < end && isBlank(text[start])) start++;
  while (end > start && isBlank(text[end - 1])) end--;
  return { start, end };
}

export function strip(s: string): string {
  const span = stripSpan(s, 0, s.length);
  return s.slice(span.start, span.end);
}

interface Piece {
  /** The text systemd appends for this physical line (trailing backslash already a space). */
  readonly text: string;
  /** Offset in the source text of text[0]. */
  readonly sourceOffset: number;
}

export function parseUnitFile(path: string, input: Uint8Array | string): UnitFile {
  const source = decodeSource(input);
  return parseSource(path, source);
}

export function parseSource(path: string, source: SourceText): UnitFile {
  const { text, lines } = source;
  const entries: Entry[] = [];
  const diagnostics: Diagnostic[] = [];
  let section: string | null = null;
  let bomSeen = false;
  let pieces: Piece[] | null = null;
  let continuationLength = 0;
  let continuationFirstLine = 0;

  const addDiagnostic = (
    code: DiagnosticCode,
    message: string,
    span: Span,
    reportLine: number,
    fatal = false,
  ): Diagnostic => {
    const d: Diagnostic = { code, message, span, reportLine, fatal, section };
    diagnostics.push(d);
    return d;
  };
  const broken = (d: Diagnostic, firstLine: number) =>
    entries.push({
      kind: "broken",
      span: d.span,
      firstLine,
      reportLine: d.reportLine,
      diagnostic: d,
    });

  const logicalLine = (
    ps: readonly Piece[],
    firstLine: number,
    reportLine: number,
    invalidUtf8: boolean,
  ): void => {
    // One physical line (the usual case) is its own text: no join, offsets shift by one amount.
    const single = ps.length === 1 ? ps[0]! : null;
    const joined = single ? single.text : ps.map((p) => p.text).join("");
    // Map an offset in `joined` back to the source.
    const toSource = (offset: number): number => {
      if (single) return single.sourceOffset + offset;
      let acc = 0;
      for (const p of ps) {
        if (offset <= acc + p.text.length) return p.sourceOffset + (offset - acc);
        acc += p.text.length;
      }
      const last = ps[ps.length - 1]!;
      return last.sourceOffset + last.text.length;
    };
    const stripped = stripSpan(joined, 0, joined.length);
    const whole: Span = { start: toSource(stripped.start), end: toSource(stripped.end) };
    const l = joined.slice(stripped.start, stripped.end);
    if (l === "") return;
    if (invalidUtf8 || hasNonCharacter(l)) {
      const shown = [...l]
        .map((ch) => (isValidUnichar(ch.codePointAt(0)!) ? ch : "\uFFFD"))
        .join("");
      broken(
        addDiagnostic(
          "invalid-utf8",
          `String is not UTF-8 clean, ignoring assignment: ${shown}`,
          whole,
          reportLine,
          true,
        ),
        firstLine,
      );
      return;
    }
    if (l.startsWith("[")) {
      if (!l.endsWith("]") || l.length < 2) {
        broken(
          addDiagnostic(
            "invalid-section-header",
            `Invalid section header '${l}'`,
            whole,
            reportLine,
            true,
          ),
          firstLine,
        );
        return;
      }
      const name = l.slice(1, -1);
      if (!isSafeString(name)) {
        broken(
          addDiagnostic(
            "unsafe-section-name",
            `Bad characters in section header '${l}'`,
            whole,
            reportLine,
            true,
          ),
          firstLine,
        );
        return;
      }
      section = name;
      entries.push({ kind: "section", name, span: whole, firstLine });
      return;
    }
    if (section === null) {
      broken(
        addDiagnostic(
          "outside-section",
          "Assignment outside of section. Ignoring.",
          whole,
          reportLine,
        ),
        firstLine,
      );
      return;
    }
    const eq = l.indexOf("=");
    if (eq < 0) {
      broken(
        addDiagnostic("missing-equals", "Missing '=', ignoring line.", whole, reportLine),
        firstLine,
      );
      return;
    }
    if (eq === 0) {
      broken(
        addDiagnostic(
          "missing-key",
          "Missing key name before '=', ignoring line.",
          whole,
          reportLine,
        ),
        firstLine,
      );
      return;
    }
    const base = stripped.start;
    const keyLocal = stripSpan(joined, base, base + eq);
    const valueLocal = stripSpan(joined, base + eq + 1, stripped.end);
    const value = joined.slice(valueLocal.start, valueLocal.end);
    entries.push({
      kind: "assignment",
      section,
      key: joined.slice(keyLocal.start, keyLocal.end),
      value,
      span: whole,
      keySpan: { start: toSource(keyLocal.start), end: toSource(keyLocal.end) },
      valueSpan:
        value === ""
          ? { start: toSource(base + eq + 1), end: toSource(base + eq + 1) }
          : { start: toSource(valueLocal.start), end: toSource(valueLocal.end) },
      segments: valueSegments(ps, valueLocal),
      reportLine,
      firstLine,
    });
  };

  let continuationInvalid = false;
  for (let i = 0; i < lines.length; i++) {
    const line: PhysicalLine = lines[i]!;
    let start = line.start;
    // The first character that is not blank, read in place (most lines need no copy of their own).
    let first = line.start;
    while (first < line.end && isBlank(text[first])) first++;
    const firstNonBlank = first < line.end ? text[first] : undefined;
    if (firstNonBlank === "#" || firstNonBlank === ";") {
      const span = stripSpan(text, line.start, line.end);
      entries.push({
        kind: "comment",
        text: text.slice(span.start, span.end),
        span,
        firstLine: i,
        inContinuation: pieces !== null,
      });
      continue;
    }
    if (!bomSeen && text.startsWith(BOM, line.start)) {
      bomSeen = true;
      start += BOM.length;
    }
    let lineText = text.slice(start, line.end);
    const rawLength = line.end - line.start;
    if (
      (pieces !== null && continuationLength + lineText.length > LONG_LINE_MAX) ||
      (rawLength * 3 >= LONG_LINE_MAX &&
        byteLength(text.slice(line.start, line.end)) >= LONG_LINE_MAX)
    ) {
      broken(addDiagnostic("line-too-long", "Line too long", { start, end: line.end }, i, true), i);
      pieces = null;
      continuationLength = 0;
      continue;
    }
    if (endsEscaped(lineText)) {
      lineText = lineText.slice(0, -1) + " ";
      if (pieces === null) {
        pieces = [];
        continuationFirstLine = i;
        continuationInvalid = false;
      }
      pieces.push({ text: lineText, sourceOffset: start });
      continuationLength += lineText.length;
      continuationInvalid ||= line.invalidUtf8;
      continue;
    }
    if (pieces !== null) {
      pieces.push({ text: lineText, sourceOffset: start });
      logicalLine(pieces, continuationFirstLine, i, continuationInvalid || line.invalidUtf8);
      pieces = null;
      continuationLength = 0;
    } else {
      logicalLine([{ text: lineText, sourceOffset: start }], i, i, line.invalidUtf8);
    }
  }
  if (pieces !== null) {
    const last = pieces[pieces.length - 1]!;
    addDiagnostic(
      "unterminated-continuation",
      "the file ends inside a backslash continuation",
      { start: last.sourceOffset, end: last.sourceOffset + last.text.length },
      lines.length,
    );
    logicalLine(pieces, continuationFirstLine, lines.length, continuationInvalid);
  }

  const assignments = entries.filter((e): e is Assignment => e.kind === "assignment");
  return { path, source, entries, assignments, diagnostics, lineIndex: new LineIndex(lines) };
}

/** Whether the text ends in an unescaped backslash (an odd run of trailing backslashes). */
function endsEscaped(s: string): boolean {
  let n = 0;
  for (let i = s.length - 1; i >= 0 && s[i] === "\\"; i--) n++;
  return n % 2 === 1;
}

/**
 * The UTF-16 units a noncharacter is written with: U+FDD0..U+FDEF, U+FFFE, U+FFFF, and the low
 * surrogates of U+xFFFE and U+xFFFF above the first plane.
 */
const MAY_HOLD_NONCHARACTER = /[\uFDD0-\uFDEF\uFFFE\uFFFF\uDFFE\uDFFF]/;

/** utf8_is_valid() refuses noncharacters (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF) that UTF-8 decoders accept. */
function hasNonCharacter(s: string): boolean {
  if (!MAY_HOLD_NONCHARACTER.test(s)) return false;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) === 0xfffe) return true;
  }
  return false;
}

/** UTF-8 length of a string (only computed when it could reach the limit). */
function byteLength(s: string): number {
  if (s.length * 3 < LONG_LINE_MAX) return s.length;
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** string_is_safe(): no control characters, quotes or backslashes. */
function isSafeString(s: string): boolean {
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 || c === 0x7f || ch === "\\" || ch === '"' || ch === "'") return false;
  }
  return true;
}

function valueSegments(pieces: readonly Piece[], value: Span): ValueSegment[] {
  const segments: ValueSegment[] = [];
  let acc = 0;
  for (const p of pieces) {
    const from = Math.max(value.start, acc);
    const to = Math.min(value.end, acc + p.text.length);
    if (to > from)
      segments.push({
        valueOffset: from - value.start,
        sourceOffset: p.sourceOffset + (from - acc),
        length: to - from,
      });
    acc += p.text.length;
  }
  return segments;
}

/** The source span of `value.slice(start, end)` of an assignment. */
export function valueRangeToSpan(a: Assignment, start: number, end: number): Span {
  const toSource = (offset: number, preferEnd: boolean): number => {
    for (const s of a.segments) {
      const inside = preferEnd
        ? offset > s.valueOffset && offset <= s.valueOffset + s.length
        : offset >= s.valueOffset && offset < s.valueOffset + s.length;
      if (inside) return s.sourceOffset + (offset - s.valueOffset);
    }
    return preferEnd ? a.valueSpan.end : a.valueSpan.start;
  };
  if (end <= start) {
    const at = toSource(start, false);
    return { start: at, end: at };
  }
  return { start: toSource(start, false), end: toSource(end, true) };
}
