/**
 * SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif): one rule per lint rule
 * (with its help text) plus the annotations' rules (`unit-exposure`, `exposure-above-limit`,
 * `weak-setting`, `exposure-increase`); one result per finding with its location, suppressed
 * findings marked as suppressed in source; one per weak unit on its `[Service]` line and one per
 * weak line, at their annotation's level.
 */
import type { AnnotationLevel, UnitAnnotation } from "../annotate.js";
import { locate, type Finding, type Severity } from "../findings.js";
import { RULES, type RuleDefinition } from "../lint/rules.js";
import type { UnitReport } from "../scan.js";

const ANNOTATION_LEVEL: Readonly<Record<AnnotationLevel, "error" | "warning" | "note">> = {
  failure: "error",
  warning: "warning",
  notice: "note",
};
const LEVEL: Readonly<Record<Severity, "error" | "warning" | "note">> = {
  error: "error",
  warning: "warning",
  notice: "note",
};

export const EXPOSURE_RULE: RuleDefinition = {
  id: "exposure-above-limit",
  severity: "error",
  summary:
    "A service whose exposure (as systemd-analyze security scores it) is above the configured limit.",
  details:
    "Lower it with the drop-in harden-units proposes (`harden-units fix`), or raise max-exposure.",
};

/** A scored unit at or above annotate-exposure (within the limits). */
export const UNIT_RULE: RuleDefinition = {
  id: "unit-exposure",
  severity: "warning",
  summary:
    "A service whose exposure (as systemd-analyze security scores it) is at or above annotate-exposure.",
  details:
    "The result names the costliest checks and the line that decided each; lower it with the drop-in harden-units proposes (`harden-units fix`), or raise annotate-exposure.",
};

export const WEAK_SETTING_RULE: RuleDefinition = {
  id: "weak-setting",
  severity: "notice",
  summary:
    "A line that explicitly sets a weak sandboxing value (ProtectSystem=no, User=root, a capability or address family kept, a system call filter that misses dangerous groups).",
  details: "The result names the checks the line leaves failing, their cost and the remedy.",
};

export const INCREASE_RULE: RuleDefinition = {
  id: "exposure-increase",
  severity: "error",
  summary: "A line that raises a unit's exposure over its base's (fail-on-increase).",
  details: "The result names the checks the line now decides worse and what each costs.",
};

const ANNOTATION_RULES: readonly RuleDefinition[] = [
  EXPOSURE_RULE,
  UNIT_RULE,
  WEAK_SETTING_RULE,
  INCREASE_RULE,
];

export interface SarifOptions {
  readonly version: string;
  readonly informationUri: string;
  /** The run's annotations other than findings (core/annotate.ts): a result each, at the annotation's level. */
  readonly annotations?: readonly UnitAnnotation[];
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

function location(path: string, f?: Finding, line = 1) {
  const region = f ? locate(f) : { line, column: 1, endLine: line, endColumn: 1 };
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(path) },
      region: {
        startLine: region.line,
        startColumn: region.column,
        endLine: region.endLine,
        endColumn: Math.max(region.endColumn, region.column),
      },
    },
  };
}

/** What identifies a unit's or a line's result across runs: the unit and the rule's subject, not the line or the exposure. */
function fingerprintOf(a: UnitAnnotation): string {
  const id =
    a.kind === "unit-exposure"
      ? `unit\n${a.unitPath}`
      : `${a.rule}\n${a.unitPath}\n${a.path}\n${a.title}`;
  let h = 0x811c9dc5;
  for (const c of new TextEncoder().encode(id)) h = Math.imul(h ^ c, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, "0");
}

export function sarifLog(reports: readonly UnitReport[], options: SarifOptions) {
  const rules = [...RULES, ...ANNOTATION_RULES];
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
        ...(f.suppressed !== undefined && {
          suppressions: [{ kind: "inSource", justification: f.suppressed }],
        }),
      });
    }
  }
  for (const a of options.annotations ?? []) {
    if (a.kind === "finding") continue;
    results.push({
      ruleId: a.rule,
      ruleIndex: index.get(a.rule),
      level: ANNOTATION_LEVEL[a.level],
      message: { text: a.message },
      locations: [location(a.path, undefined, a.line)],
      partialFingerprints: { "harden-units/v1": fingerprintOf(a) },
    });
  }
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "harden-units",
            version: options.version,
            semanticVersion: options.version,
            informationUri: options.informationUri,
            rules: rules.map((r) => rule(r, options.informationUri)),
          },
        },
        results,
      },
    ],
  };
}
