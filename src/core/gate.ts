/**
 * The gate that makes harden-units a required check: an absolute exposure limit, no increase
 * over the base branch, and a lowest finding severity that fails. Each failure is a record of
 * which unit broke which limit, with the line that says so.
 */
import type { BaseUnit } from "./annotate.js";
import { formatExposure } from "./checks/score.js";
import { SEVERITY_RANK } from "./findings.js";
import type { FailOn } from "./policy.js";
import type { UnitReport } from "./scan.js";

export interface GateOptions {
  /** 0..10; undefined for no absolute limit. */
  readonly maxExposure?: number;
  readonly failOn?: FailOn;
  readonly failOnIncrease?: boolean;
  /**
   * Each unit path's exposure (tenths) on the base branch, absent for new units; with several
   * systemd releases listed, `byRelease` holds each one's (`exposure` is the oldest's).
   */
  readonly base?: ReadonlyMap<string, Pick<BaseUnit, "exposure" | "byRelease">>;
}

/** The exposures the gates apply to: each listed release's, or the one score. */
function exposuresOf(r: UnitReport): { release: number | null; exposure: number }[] {
  if (r.scores)
    return r.scores.flatMap((s) =>
      s.score ? [{ release: s.release, exposure: s.score.exposure }] : [],
    );
  return r.score ? [{ release: null, exposure: r.score.exposure }] : [];
}

/** One limit a unit broke. */
export type GateFailure =
  | {
      readonly path: string;
      /** max-exposure: `limit` is the limit; increase: `limit` is the base's exposure. */
      readonly kind: "max-exposure" | "increase";
      readonly limit: number;
      readonly value: number;
      readonly release?: number;
      readonly message: string;
    }
  | {
      readonly path: string;
      readonly kind: "findings";
      readonly limit: FailOn;
      readonly value: number;
      readonly message: string;
    };

/** A failure as one line: `path: message`. */
export function gateText(f: GateFailure): string {
  return `${f.path}: ${f.message}`;
}

/** The gate's failures in one line: the first few in full, then how many more. */
export function gateLine(failures: readonly GateFailure[], shown = 5): string {
  const lines = failures.map(gateText);
  if (lines.length <= shown) return lines.join("; ");
  return `${lines.slice(0, shown).join("; ")}; and ${lines.length - shown} more (the report lists all)`;
}

/**
 * The limits each unit breaks. Exposures are in tenths as the score keeps them; `limit` and
 * `value` are 0.0-10.0 for the exposure gates, the severity and the number of findings for
 * `findings`.
 */
export function gateFailures(reports: readonly UnitReport[], options: GateOptions): GateFailure[] {
  const out: GateFailure[] = [];
  const failOn = options.failOn ?? "error";
  const threshold = failOn === "never" ? Infinity : SEVERITY_RANK[failOn];
  for (const r of reports) {
    const path = r.path;
    for (const { release, exposure } of exposuresOf(r)) {
      const on = release === null ? "" : ` on systemd ${release}`;
      const where = release === null ? {} : { release };
      if (options.maxExposure !== undefined && exposure > Math.round(options.maxExposure * 10)) {
        out.push({
          path,
          kind: "max-exposure",
          limit: options.maxExposure,
          value: exposure / 10,
          ...where,
          message: `exposure ${formatExposure(exposure)}${on} is above the limit ${options.maxExposure.toFixed(1)}`,
        });
      }
      const was = options.base?.get(path);
      const base =
        (release === null ? undefined : was?.byRelease?.get(release)) ??
        (release === null || release === r.scores?.[0]?.release ? was?.exposure : undefined);
      if (base !== undefined && (options.failOnIncrease ?? true) && exposure > base) {
        out.push({
          path,
          kind: "increase",
          limit: base / 10,
          value: exposure / 10,
          ...where,
          message: `exposure${on} rose from ${formatExposure(base)} to ${formatExposure(exposure)}`,
        });
      }
    }
    const failing = r.findings.filter(
      (f) => f.suppressed === undefined && SEVERITY_RANK[f.severity] >= threshold,
    );
    if (failing.length > 0) {
      const worst = failing.some((f) => f.severity === "error")
        ? "error"
        : failing.some((f) => f.severity === "warning")
          ? "warning"
          : "notice";
      out.push({
        path,
        kind: "findings",
        limit: failOn,
        value: failing.length,
        message: `${failing.length} finding${failing.length === 1 ? "" : "s"} at or above ${failOn} (worst: ${worst})`,
      });
    }
  }
  return out;
}
