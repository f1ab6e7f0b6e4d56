/**
 * Findings: what lint (and the scan itself) reports about a file. Spans inside, 1-based line and
 * column only at the edge. Sorted and de-duplicated once, so every output is stable.
 */
import type { Span, UnitFile } from "./syntax/parser.js";

export type Severity = "error" | "warning" | "notice";

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  error: 3,
  warning: 2,
  notice: 1,
};

export interface Finding {
  /** Stable kebab-case rule id. */
  readonly id: string;
  readonly severity: Severity;
  /** Path of the file the finding is in (the unit file or one of its drop-ins). */
  readonly path: string;
  /** The file, to turn the span into line and column; absent for findings about a whole file that could not be parsed. */
  readonly file?: UnitFile;
  readonly span: Span;
  readonly message: string;
  /** Set when an inline comment or the policy waives it: the reason given. */
  readonly suppressed?: string;
  /**
   * What systemd 252 itself logs about it while loading the unit (`systemd-analyze verify` prints
   * `FILE:LINE: message`), when it logs anything: the line (absent for unit-level messages).
   */
  readonly systemd?: { readonly message: string; readonly line?: number };
}

export interface Location {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export function locate(f: Finding): Location {
  if (!f.file) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const start = f.file.lineIndex.position(f.span.start);
  const end = f.file.lineIndex.position(Math.max(f.span.start, f.span.end));
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** Sorted by path, line, column, id; exact repeats dropped. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const keyed = findings.map((f) => ({ f, at: locate(f) }));
  keyed.sort(
    (a, b) =>
      (a.f.path < b.f.path ? -1 : a.f.path > b.f.path ? 1 : 0) ||
      a.at.line - b.at.line ||
      a.at.column - b.at.column ||
      (a.f.id < b.f.id ? -1 : a.f.id > b.f.id ? 1 : 0) ||
      (a.f.message < b.f.message ? -1 : a.f.message > b.f.message ? 1 : 0),
  );
  const out: Finding[] = [];
  let prev: { f: Finding; at: Location } | undefined;
  for (const k of keyed) {
    const same =
      prev &&
      prev.f.path === k.f.path &&
      prev.at.line === k.at.line &&
      prev.at.column === k.at.column &&
      prev.f.id === k.f.id &&
      prev.f.message === k.f.message;
    if (!same) out.push(k.f);
    prev = k;
  }
  return out;
}
