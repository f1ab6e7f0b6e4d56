/** The JSON report of the contract (`scan --format json`, the action's `report` file). */
import { formatExposure, type CheckRow } from "../checks/score.js";
import { locate, type Finding } from "../findings.js";
import type { UnitReport } from "../scan.js";

export interface JsonCheck {
  id: string;
  name: string;
  exposure: number | null;
  set: boolean | null;
  line?: number;
  file?: string;
  description: string | null;
  badness: number | null;
  weight: number;
  range: number;
  /** Excluded from the score by the policy or an inline suppression: the reason. */
  waived?: string;
}

export interface JsonFinding {
  id: string;
  severity: string;
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  suppressed?: string;
}

export interface JsonDropin {
  path: string;
  content: string;
  exposureAfter: number;
  /** The recommendations held back, with the reason. */
  heldBack: { key: string; reason: string }[];
}

export interface JsonUnit {
  path: string;
  unit: string;
  scored: boolean;
  exposure: number | null;
  level: string | null;
  refused?: string;
  /** What systemd-analyze prints without any policy, when waivers or a security policy changed the exposure. */
  systemdExposure?: number;
  baseExposure?: number;
  /** On 252: what `systemd-analyze security UNIT` prints on a live host, when it differs from `exposure`. */
  onlineExposure?: number;
  /** With several systemd releases listed: each one's exposure, by release (null where it refuses the unit). */
  exposures?: Record<string, number | null>;
  checks: JsonCheck[];
  findings: JsonFinding[];
  dropin?: JsonDropin;
}

export interface JsonReport {
  version: 1;
  tool: { name: "harden-units"; version: string };
  units: JsonUnit[];
}

/** Extra data a scan may carry per unit path: the base branch's exposure. */
export interface UnitExtras {
  readonly baseExposure?: number | null;
}

export const tenths = (x: number): number => Number(formatExposure(x));

function jsonCheck(row: CheckRow, unitPath: string, waived: ReadonlyMap<string, string> | undefined): JsonCheck {
  const reason = waived?.get(row.check.id);
  const out: JsonCheck = {
    id: row.check.id,
    name: row.check.name,
    exposure: row.exposure === null ? null : tenths(row.exposure),
    set: row.set,
    description: row.description,
    badness: row.badness,
    weight: row.weight,
    range: row.range,
    ...(reason !== undefined && { waived: reason }),
  };
  if (row.src) {
    const { line } = row.src.file.lineIndex.position(row.src.assignment.span.start);
    return row.src.file.path === unitPath ? { ...out, line } : { ...out, line, file: row.src.file.path };
  }
  return out;
}

export function jsonFinding(f: Finding): JsonFinding {
  const at = locate(f);
  const out: JsonFinding = { id: f.id, severity: f.severity, path: f.path, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn, message: f.message };
  return f.suppressed !== undefined ? { ...out, suppressed: f.suppressed } : out;
}

export function jsonUnit(r: UnitReport, extras: UnitExtras = {}): JsonUnit {
  const out: JsonUnit = {
    path: r.path,
    unit: r.unit,
    scored: r.score !== null,
    exposure: r.score ? tenths(r.score.exposure) : null,
    level: r.score?.level ?? null,
    checks: r.score ? r.score.rows.map((row) => jsonCheck(row, r.path, r.waivedChecks)) : [],
    findings: r.findings.map(jsonFinding),
  };
  if (r.refusal) out.refused = r.refusal;
  if (r.onlineExposure !== undefined) out.onlineExposure = tenths(r.onlineExposure);
  if (r.scores) out.exposures = Object.fromEntries(r.scores.map((s) => [String(s.release), s.score ? tenths(s.score.exposure) : null]));
  if (r.plainScore && r.score && r.plainScore.exposure !== r.score.exposure) out.systemdExposure = tenths(r.plainScore.exposure);
  if (extras.baseExposure !== undefined && extras.baseExposure !== null) out.baseExposure = tenths(extras.baseExposure);
  if (r.fix && "proposal" in r.fix && r.fix.proposal.changed && r.fix.proposal.exposureAfter < r.fix.proposal.exposureBefore) {
    const p = r.fix.proposal;
    out.dropin = { path: p.dropinPath, content: p.content, exposureAfter: tenths(p.exposureAfter), heldBack: p.heldBack.map((h) => ({ ...h })) };
  }
  return out;
}

export function jsonReport(units: readonly UnitReport[], version: string, extras: ReadonlyMap<string, UnitExtras> = new Map()): JsonReport {
  return { version: 1, tool: { name: "harden-units", version }, units: units.map((u) => jsonUnit(u, extras.get(u.path))) };
}
