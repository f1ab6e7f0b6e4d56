/** What a run leaves behind: the job summary, the JSON report, the SARIF log and the step's outputs. */
import { mkdirSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { BaseUnit, UnitAnnotation } from "../core/annotate.js";
import { ConfigError } from "../core/config.js";
import { formatExposure } from "../core/checks/score.js";
import { SEVERITY_RANK } from "../core/findings.js";
import { jsonReport } from "../core/format/json.js";
import { sarifLog } from "../core/format/sarif.js";
import type { UnitReport } from "../core/scan.js";
import { INFORMATION_URI, VERSION } from "../version.js";
import { describeError } from "./api.js";
import type { Runner } from "./runner.js";

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
export async function writeJobSummary(runner: Runner, markdown: string): Promise<void> {
  await runner
    .writeSummary(markdown)
    .catch((e: unknown) => runner.info(`harden-units: no job summary (${describeError(e)})`));
}

/** Each unit's base exposure, as the text and JSON formats take it (pull requests; none for new units). */
export function baseExposureExtras(
  base: ReadonlyMap<string, BaseUnit>,
): Map<string, { baseExposure: number }> {
  return new Map([...base].map(([p, u]) => [p, { baseExposure: u.exposure }]));
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

/** The JSON report in the runner's temporary folder (its path is returned) and the SARIF log when one is asked for. */
export function writeReportFiles(
  reports: readonly UnitReport[],
  base: ReadonlyMap<string, BaseUnit>,
  where: {
    /** RUNNER_TEMP, or "" for the system's. */
    tempDir: string;
    workspace: string;
    file: string | null;
    annotations: readonly UnitAnnotation[];
  },
): string {
  const dir = path.join(where.tempDir || tmpdir(), "harden-units");
  mkdirSync(dir, { recursive: true });
  const reportPath = path.join(dir, "report.json");
  writeFileSync(
    reportPath,
    JSON.stringify(jsonReport(reports, VERSION, baseExposureExtras(base)), null, 2) + "\n",
  );
  if (where.file) {
    const sarifPath = withinWorkspace(where.workspace, where.file);
    mkdirSync(path.dirname(sarifPath), { recursive: true });
    writeFileSync(
      sarifPath,
      JSON.stringify(
        sarifLog(reports, {
          version: VERSION,
          informationUri: INFORMATION_URI,
          annotations: where.annotations,
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
  runner: Runner,
  reports: readonly UnitReport[],
  reportPath: string,
  fix: { readonly committed: string | null; readonly paths: readonly string[] },
): void {
  const scored = reports.filter((r) => r.score);
  runner.setOutput(
    OUTPUTS.maxExposure,
    scored.length > 0 ? formatExposure(Math.max(...scored.map((r) => r.score!.exposure))) : "",
  );
  runner.setOutput(OUTPUTS.units, scored.length);
  runner.setOutput(
    OUTPUTS.findings,
    reports.reduce(
      (n, r) =>
        n +
        r.findings.filter((f) => f.suppressed === undefined && SEVERITY_RANK[f.severity] > 0)
          .length,
      0,
    ),
  );
  runner.setOutput(OUTPUTS.report, reportPath);
  setFixOutputs(runner, fix);
}

/** The outputs of the fix: the drop-in paths and the commit. */
export function setFixOutputs(
  runner: Runner,
  fix: { readonly committed: string | null; readonly paths: readonly string[] },
): void {
  runner.setOutput(OUTPUTS.dropins, JSON.stringify(fix.paths));
  runner.setOutput(OUTPUTS.commitSha, fix.committed ?? "");
}
