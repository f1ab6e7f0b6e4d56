/**
 * Lint: findings beyond the score. First layer: everything systemd 252 itself logs while loading
 * the unit (a setting it ignores is an `error`: the protection its author wrote is not there),
 * turned into a finding on the exact word with the exact remedy.
 */
import type { Finding } from "../findings.js";
import { ruleFinding, type RuleId } from "./rules.js";
import type { Diagnostic, UnitFile } from "../syntax/parser.js";
import { isKnownKey, keyWarning, sectionsFor, type LoadedUnit } from "../units/load.js";
import type { UnitName } from "../units/names.js";
import { deprecatedFindings } from "./deprecated.js";
import { exposureFindings } from "./exposure.js";
import { acceptedLater, tooNewFinding, tooNewKeys, type LoadAs } from "./versions.js";
import { floorOf, releaseOf } from "../release.js";
import { warningFinding } from "./warnings.js";

export interface LintOptions {
  /** The systemd releases the units must run on (default 252); the oldest is the floor. */
  readonly systemdVersions?: readonly number[];
  /** Settings every service must carry (from the policy file). */
  readonly requiredSettings?: readonly string[];
}

/** Larger files are not read as unit files. */
export const MAX_UNIT_FILE_BYTES = 1024 * 1024;

/** A file that is not a unit file at all: empty, binary, too large. */
export function fileProblem(path: string, bytes: Uint8Array | string): Finding | null {
  const length = typeof bytes === "string" ? bytes.length : bytes.byteLength;
  const problem = (id: RuleId, message: string): Finding =>
    ruleFinding(id, { path, span: { start: 0, end: 0 } }, message);
  if (length === 0)
    return problem(
      "empty-unit",
      "the file is empty: systemd treats an empty unit file as masked (the unit cannot start); delete it or give it content",
    );
  if (length > MAX_UNIT_FILE_BYTES)
    return problem(
      "not-a-unit-file",
      `the file is larger than ${MAX_UNIT_FILE_BYTES} bytes, it is not read as a unit file; move it out of the unit folder or rename it`,
    );
  if (typeof bytes !== "string" && bytes.includes(0))
    return problem(
      "not-a-unit-file",
      "the file contains NUL bytes: it is binary, not a unit file; move it out of the unit folder or rename it",
    );
  return null;
}

const SYNTAX_REMEDY: Readonly<Record<string, string>> = {
  "missing-equals": "write it as Key=value, or start the line with # to make it a comment",
  "missing-key": "put the setting's name before '='",
  "outside-section": "move it under a section header such as [Service]",
  "invalid-section-header":
    "close the header with ']' (a comment cannot follow it on the same line)",
  "unsafe-section-name": "use a plain section name such as [Service]",
  "invalid-utf8": "save the file as UTF-8",
  "line-too-long": "split the value over several lines or assignments",
  "unterminated-continuation": "remove the trailing backslash from the last line",
};

function syntaxFinding(file: UnitFile, d: Diagnostic, refused: boolean): Finding {
  const effect = d.fatal
    ? refused
      ? "systemd refuses to load the unit"
      : "systemd stops reading this file here"
    : "systemd ignores the line";
  const what =
    d.code === "invalid-utf8"
      ? "the line is not valid UTF-8"
      : d.code === "line-too-long"
        ? "the line is longer than systemd's limit of 1 MiB"
        : d.code === "unterminated-continuation"
          ? "the file ends with a line continued by a backslash"
          : d.message
              .replace(/\.? ?Ignoring\.?$|, ignoring line\.$/i, "")
              .replace(/^./, (c) => c.toLowerCase());
  const logged = d.code !== "unterminated-continuation" && d.code !== "line-too-long";
  return ruleFinding(
    "syntax-error",
    { path: file.path, file, span: d.span },
    `${what}: ${effect}; ${SYNTAX_REMEDY[d.code] ?? "fix the line"}`,
    {
      ...(d.code === "unterminated-continuation" && { variant: "unterminated-continuation" }),
      ...(logged && { systemd: { message: d.message, line: d.reportLine + 1 } }),
    },
  );
}

/** Parser diagnostics that systemd acts on: those in sections it reads (it skips unknown sections silently). */
function syntaxFindings(file: UnitFile, known: ReadonlySet<string>, refused: boolean): Finding[] {
  return file.diagnostics
    .filter((d) => d.fatal || d.section === null || known.has(d.section))
    .map((d) => syntaxFinding(file, d, refused && d.fatal));
}

