/**
 * What an option parser gets (the assignment, the settings to change, a logger) and the steps
 * systemd's parsers share: splitting a value into words, expanding specifiers, the `~` and empty
 * prologues of list settings, and the wording of a parse error in each release.
 */
import { valueRangeToSpan, type Assignment, type Span } from "../syntax/parser.js";
import { expandSpecifiers, type SpecifierContext } from "../syntax/specifiers.js";
import { splitWords, type Word } from "../syntax/words.js";
import type { Release } from "../release.js";
import type { Located, Tracked, UnitSettings, WarningCode } from "./settings.js";

/**
 * What the release logs for a value it cannot parse: the parser's own text (`classic`, 252-256),
 * or from 257 "Failed to parse KEY=VALUE, ignoring: <errno text>".
 */
export function parseErrorText(
  ctx: OptionContext,
  classic: string,
  errno = "Invalid argument",
): string {
  return ctx.release.parseErrors === "classic"
    ? classic
    : `Failed to parse ${ctx.at.assignment.key}=${ctx.value}, ignoring: ${errno}`;
}

/** What an option parser gets: the assignment, the settings to change, and a logger. */
export interface OptionContext {
  readonly settings: UnitSettings;
  readonly at: Located;
  readonly value: string;
  readonly specifiers: SpecifierContext;
  /** The systemd release whose loader is mimicked. */
  readonly release: Release;
  warn(
    code: WarningCode,
    systemdMessage: string,
    subject?: string,
    range?: { start: number; end: number },
    fatal?: boolean,
  ): void;
}

export type OptionParser = (ctx: OptionContext) => void;

export function wordRange(w: Word, offset: number): { start: number; end: number } {
  return { start: w.start + offset, end: w.end + offset };
}

/**
 * Splits the value into words as the option's loop does: a quoting error logs systemd's
 * "Invalid syntax" and ends the loop, the words before it still apply. Parsers that drop the
 * whole line on such an error check `complete`.
 */
export function wordsOf(
  ctx: OptionContext,
  text: string,
  offset: number,
  unquote: boolean,
): Word[] & { complete?: boolean } {
  const { words, errorAt } = splitWords(text, { unquote });
  const result: Word[] & { complete?: boolean } = words;
  result.complete = errorAt === null;
  if (errorAt !== null)
    ctx.warn("invalid-syntax", `Invalid syntax, ignoring: ${text}`, text, {
      start: offset,
      end: offset + text.length,
    });
  return result;
}

/**
 * Expands specifiers, logging systemd's message when one cannot be resolved. `quote` is how the
 * setting's parser quotes the text in that message, which differs from parser to parser.
 */
export function expand(
  ctx: OptionContext,
  text: string,
  opts: { range?: { start: number; end: number }; fatal?: boolean; quote?: "'" | '"' | "" } = {},
): string | null {
  const r = expandSpecifiers(text, ctx.specifiers);
  if (r.ok) return r.value;
  const q = opts.quote ?? "";
  const fatal = opts.fatal ?? false;
  ctx.warn(
    "unresolved-specifier",
    `Failed to resolve unit specifiers in ${q}${text}${q}${fatal ? "" : ", ignoring"}: Invalid slot`,
    r.specifier,
    opts.range,
    fatal,
  );
  return null;
}

/**
 * The prologue of systemd's list settings: a leading `~` inverts the list (a deny list instead of
 * an allow list); `offset` is where the words start in the value.
 */
/**
 * The prologue of settings that an empty assignment resets to a default: for an empty value, sets
 * `empty`, records the assignment and returns true (the parser is done); otherwise changes nothing.
 */
export function resetOnEmpty<T>(ctx: OptionContext, t: Tracked<T>, empty: T): boolean {
  if (ctx.value !== "") return false;
  t.value = empty;
  t.src = ctx.at;
  return true;
}

export function invertedList(raw: string): { invert: boolean; value: string; offset: number } {
  return raw.startsWith("~")
    ? { invert: true, value: raw.slice(1), offset: 1 }
    : { invert: false, value: raw, offset: 0 };
}

/** The warning's span in the source, for a range in the value. */
export function warningSpan(a: Assignment, range?: { start: number; end: number }): Span {
  return range
    ? valueRangeToSpan(a, range.start, range.end)
    : a.valueSpan.end > a.valueSpan.start
      ? a.valueSpan
      : a.span;
}
