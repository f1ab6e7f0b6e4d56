/**
 * The report for a person at a terminal: per unit its exposure and level, the checks that cost
 * the most (with the line that decided each), then the findings, one per line as
 * `path:line:column: severity: message [rule-id]`.
 */
import { formatExposure, type CheckRow } from "../checks/score.js";
import { locate, type Finding } from "../findings.js";
import type { UnitReport } from "../scan.js";
import type { UnitExtras } from "./json.js";

export interface TextOptions {
  /** How many failing checks to list per unit (all when undefined). */
  readonly topChecks?: number;
}

export function formatFinding(f: Finding): string {
  const at = locate(f);
  const waived = f.suppressed !== undefined ? ` (waived: ${f.suppressed})` : "";
  return `${f.path}:${at.line}:${at.column}: ${f.severity}: ${f.message} [${f.id}]${waived}`;
}

function where(row: CheckRow): string {
  if (!row.src) return "not set";
  const { line } = row.src.file.lineIndex.position(row.src.assignment.span.start);
  return `${row.src.file.path}:${line}`;
}

/** Failing checks, costliest first (row exposure, then weight, then name). */
export function failingChecks(rows: readonly CheckRow[]): CheckRow[] {
  // The keys once per row rather than once per comparison (the sort is stable either way).
  const failing: { row: CheckRow; exposure: number; share: number }[] = [];
  for (const row of rows)
    if (row.badness !== null && row.badness > 0)
      failing.push({
        row,
        exposure: row.exposure ?? 0,
        share: (row.weight * row.badness) / row.range,
      });
  failing.sort(
    (a, b) =>
      b.exposure - a.exposure ||
      b.share - a.share ||
      (a.row.check.name < b.row.check.name ? -1 : 1),
  );
  return failing.map((f) => f.row);
}

export function formatUnit(
  r: UnitReport,
  extras: UnitExtras = {},
  options: TextOptions = {},
): string {
  const lines: string[] = [];
  if (r.score) {
    const base =
      extras.baseExposure !== undefined && extras.baseExposure !== null
        ? ` (base ${formatExposure(extras.baseExposure)})`
        : "";
    const p =
      r.fix &&
      "proposal" in r.fix &&
      r.fix.proposal.changed &&
      r.fix.proposal.exposureAfter < r.fix.proposal.exposureBefore
        ? r.fix.proposal
        : null;
    const after = p
      ? `; ${formatExposure(p.exposureAfter)} with the drop-in ${p.dropinPath} (harden-units fix)`
      : "";
    const plain =
      r.plainScore && r.plainScore.exposure !== r.score.exposure
        ? ` (systemd-analyze without the waivers: ${formatExposure(r.plainScore.exposure)})`
        : "";
    lines.push(
      `${r.path}: ${formatExposure(r.score.exposure)} ${r.score.level}${plain}${base}${after}`,
    );
    for (const [id, reason] of r.waivedChecks ?? []) lines.push(`  waived ${id}: ${reason}`);
    const failing = failingChecks(r.score.rows);
    const shown = options.topChecks === undefined ? failing : failing.slice(0, options.topChecks);
    if (shown.length > 0) {
      const nameWidth = Math.max(...shown.map((c) => c.check.name.length));
      const descWidth = Math.max(...shown.map((c) => (c.description ?? "").length));
      for (const c of shown) {
        const x = c.exposure === null ? "   " : formatExposure(c.exposure);
        lines.push(
          `  ${x}  ${c.check.name.padEnd(nameWidth)}  ${(c.description ?? "").padEnd(descWidth)}  ${where(c)}`,
        );
      }
      if (shown.length < failing.length)
        lines.push(
          `  … ${failing.length - shown.length} more failing checks (--format json lists all)`,
        );
    }
  } else if (r.refusal) {
    lines.push(`${r.path}: not scored: ${r.refusal}`);
  } else {
    lines.push(
      `${r.path}: not scored (${r.loaded ? `${r.loaded.name.type} units are linted, not scored` : "linted only"})`,
    );
  }
  for (const f of r.findings) lines.push(`  ${formatFinding(f)}`);
  return lines.join("\n");
}

/** The last line of the text report, accumulated unit by unit. */
export class TextTotals {
  private units = 0;
  private scored = 0;
  private worst = -1;
  private readonly counts = { error: 0, warning: 0, notice: 0 };

  add(r: UnitReport): void {
    this.units++;
    if (r.score) {
      this.scored++;
      this.worst = Math.max(this.worst, r.score.exposure);
    }
    for (const f of r.findings) if (f.suppressed === undefined) this.counts[f.severity]++;
  }

  line(): string {
    return (
      `${this.units} unit file${this.units === 1 ? "" : "s"}, ${this.scored} scored` +
      (this.worst >= 0 ? `, highest exposure ${formatExposure(this.worst)}` : "") +
      `; ${this.counts.error} errors, ${this.counts.warning} warnings, ${this.counts.notice} notices`
    );
  }
}

export function formatText(
  units: readonly UnitReport[],
  extras: ReadonlyMap<string, UnitExtras> = new Map(),
  options: TextOptions = {},
): string {
  if (units.length === 0) return "no unit files found\n";
  const totals = new TextTotals();
  units.forEach((u) => totals.add(u));
  return (
    units.map((u) => formatUnit(u, extras.get(u.path), options)).join("\n\n") +
    "\n\n" +
    totals.line() +
    "\n"
  );
}
