/**
 * The annotations of a run, built once from the reports, the gate and the base, for every place
 * that shows them (the check run, workflow commands, `--format github|sarif|gitlab`):
 * - one per scored unit at or above `annotate-exposure` (or breaking an exposure gate), on its
 *   `[Service]` line: exposure, level, base -> head, the costliest checks with the line that
 *   decided each, the drop-in's exposure and where to get it; failure level when it breaks a gate,
 *   and then what raised the exposure, check by check;
 * - a notice on each line that explicitly sets a weak value (on pull requests: only lines the pull
 *   request adds or changes); a failure instead when that line now decides a check worse than
 *   the base's;
 * - the open lint findings, as before.
 * Unit annotations come first, most exposed first: GitHub shows only 10 of each level per step.
 */
import { formatExposure, type CheckRow } from "./checks/score.js";
import { locate, type Finding } from "./findings.js";
import type { GateFailure } from "./gate.js";
import type { UnitReport } from "./scan.js";
import type { UnitFile } from "./syntax/parser.js";

export type AnnotationLevel = "failure" | "warning" | "notice";

/** What an annotation is about; SARIF and GitLab take it as the rule. */
export type AnnotationKind = "unit-exposure" | "weak-setting" | "exposure-increase" | "finding";

export interface UnitAnnotation {
  readonly kind: AnnotationKind;
  /** The lint rule of a finding; the kind otherwise. */
  readonly rule: string;
  readonly level: AnnotationLevel;
  readonly path: string;
  readonly line: number;
  readonly endLine: number;
  /** Columns (findings only); the Checks API takes them only on one line. */
  readonly column?: number;
  readonly endColumn?: number;
  readonly title: string;
  readonly message: string;
  /** The unit's path (its report), for grouping and stable identities. */
  readonly unitPath: string;
  /** The unit's exposure (tenths), for unit annotations. */
  readonly exposure?: number;
}

/** One check of a unit on the base, as the regression needs it. */
export interface BaseCheck {
  readonly badness: number | null;
  /** Row exposure (tenths), 0 when it costs nothing. */
  readonly cost: number;
  /** The assignment that decided it on the base, if one did. */
  readonly setting?: { readonly path: string; readonly line: number; readonly text: string };
}

/** A unit as it scored on the base. */
export interface BaseUnit {
  readonly exposure: number;
  readonly checks: ReadonlyMap<string, BaseCheck>;
  /** With several systemd releases listed: each one's exposure (for the gates). */
  readonly byRelease?: ReadonlyMap<number, number>;
}

export interface AnnotateOptions {
  /** 0..10: units at or above it get an annotation; null for none. */
  readonly annotateExposure: number | null;
  readonly gate?: readonly GateFailure[];
  /** Each unit on the base (pull requests; absent for new units). */
  readonly base?: ReadonlyMap<string, BaseUnit>;
  /** On pull requests: whether the pull request adds or changes this line (weak-line notices only there). */
  readonly changedLine?: (path: string, line: number) => boolean;
  /** On pull requests: whether the file is in the diff (a drop-in-only pull request annotates the drop-in). */
  readonly inDiff?: (path: string) => boolean;
  /** Where the drop-in can be had: a pull request (suggestion, fix: commit, /harden-units fix) or the CLI. */
  readonly context?: "pull-request" | "action" | "cli";
  /** The run posts the drop-ins as review suggestions (fix: suggest on a pull request). */
  readonly suggests?: boolean;
}

const code = (s: string) => `\`${s.replace(/[\r\n]+/g, " ").replace(/`/g, "'")}\``;

/** The base's checks of a scored report (what `BaseUnit` keeps of it). */
export function baseUnitOf(r: UnitReport): BaseUnit | null {
  if (!r.score) return null;
  const checks = new Map<string, BaseCheck>();
  for (const row of r.score.rows) {
    const at = row.src ? settingAt(row) : undefined;
    checks.set(row.check.id, {
      badness: row.badness,
      cost: row.exposure ?? 0,
      ...(at && { setting: at }),
    });
  }
  const byRelease =
    r.scores &&
    new Map(r.scores.flatMap((s) => (s.score ? [[s.release, s.score.exposure] as const] : [])));
  return { exposure: r.score.exposure, checks, ...(byRelease && { byRelease }) };
}

