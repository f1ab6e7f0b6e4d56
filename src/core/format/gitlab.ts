/**
 * GitLab Code Quality report (`scan --format gitlab`): a JSON array of issues, each with
 * description, check_name (the rule id), fingerprint, severity, and location.path and
 * location.lines.begin. GitLab compares the fingerprints of a merge request's head and base to
 * say which issues are new or fixed, so a fingerprint depends on what the issue is and where
 * (rule, file, message, and its rank among identical issues in that file), not on its line:
 * an issue keeps its fingerprint when lines above it move.
 */
import { locate, type Severity } from "../findings.js";
import type { UnitReport } from "../scan.js";
import { OpenFindings, type CiFormatOptions } from "./github.js";
import { EXPOSURE_RULE, exposureAboveLimit } from "./sarif.js";

export type CodeQualitySeverity = "info" | "minor" | "major" | "critical" | "blocker";

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; lines: { begin: number } };
}

/** A rejected or ignored setting is major, a deprecated or widening one minor; a unit above the exposure limit is critical. */
export const CODE_QUALITY_SEVERITY: Readonly<Record<Severity, CodeQualitySeverity>> = { error: "major", warning: "minor", notice: "info" };
const EXPOSURE_SEVERITY: CodeQualitySeverity = "critical";

/** FNV-1a, 128 bits, of the UTF-8 bytes: 32 hex digits, like the MD5 GitLab's own analyzers use. */
export function fingerprint(text: string): string {
  const mask = (1n << 128n) - 1n;
  let h = 0x6c62272e07bb014262b821756295c58dn;
  for (const byte of new TextEncoder().encode(text)) h = ((h ^ BigInt(byte)) * 0x0000000001000000000000000000013bn) & mask;
  return h.toString(16).padStart(32, "0");
}

/** Issues of a run, unit by unit; keeps the ranks that make fingerprints unique and stable. */
export class CodeQuality {
  private readonly open = new OpenFindings();
  private readonly ranks = new Map<string, number>();

  constructor(private readonly options: CiFormatOptions = {}) {}

  private issue(checkName: string, path: string, identity: string, description: string, severity: CodeQualitySeverity, line: number): CodeQualityIssue {
    const key = JSON.stringify([checkName, path, identity]);
    const rank = this.ranks.get(key) ?? 0;
    this.ranks.set(key, rank + 1);
    return { description, check_name: checkName, fingerprint: fingerprint(`${key}#${rank}`), severity, location: { path, lines: { begin: line } } };
  }

  issues(r: UnitReport): CodeQualityIssue[] {
    const out = this.open.of(r).map((f) => this.issue(f.id, f.path, f.message, f.message, CODE_QUALITY_SEVERITY[f.severity], locate(f).line));
    const above = exposureAboveLimit(r, this.options.maxExposure);
    // The exposure's value is left out of the identity: the same unit over the limit stays the same issue.
    if (above !== null) out.push(this.issue(EXPOSURE_RULE.id, r.path, "", above, EXPOSURE_SEVERITY, 1));
    return out;
  }
}
