/**
 * SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif): one rule per lint rule
 * (with its help text) plus `exposure-above-limit`, one result per finding with its location,
 * suppressed findings marked as suppressed in source.
 */
import { formatExposure } from "../checks/score.js";
import { locate, type Finding, type Severity } from "../findings.js";
import { RULES, type RuleDefinition } from "../lint/rules.js";
import type { UnitReport } from "../scan.js";

const LEVEL: Readonly<Record<Severity, "error" | "warning" | "note">> = { error: "error", warning: "warning", notice: "note" };

export const EXPOSURE_RULE: RuleDefinition = {
  id: "exposure-above-limit",
  severity: "error",
  summary: "A service whose exposure (as systemd-analyze security scores it) is above the configured limit.",
  details: "Lower it with the drop-in harden-units proposes (`harden-units fix`), or raise max-exposure.",
};

/** The message of an `exposure-above-limit` result, or null when the unit is within the limit (or not scored, or no limit). */
export function exposureAboveLimit(r: UnitReport, maxExposure: number | undefined): string | null {
  if (!r.score || maxExposure === undefined || r.score.exposure <= Math.round(maxExposure * 10)) return null;
  return `${r.unit} has exposure ${formatExposure(r.score.exposure)} ${r.score.level}, above the limit ${maxExposure.toFixed(1)}: apply the drop-in harden-units proposes (harden-units fix) or raise max-exposure`;
}

export interface SarifOptions {
  readonly version: string;
  readonly informationUri: string;
  /** Exposure limit (0..10) that makes `exposure-above-limit` results; none when undefined. */
  readonly maxExposure?: number;
}

function rule(r: RuleDefinition, informationUri: string) {
  return {
    id: r.id,
    name: r.id.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase()),
    shortDescription: { text: r.summary },
    fullDescription: { text: r.details },
    helpUri: `${informationUri}/blob/main/docs/rules.md#${r.id}`,
    help: { text: `${r.summary} ${r.details}`, markdown: `**${r.summary}**\n\n${r.details}` },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: ["security", "systemd"], precision: "very-high" },
  };
}

function location(path: string, f?: Finding) {
  const region = f ? locate(f) : { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(path) },
      region: { startLine: region.line, startColumn: region.column, endLine: region.endLine, endColumn: Math.max(region.endColumn, region.column) },
    },
  };
}

export function sarifLog(reports: readonly UnitReport[], options: SarifOptions) {
  const rules = [...RULES, EXPOSURE_RULE];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results: unknown[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      results.push({
        ruleId: f.id,
        ruleIndex: index.get(f.id) ?? 0,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [location(f.path, f)],
        ...(f.suppressed !== undefined && { suppressions: [{ kind: "inSource", justification: f.suppressed }] }),
      });
    }
    const above = exposureAboveLimit(r, options.maxExposure);
    if (above !== null) {
      results.push({ ruleId: EXPOSURE_RULE.id, ruleIndex: index.get(EXPOSURE_RULE.id), level: "error", message: { text: above }, locations: [location(r.path)] });
    }
  }
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "harden-units", version: options.version, semanticVersion: options.version, informationUri: options.informationUri, rules: rules.map((r) => rule(r, options.informationUri)) } },
        results,
      },
    ],
  };
}
