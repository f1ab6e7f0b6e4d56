/**
 * Lint: findings beyond the score. First layer: everything systemd 252 itself logs while loading
 * the unit (a setting it ignores is an `error`: the protection its author wrote is not there),
 * turned into a finding on the exact word with the exact remedy.
 */
import type { Score } from "../checks/score.js";
import type { Finding, Severity } from "../findings.js";
import type { Diagnostic, UnitFile } from "../syntax/parser.js";
import { isKnownKey, sectionsFor, type LoadedUnit } from "../units/load.js";
import type { UnitName } from "../units/names.js";
import type { LoadWarning } from "../units/settings.js";
import { warningFinding } from "./warnings.js";

export interface LintOptions {
  /** Oldest systemd the units must run on (default 252). */
  readonly systemdVersion?: number;
}

/** Larger files are not read as unit files. */
export const MAX_UNIT_FILE_BYTES = 1024 * 1024;

/** A file that is not a unit file at all: empty, binary, too large. */
export function fileProblem(path: string, bytes: Uint8Array | string): Finding | null {
  const length = typeof bytes === "string" ? bytes.length : bytes.byteLength;
  const problem = (id: string, message: string, severity: Severity = "error"): Finding => ({ id, severity, path, span: { start: 0, end: 0 }, message });
  if (length === 0) return problem("empty-unit", "the file is empty: systemd treats an empty unit file as masked (the unit cannot start); delete it or give it content", "warning");
  if (length > MAX_UNIT_FILE_BYTES) return problem("not-a-unit-file", `the file is larger than ${MAX_UNIT_FILE_BYTES} bytes, it is not read as a unit file; move it out of the unit folder or rename it`);
  if (typeof bytes !== "string" && bytes.includes(0)) return problem("not-a-unit-file", "the file contains NUL bytes: it is binary, not a unit file; move it out of the unit folder or rename it");
  return null;
}

const SYNTAX_REMEDY: Readonly<Record<string, string>> = {
  "missing-equals": "write it as Key=value, or start the line with # to make it a comment",
  "missing-key": "put the setting's name before '='",
  "outside-section": "move it under a section header such as [Service]",
  "invalid-section-header": "close the header with ']' (a comment cannot follow it on the same line)",
  "unsafe-section-name": "use a plain section name such as [Service]",
  "invalid-utf8": "save the file as UTF-8",
  "line-too-long": "split the value over several lines or assignments",
  "unterminated-continuation": "remove the trailing backslash from the last line",
};

function syntaxFinding(file: UnitFile, d: Diagnostic, refused: boolean): Finding {
  const effect = d.fatal ? (refused ? "systemd refuses to load the unit" : "systemd stops reading this file here") : "systemd ignores the line";
  const what =
    d.code === "invalid-utf8" ? "the line is not valid UTF-8"
    : d.code === "line-too-long" ? "the line is longer than systemd's limit of 1 MiB"
    : d.code === "unterminated-continuation" ? "the file ends with a line continued by a backslash"
    : d.message.replace(/\.? ?Ignoring\.?$|, ignoring line\.$/i, "").replace(/^./, (c) => c.toLowerCase());
  return {
    id: "syntax-error",
    severity: d.code === "unterminated-continuation" ? "warning" : "error",
    path: file.path,
    file,
    span: d.span,
    message: `${what}: ${effect}; ${SYNTAX_REMEDY[d.code] ?? "fix the line"}`,
  };
}

/** Parser diagnostics that systemd acts on: those in sections it reads (it skips unknown sections silently). */
function syntaxFindings(file: UnitFile, known: ReadonlySet<string>, refused: boolean): Finding[] {
  return file.diagnostics
    .filter((d) => d.fatal || d.section === null || known.has(d.section))
    .map((d) => syntaxFinding(file, d, refused && d.fatal));
}

export function lintUnit(unit: LoadedUnit, _score: Score | null, _options: LintOptions = {}): Finding[] {
  const known = new Set(sectionsFor(unit.name.type));
  const findings: Finding[] = [];
  for (const file of [unit.fragment, ...unit.dropins]) findings.push(...syntaxFindings(file, known, file === unit.fragment));
  for (const w of unit.warnings) {
    if (w.code === "invalid-syntax" && w.assignment === undefined) continue; // a parser diagnostic, reported above
    findings.push(...warningFinding(w, unit.name));
  }
  if (unit.refusal && !unit.warnings.some((w) => w.fatal)) {
    findings.push({
      id: "unit-refused",
      severity: "error",
      path: unit.fragment.path,
      file: unit.fragment,
      span: { start: 0, end: 0 },
      message: `systemd refuses to load this unit: ${unit.refusal.replace(/ Refusing\.$/, "")}; add the missing setting`,
    });
  }
  return findings;
}

/** A drop-in linted without its unit: its syntax and its keys. */
export function lintFileOnly(file: UnitFile, name: UnitName | null, _options: LintOptions = {}): Finding[] {
  const known = new Set(name ? sectionsFor(name.type) : ["Unit", "Service", "Install"]);
  const findings = syntaxFindings(file, known, false);
  for (const a of file.assignments) {
    if (!known.has(a.section) || isKnownKey(a.section, a.key) || a.key.startsWith("X-")) continue;
    const w: LoadWarning = {
      code: "unknown-key", systemdMessage: "", file, assignment: a, span: a.keySpan, reportLine: a.reportLine, subject: a.key, stopsFile: false, fatal: false,
    };
    findings.push(...warningFinding(w, name));
  }
  return findings;
}