function settingAt(row: CheckRow): { path: string; line: number; text: string } | undefined {
  if (!row.src) return undefined;
  const a = row.src.assignment;
  return {
    path: row.src.file.path,
    line: row.src.file.lineIndex.position(a.span.start).line,
    text: `${a.key}=${a.value}`,
  };
}

/** The 1-based line of a file's `[Service]` header, or null. */
function serviceLine(file: UnitFile): number | null {
  const e = file.entries.find((x) => x.kind === "section" && x.name === "Service");
  return e && e.kind === "section" ? e.firstLine + 1 : null;
}

/** Where a unit's annotation goes: its `[Service]` line (a drop-in's, when only that is in the pull request), else line 1. */
function unitPlace(
  r: UnitReport,
  inDiff: AnnotateOptions["inDiff"],
): { path: string; line: number } {
  const loaded = r.loaded!;
  if (inDiff && !inDiff(loaded.fragment.path)) {
    const dropin = loaded.dropins.find((d) => inDiff(d.path));
    if (dropin) return { path: dropin.path, line: serviceLine(dropin) ?? 1 };
  }
  return { path: loaded.fragment.path, line: serviceLine(loaded.fragment) ?? 1 };
}

function failing(rows: readonly CheckRow[]): CheckRow[] {
  return rows
    .filter((r) => r.badness !== null && r.badness > 0)
    .sort(
      (a, b) =>
        (b.exposure ?? 0) - (a.exposure ?? 0) ||
        (b.weight * b.badness!) / b.range - (a.weight * a.badness!) / a.range ||
        (a.check.name < b.check.name ? -1 : 1),
    );
}

function howToGet(r: UnitReport, { context, suggests }: AnnotateOptions): string {
  const dir = r.path.includes("/") ? r.path.replace(/\/[^/]*$/, "") || "/" : ".";
  const cli = code(
    `npx harden-units fix ${/^[\w@%+=:,./-]+$/.test(dir) ? dir : `'${dir.replace(/'/g, `'\\''`)}'`}`,
  );
  if (context === "pull-request")
    return `${suggests ? "apply the review's suggestion, " : ""}set ${code("fix: commit")}, comment ${code("/harden-units fix")}, or run ${cli}`;
  if (context === "action") return `set ${code("fix: commit")} or run ${cli}`;
  return `run ${cli}`;
}

/** A check's change between base and head, for the regression. */
interface Worse {
  readonly row: CheckRow;
  readonly base: BaseCheck | undefined;
  /** Tenths the check adds now (head cost - base cost). */
  readonly delta: number;
}

function worseChecks(rows: readonly CheckRow[], base: BaseUnit): Worse[] {
  const out: Worse[] = [];
  for (const row of rows) {
    const b = base.checks.get(row.check.id);
    const before = b?.badness ?? 0;
    const now = row.badness ?? 0;
    if (now > before) out.push({ row, base: b, delta: (row.exposure ?? 0) - (b?.cost ?? 0) });
  }
  return out.sort((a, b) => b.delta - a.delta || (a.row.check.name < b.row.check.name ? -1 : 1));
}

/** How a worse check came about, in words; `line` when a line of the head decides it now. */
function cause(
  w: Worse,
  unitPath: string,
): { text: string; at?: { path: string; line: number; text: string } } {
  const cost = `costs ${formatExposure(Math.max(0, w.delta))}`;
  const now = settingAt(w.row);
  const was = w.base?.setting;
  if (!now && was)
    return {
      text: `removing ${code(was.text)} (base line ${was.line}${was.path !== unitPath ? ` of ${was.path}` : ""}) ${cost} (${w.row.check.name})`,
    };
  if (now)
    return {
      text: `${code(now.text)} (line ${now.line}${was ? `, was ${code(was.text)}` : ""}) ${cost} (${w.row.check.name})`,
      at: now,
    };
  return { text: `${w.row.check.name} got worse: ${cost}` };
}

/** What raised a unit's exposure over the base's, check by check, in words (empty when nothing did). */
export function regressionCauses(r: UnitReport, base: BaseUnit | undefined): string[] {
  if (!r.score || !base || r.score.exposure <= base.exposure) return [];
  return worseChecks(r.score.rows, base).map((w) => cause(w, r.path).text);
}

/**
 * Checks that fail in a sandbox done right: almost every service keeps AF_UNIX (the journal's
 * socket), so allowing it is no weak value.
 */
