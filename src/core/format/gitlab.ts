/**
 * GitLab Code Quality report (`scan --format gitlab`): a JSON array of issues, one per annotation
 * (core/annotate.ts: weak units on their `[Service]` line, weak lines, open findings), each with
 * description, check_name (the rule id), fingerprint, severity, and location.path and
 * location.lines.begin. GitLab compares the fingerprints of a merge request's head and base to
 * say which issues are new or fixed, so a fingerprint depends on what the issue is and where
 * (rule, file, message, and its rank among identical issues in that file), not on its line:
 * an issue keeps its fingerprint when lines above it move.
 */
import type { AnnotationLevel, UnitAnnotation } from "../annotate.js";
import type { Severity } from "../findings.js";
import { EXPOSURE_RULE } from "./sarif.js";

export type CodeQualitySeverity = "info" | "minor" | "major" | "critical" | "blocker";

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; lines: { begin: number } };
}

/** A rejected or ignored setting is major, a deprecated or widening one minor; a unit above the exposure limit is critical. */
export const CODE_QUALITY_SEVERITY: Readonly<Record<Severity, CodeQualitySeverity>> = {
  error: "major",
  warning: "minor",
  notice: "info",
};
const EXPOSURE_SEVERITY: CodeQualitySeverity = "critical";

/** FNV-1a, 128 bits, of the UTF-8 bytes: 32 hex digits, like the MD5 GitLab's own analyzers use. */
export function fingerprint(text: string): string {
  const mask = (1n << 128n) - 1n;
  let h = 0x6c62272e07bb014262b821756295c58dn;
  for (const byte of new TextEncoder().encode(text))
    h = ((h ^ BigInt(byte)) * 0x0000000001000000000000000000013bn) & mask;
  return h.toString(16).padStart(32, "0");
}

const SEVERITY: Readonly<Record<AnnotationLevel, CodeQualitySeverity>> = {
  failure: CODE_QUALITY_SEVERITY.error,
  warning: CODE_QUALITY_SEVERITY.warning,
  notice: CODE_QUALITY_SEVERITY.notice,
};

/** Issues of a run; keeps the ranks that make fingerprints unique and stable. */
export class CodeQuality {
  private readonly ranks = new Map<string, number>();

  private issue(
    checkName: string,
    path: string,
    identity: string,
    description: string,
    severity: CodeQualitySeverity,
    line: number,
  ): CodeQualityIssue {
    const key = JSON.stringify([checkName, path, identity]);
    const rank = this.ranks.get(key) ?? 0;
    this.ranks.set(key, rank + 1);
    return {
      description,
      check_name: checkName,
      fingerprint: fingerprint(`${key}#${rank}`),
      severity,
      location: { path, lines: { begin: line } },
    };
  }

  /**
   * One issue per annotation. A unit's issue is identified by the unit alone (not its exposure,
   * level or line), so it keeps its fingerprint while its exposure changes; a weak line's by the
   * setting it makes.
   */
  issues(annotations: readonly UnitAnnotation[]): CodeQualityIssue[] {
    return annotations.map((a) => {
      if (a.kind === "unit-exposure") {
        const key = JSON.stringify(["unit-exposure", a.unitPath, ""]);
        const rank = this.ranks.get(key) ?? 0;
        this.ranks.set(key, rank + 1);
        const severity =
          a.rule === EXPOSURE_RULE.id
            ? EXPOSURE_SEVERITY
            : a.level === "failure"
              ? "major"
              : "minor";
        return {
          description: a.message,
          check_name: a.rule,
          fingerprint: fingerprint(`${key}#${rank}`),
          severity,
          location: { path: a.path, lines: { begin: a.line } },
        };
      }
      const identity = a.kind === "finding" ? a.message : `${a.unitPath}\n${a.title}`;
      return this.issue(
        a.rule,
        a.path,
        identity,
        a.message,
        a.kind === "finding" ? SEVERITY[a.level] : a.level === "failure" ? "major" : "info",
        a.line,
      );
    });
  }
}
