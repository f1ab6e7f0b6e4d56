/** What a run leaves behind: the job summary, the JSON report, the SARIF log and the step's outputs. */
import { mkdirSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { UnitAnnotation } from "../core/annotate.js";
import { ConfigError } from "../core/config.js";
import { formatExposure } from "../core/checks/score.js";
import { SEVERITY_RANK } from "../core/findings.js";
import { jsonReport } from "../core/format/json.js";
import { sarifLog } from "../core/format/sarif.js";
import type { UnitReport } from "../core/scan.js";
import { INFORMATION_URI, VERSION } from "../version.js";
import { describeError } from "./api.js";
import * as core from "./runner.js";

/** The step's outputs, as action.yml names them (a test checks them against it). */
export const OUTPUTS = {
  maxExposure: "max-exposure",
  units: "units",
  findings: "findings",
  report: "report",
  dropins: "dropins",
  commitSha: "commit-sha",
} as const;

/** The job summary; a runner without one is told in the log, never a failure. */
export async function writeJobSummary(markdown: string): Promise<void> {
  await core.summary
    .addRaw(markdown)
    .write()
    .catch((e: unknown) => core.info(`harden-units: no job summary (${describeError(e)})`));
}

function withinWorkspace(workspace: string, rel: string): string {
  const abs = path.resolve(workspace, rel);
  const root = realpathSync(workspace);
  if (
    abs !== root &&
    !abs.startsWith(root + path.sep) &&
    !abs.startsWith(path.resolve(workspace) + path.sep)
  ) {
    throw new ConfigError(`the path ${rel} leaves the workspace`);
  }
  return abs;
}

/** The JSON report in RUNNER_TEMP (its path is returned) and the SARIF log when one is asked for. */
export function writeReportFiles(
  reports: readonly UnitReport[],
  baseExposure: ReadonlyMap<string, number>,
  sarif: { workspace: string; file: string | null; annotations: readonly UnitAnnotation[] },
): string {
  const dir = path.join(process.env.RUNNER_TEMP || tmpdir(), "harden-units");
  mkdirSync(dir, { recursive: true });
  const reportPath = path.join(dir, "report.json");
  writeFileSync(
    reportPath,
    JSON.stringify(
      jsonReport(
        reports,
        VERSION,
        new Map([...baseExposure].map(([k, v]) => [k, { baseExposure: v }])),
      ),
      null,
      2,
    ) + "\n",
  );
  if (sarif.file) {
    const sarifPath = withinWorkspace(sarif.workspace, sarif.file);
    mkdirSync(path.dirname(sarifPath), { recursive: true });
    writeFileSync(
      sarifPath,
      JSON.stringify(
        sarifLog(reports, {
          version: VERSION,
          informationUri: INFORMATION_URI,
          annotations: sarif.annotations,
        }),
        null,
        2,
      ) + "\n",
    );
  }
  return reportPath;
}

/** The step's outputs (action.yml lists them). */
export function setOutputs(
  reports: readonly UnitReport[],
  reportPath: string,
  fix: { readonly committed: string | null; readonly paths: readonly string[] },
): void {
  const scored = reports.filter((r) => r.score);
  core.setOutput(
    OUTPUTS.maxExposure,
    scored.length > 0 ? formatExposure(Math.max(...scored.map((r) => r.score!.exposure))) : "",
  );
  core.setOutput(OUTPUTS.units, scored.length);
  core.setOutput(
    OUTPUTS.findings,
    reports.reduce(
      (n, r) =>
        n +
        r.findings.filter((f) => f.suppressed === undefined && SEVERITY_RANK[f.severity] > 0)
          .length,
      0,
    ),
  );
  core.setOutput(OUTPUTS.report, reportPath);
  setFixOutputs(fix);
}

/** The outputs of the fix: the drop-in paths and the commit. */
export function setFixOutputs(fix: {
  readonly committed: string | null;
  readonly paths: readonly string[];
}): void {
  core.setOutput(OUTPUTS.dropins, JSON.stringify(fix.paths));
  core.setOutput(OUTPUTS.commitSha, fix.committed ?? "");
}