const NOT_WEAK = new Set(["RestrictAddressFamilies_AF_UNIX"]);

/**
 * A row an explicit assignment decides at the check's worst: `ProtectSystem=no`, `User=root`, a
 * capability or address family kept, a deny list that misses a group. A setting that is merely
 * not the strictest (`ProtectSystem=full`, an allow list such as `@system-service`) is no weak value.
 */
function isWeak(row: CheckRow): boolean {
  return (
    row.src !== undefined &&
    row.badness !== null &&
    row.badness > 0 &&
    row.badness === row.range &&
    !NOT_WEAK.has(row.check.id)
  );
}

/** The annotations of one unit's report (in the order they are shown). */
export function unitAnnotations(
  r: UnitReport,
  options: AnnotateOptions,
  seenFindings?: Set<string>,
): UnitAnnotation[] {
  const out: UnitAnnotation[] = [];
  const gate = (options.gate ?? []).filter((g) => g.path === r.path && g.kind !== "findings");
  const s = r.score;
  const base = options.base?.get(r.path);
  const increase = gate.find((g) => g.kind === "increase");
  const worse = s && base && increase ? worseChecks(s.rows, base) : [];
  const causes = worse.map((w) => ({ w, ...cause(w, r.path) }));
  const byLine = new Set<string>();
  if (s && r.loaded) {
    const threshold =
      options.annotateExposure === null ? Infinity : Math.round(options.annotateExposure * 10);
    if (s.exposure >= threshold || gate.length > 0) {
      const place = unitPlace(r, options.inDiff);
      const trail = base
        ? `base ${formatExposure(base.exposure)} → ${formatExposure(s.exposure)}`
        : options.base
          ? "new"
          : null;
      const top = failing(s.rows)
        .slice(0, 3)
        .map((row) => {
          const at = settingAt(row);
          return `${row.check.name} ${formatExposure(row.exposure ?? 0)} (${at ? `${at.path === place.path ? "" : `${at.path}:`}line ${at.line}: ${code(at.text)}` : "not set"})`;
        });
      const proposal = r.fix && "proposal" in r.fix ? r.fix.proposal : null;
      const parts = [
        `${r.unit}: exposure ${formatExposure(s.exposure)} ${s.level}${trail ? ` (${trail})` : ""}.`,
      ];
      for (const g of gate) parts.push(`Gate: ${g.message}.`);
      if (causes.length > 0) parts.push(`Raised by: ${causes.map((c) => c.text).join("; ")}.`);
      if (top.length > 0) parts.push(`Costliest checks: ${top.join("; ")}.`);
      if (proposal && proposal.exposureAfter < s.exposure) {
        parts.push(
          `With the proposed drop-in ${code(proposal.dropinPath)}: ${formatExposure(proposal.exposureAfter)}; to get it, ${howToGet(r, options)}.`,
        );
      }
      out.push({
        kind: "unit-exposure",
        rule: gate.some((g) => g.kind === "max-exposure")
          ? "exposure-above-limit"
          : "unit-exposure",
        level: gate.length > 0 ? "failure" : "warning",
        path: place.path,
        line: place.line,
        endLine: place.line,
        title: `harden-units: ${r.unit} ${formatExposure(s.exposure)} ${s.level}`,
        message: parts.join("\n"),
        unitPath: r.path,
        exposure: s.exposure,
      });
    }
    // The regression's causes on the lines that now decide them.
    const lineCauses = new Map<string, typeof causes>();
    for (const c of causes) {
      if (!c.at) continue;
      const key = `${c.at.path}\n${c.at.line}`;
      lineCauses.set(key, [...(lineCauses.get(key) ?? []), c]);
    }
    for (const [key, cs] of lineCauses) {
      const at = cs[0]!.at!;
      if (options.changedLine && !options.changedLine(at.path, at.line)) continue;
      byLine.add(key);
      out.push({
        kind: "exposure-increase",
        rule: "exposure-increase",
        level: "failure",
        path: at.path,
        line: at.line,
        endLine: at.line,
        unitPath: r.path,
        title: `harden-units: ${r.unit} exposure rose`,
        message: `${code(at.text)} raises the exposure of ${r.unit} (${increase!.message}): ${cs.map((c) => `${c.w.row.check.name} ${formatExposure(Math.max(0, c.w.delta))}`).join(", ")}.`,
      });
    }
    // Weak lines: an explicit setting that leaves checks failing; not where a finding on that line is waived (the author said why).
    const waived = new Set(
      r.findings
        .filter((f) => f.suppressed !== undefined)
        .map((f) => `${f.path}\n${locate(f).line}`),
    );
    const weak = new Map<
      string,
      { at: { path: string; line: number; text: string }; key: string; rows: CheckRow[] }
    >();
    for (const row of s.rows) {
      if (!isWeak(row)) continue;
      const at = settingAt(row)!;
      const key = `${at.path}\n${at.line}`;
      if (byLine.has(key) || waived.has(key)) continue;
      if (options.changedLine && !options.changedLine(at.path, at.line)) continue;
      const w = weak.get(key) ?? { at, key: row.src!.assignment.key, rows: [] };
      w.rows.push(row);
      weak.set(key, w);
    }
    const proposal = r.fix && "proposal" in r.fix ? r.fix.proposal : null;
    for (const w of [...weak.values()].sort((a, b) =>
      a.at.path < b.at.path ? -1 : a.at.path > b.at.path ? 1 : a.at.line - b.at.line,
    )) {
      w.rows.sort((a, b) => (b.exposure ?? 0) - (a.exposure ?? 0));
      const cost = w.rows.reduce((n, row) => n + (row.exposure ?? 0), 0);
      const names = w.rows.map((row) => row.check.name);
      const shown =
        names.length > 4
          ? `${names.slice(0, 4).join(", ")} and ${names.length - 4} more`
          : names.join(", ");
      const better =
        proposal?.settings.filter((l) => l.key === w.key).map((l) => code(`${l.key}=${l.value}`)) ??
        [];
      const first = w.rows[0]!;
      const remedy =
        better.length > 0
          ? `the proposed drop-in sets ${better.join(", ")}`
          : first.check.good
            ? `aim for "${first.check.good}"`
            : `tighten ${w.key}=`;
      out.push({
        kind: "weak-setting",
        rule: "weak-setting",
        level: "notice",
        path: w.at.path,
        line: w.at.line,
        endLine: w.at.line,
        unitPath: r.path,
        title: `harden-units: weak ${w.key}=`,
        message: `${code(w.at.text)} leaves ${shown} failing in ${r.unit}${first.description ? ` (${first.description})` : ""}; it costs ${formatExposure(cost)} of ${formatExposure(s.exposure)}. Remedy: ${remedy}.`,
      });
    }
  }
  for (const f of r.findings) {
    if (f.suppressed !== undefined) continue;
    const at = locate(f);
    const key = JSON.stringify([f.path, at.line, at.column, f.id, f.message]);
    if (seenFindings) {
      if (seenFindings.has(key)) continue;
      seenFindings.add(key);
    }
    out.push(findingAnnotation(f, r.path));
  }
  return out;
}