/** What to do about each of service_verify()'s refusals. */
function refusalRemedy(refusal: string): string {
  if (refusal.includes("has no ExecStart=, ExecStop="))
    return "add ExecStart= with the command to run";
  if (refusal.includes("only allowed for Type=oneshot") && refusal.includes("no ExecStart="))
    return "add ExecStart=, or set Type=oneshot";
  if (refusal.includes("RemainAfterExit")) return "add ExecStart=, or set RemainAfterExit=yes";
  if (refusal.includes("more than one ExecStart="))
    return "keep one ExecStart= (move the others to ExecStartPre=/ExecStartPost=), or set Type=oneshot";
  if (refusal.includes("Restart=")) return "use Restart=on-failure (or no) with Type=oneshot";
  if (refusal.includes("ExitType=cgroup")) return "drop ExitType=cgroup, or use another Type=";
  if (refusal.includes("D-Bus")) return "add BusName= with the service's bus name";
  if (refusal.includes("PAM")) return "set KillMode=control-group or KillMode=mixed";
  return "fix the setting systemd names";
}

/** Keeps `systemd` only on findings systemd actually logs: on lines it reads. */
function whatSystemdLogs(
  findings: readonly Finding[],
  readUpTo: ReadonlyMap<UnitFile, number>,
): Finding[] {
  return findings.map((f) => {
    const line = f.systemd?.line;
    if (line === undefined || !f.file || line - 1 <= (readUpTo.get(f.file) ?? Infinity)) return f;
    const { systemd: _unlogged, ...rest } = f;
    return rest;
  });
}

/**
 * The findings of a unit loaded by the floor's systemd. `loadAs` loads the same files as another
 * release does; with later releases listed, what the floor ignores and one of them accepts is
 * `too-new` instead of the floor's error.
 */
export function lintUnit(unit: LoadedUnit, options: LintOptions = {}, loadAs?: LoadAs): Finding[] {
  const known = new Set(sectionsFor(unit.name.type));
  const files = [unit.fragment, ...unit.dropins];
  const findings: Finding[] = [];
  const listed = options.systemdVersions ?? [unit.release.version];
  const floor = unit.release.version;
  for (const file of files) findings.push(...syntaxFindings(file, known, file === unit.fragment));
  for (const w of unit.warnings) {
    if (w.code === "invalid-syntax" && w.assignment === undefined) continue; // a parser diagnostic, reported above
    const later =
      loadAs && w.code !== "removed-option" && !w.fatal
        ? acceptedLater(w, floor, listed, loadAs)
        : null;
    findings.push(...(later ? [tooNewFinding(w, floor, later)] : warningFinding(w, unit.name)));
  }
  findings.push(...deprecatedFindings(files, known, unit.warnings, unit.release.removedOptions));
  findings.push(...exposureFindings(unit, known));
  if (unit.name.type === "service")
    findings.push(...requiredFindings(unit, options.requiredSettings ?? []));
  if (unit.refusal && !unit.warnings.some((w) => w.fatal)) {
    const reason = unit.refusal.replace(/\.? Refusing\.$/, "");
    findings.push(
      ruleFinding(
        "unit-refused",
        { path: unit.fragment.path, file: unit.fragment, span: { start: 0, end: 0 } },
        `systemd refuses to load this unit (${reason.replace(/^Service /, "the service ")}): ${refusalRemedy(unit.refusal)}`,
        {
          systemd: { message: unit.refusal },
        },
      ),
    );
  }
  return whatSystemdLogs(findings, unit.readUpTo);
}

/** Settings the policy requires that no file of the unit assigns. */
function requiredFindings(unit: LoadedUnit, required: readonly string[]): Finding[] {
  if (required.length === 0) return [];
  const assigned = new Set(
    [unit.fragment, ...unit.dropins].flatMap((f) =>
      f.assignments.filter((a) => a.value !== "").map((a) => a.key),
    ),
  );
  const header = unit.fragment.entries.find((e) => e.kind === "section" && e.name === "Service");
  return required
    .filter((key) => !assigned.has(key))
    .map((key) =>
      ruleFinding(
        "missing-required-setting",
        {
          path: unit.fragment.path,
          file: unit.fragment,
          span: header ? header.span : { start: 0, end: 0 },
        },
        `the policy requires ${key}= of every service and this unit has none: add it to [Service] (or to a drop-in)`,
      ),
    );
}

/** A drop-in linted without its unit: its syntax, its keys, deprecated and too new settings. */
export function lintFileOnly(
  file: UnitFile,
  name: UnitName | null,
  options: LintOptions = {},
): Finding[] {
  const known = new Set(name ? sectionsFor(name.type) : ["Unit", "Service", "Install"]);
  const findings = syntaxFindings(file, known, false);
  findings.push(...deprecatedFindings([file], known, []));
  const floor = floorOf(options.systemdVersions);
  const later = tooNewKeys(file, known, floor, options.systemdVersions ?? [floor]);
  for (const a of file.assignments) {
    if (
      !known.has(a.section) ||
      isKnownKey(a.section, a.key, releaseOf(floor)) ||
      a.key.startsWith("X-")
    )
      continue;
    const w = keyWarning("unknown-key", "", file, a);
    const newer = later.get(`${a.section}.${a.key}`);
    findings.push(...(newer ? [tooNewFinding(w, floor, newer)] : warningFinding(w, name)));
  }
  return findings;
}
