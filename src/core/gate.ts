/**
 * The gate that makes harden-units a required check: an absolute exposure limit, no increase
 * over the base branch, and a lowest finding severity that fails. Each failure is one line that
 * says which unit broke which limit.
 */
import { formatExposure } from "./checks/score.js";
import { SEVERITY_RANK } from "./findings.js";
import type { FailOn } from "./policy.js";
import type { UnitReport } from "./scan.js";

export interface GateOptions {
  /** 0..10; undefined for no absolute limit. */
  readonly maxExposure?: number;
  readonly failOn?: FailOn;
  readonly failOnIncrease?: boolean;
  /** Exposure (tenths) of each unit path on the base branch; absent for new units. */
  readonly baseExposure?: ReadonlyMap<string, number>;
  /** With several systemd releases listed: the base's exposure (tenths) per unit path and release. */
  readonly baseExposures?: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

/** The exposures the gates apply to: each listed release's, or the one score. */
function exposuresOf(r: UnitReport): { release: number | null; exposure: number }[] {
  if (r.scores) return r.scores.flatMap((s) => (s.score ? [{ release: s.release, exposure: s.score.exposure }] : []));
  return r.score ? [{ release: null, exposure: r.score.exposure }] : [];
}

/** The gate's failures in one line: the first few in full, then how many more. */
export function gateLine(failures: readonly string[], shown = 5): string {
  if (failures.length <= shown) return failures.join("; ");
  return `${failures.slice(0, shown).join("; ")}; and ${failures.length - shown} more (the report lists all)`;
}

export function gateFailures(reports: readonly UnitReport[], options: GateOptions): string[] {
  const out: string[] = [];
  const failOn = options.failOn ?? "error";
  const threshold = failOn === "never" ? Infinity : SEVERITY_RANK[failOn];
  for (const r of reports) {
    for (const { release, exposure } of exposuresOf(r)) {
      const on = release === null ? "" : ` on systemd ${release}`;
      if (options.maxExposure !== undefined && exposure > Math.round(options.maxExposure * 10)) {
        out.push(`${r.path}: exposure ${formatExposure(exposure)}${on} is above the limit ${options.maxExposure.toFixed(1)}`);
      }
      const base = release === null || release === r.scores?.[0]?.release ? options.baseExposures?.get(r.path)?.get(release ?? -1) ?? options.baseExposure?.get(r.path) : options.baseExposures?.get(r.path)?.get(release);
      if (base !== undefined && (options.failOnIncrease ?? true) && exposure > base) {
        out.push(`${r.path}: exposure${on} rose from ${formatExposure(base)} to ${formatExposure(exposure)}`);
      }
    }
    const failing = r.findings.filter((f) => f.suppressed === undefined && SEVERITY_RANK[f.severity] >= threshold);
    if (failing.length > 0) {
      const worst = failing.some((f) => f.severity === "error") ? "error" : failing.some((f) => f.severity === "warning") ? "warning" : "notice";
      out.push(`${r.path}: ${failing.length} finding${failing.length === 1 ? "" : "s"} at or above ${failOn} (worst: ${worst})`);
    }
  }
  return out;
}