const LEVEL: Record<Finding["severity"], AnnotationLevel> = {
  error: "failure",
  warning: "warning",
  notice: "notice",
};

function findingAnnotation(f: Finding, unitPath: string): UnitAnnotation {
  const at = locate(f);
  return {
    kind: "finding",
    rule: f.id,
    level: LEVEL[f.severity],
    path: f.path,
    line: at.line,
    endLine: at.endLine,
    unitPath,
    column: at.column,
    endColumn: at.endColumn,
    title: f.id,
    message: f.message,
  };
}

/**
 * The annotations of a run: unit annotations first, most exposed first, then the rest in report
 * order. A finding in a drop-in shared by several units is given once.
 */
export function annotate(
  reports: readonly UnitReport[],
  options: AnnotateOptions,
): UnitAnnotation[] {
  const seen = new Set<string>();
  const all = reports.flatMap((r) => unitAnnotations(r, options, seen));
  return orderAnnotations(all);
}

/** Unit annotations first (most exposed first, then by path), the rest keeping their order. */
export function orderAnnotations(all: readonly UnitAnnotation[]): UnitAnnotation[] {
  const units = all
    .filter((a) => a.kind === "unit-exposure")
    .sort(
      (a, b) =>
        b.exposure! - a.exposure! ||
        (a.unitPath < b.unitPath ? -1 : a.unitPath > b.unitPath ? 1 : 0),
    );
  return [...units, ...all.filter((a) => a.kind !== "unit-exposure")];
}
