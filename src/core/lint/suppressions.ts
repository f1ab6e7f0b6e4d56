/**
 * Inline suppressions: a comment line
 *
 *   # harden-units: ignore PrivateNetwork widens-exposure -- needs the host network
 *
 * before an assignment applies to that assignment; before the first section header of a file it
 * applies to the whole unit. Ids are rule ids (the findings are kept, marked suppressed, and do
 * not count for the gate) or check ids (the check is waived: excluded from the score as weight 0
 * would, and never proposed by fix). The reason after ` -- ` is required. A `#` after a value is
 * part of the value, so a suppression is always a comment line of its own.
 */
import { CHECKS_BY_ID } from "../checks/table.js";
import type { Finding } from "../findings.js";
import type { Assignment, UnitFile } from "../syntax/parser.js";
import { ruleFinding, RULES_BY_ID } from "./rules.js";

export interface Suppression {
  readonly file: UnitFile;
  readonly comment: { readonly start: number; readonly end: number };
  readonly ids: readonly string[];
  readonly reason: string;
  /** The assignment it applies to, or null for the whole unit. */
  readonly target: Assignment | null;
}

const MARKER = /^[#;]\s*harden-units:\s*(\S+)\s*(.*)$/i;

/** Reads the suppression comments of one file, and what is wrong with any of them. */
export function readSuppressions(file: UnitFile): {
  suppressions: Suppression[];
  problems: Finding[];
} {
  const suppressions: Suppression[] = [];
  const problems: Finding[] = [];
  const pending: Omit<Suppression, "target">[] = [];
  let seenSection = false;
  for (const entry of file.entries) {
    if (entry.kind === "section") {
      if (!seenSection) {
        // Comments above the first section header apply to the whole unit.
        for (const p of pending.splice(0)) suppressions.push({ ...p, target: null });
      }
      seenSection = true;
      continue;
    }
    if (entry.kind === "assignment") {
      for (const p of pending.splice(0))
        suppressions.push({ ...p, target: seenSection ? entry : null });
      continue;
    }
    if (entry.kind !== "comment" || entry.inContinuation) continue;
    const m = MARKER.exec(entry.text);
    if (!m) continue;
    const problem = (message: string) =>
      problems.push(
        ruleFinding("invalid-suppression", { path: file.path, file, span: entry.span }, message),
      );
    if (m[1]!.toLowerCase() !== "ignore") {
      problem(
        `'harden-units: ${m[1]}' is not a directive: write '# harden-units: ignore ID ... -- reason'`,
      );
      continue;
    }
    const rest = m[2]!;
    const sep = rest.indexOf("--");
    const reason = sep < 0 ? "" : rest.slice(sep + 2).trim();
    const ids = (sep < 0 ? rest : rest.slice(0, sep)).split(/[\s,]+/).filter((x) => x !== "");
    if (ids.length === 0) {
      problem(
        "the suppression names nothing to ignore: write '# harden-units: ignore ID ... -- reason'",
      );
      continue;
    }
    const unknown = ids.filter((id) => !RULES_BY_ID.has(id) && !CHECKS_BY_ID.has(id));
    if (unknown.length > 0) {
      problem(
        `${unknown.map((u) => `'${u}'`).join(", ")} ${unknown.length === 1 ? "is" : "are"} neither a rule id (e.g. widens-exposure) nor a check id (e.g. PrivateNetwork): the suppression is not applied`,
      );
      continue;
    }
    if (reason === "") {
      problem(
        `the suppression of ${ids.join(", ")} gives no reason: add ' -- why' (the reason is shown in reports); it is not applied`,
      );
      continue;
    }
    pending.push({ file, comment: entry.span, ids, reason });
  }
  // Suppressions with no assignment after them: the whole unit when above any section.
  for (const p of pending) {
    if (!seenSection) suppressions.push({ ...p, target: null });
    else
      problems.push(
        ruleFinding(
          "unused-suppression",
          { path: file.path, file, span: p.comment },
          `no assignment follows this suppression of ${p.ids.join(", ")}: put it on the line before the setting it is about`,
        ),
      );
  }
  return { suppressions, problems };
}

/** Whether a finding lies on the assignment a suppression targets (or the suppression is unit-wide). */
export function covers(s: Suppression, f: Finding): boolean {
  if (s.target === null) return true;
  return (
    f.path === s.file.path &&
    f.span.start >= s.target.span.start &&
    f.span.start <= s.target.span.end
  );
}

/** Rules a check waiver also silences on its own assignment: the ones about that setting's exposure. */
export const EXPOSURE_RULES = new Set(["widens-exposure", "conflicting-options"]);
