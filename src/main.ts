/**
 * The action: settings -> engine -> GitHub. The one error boundary: whatever goes wrong is one
 * line through core.setFailed, never a stack trace.
 */
import * as core from "@actions/core";
import { selectUnits } from "./core/discover.js";
import { formatText } from "./core/format/text.js";
import { locate } from "./core/findings.js";
import { scanPaths } from "./core/scan.js";
import { gateFailures } from "./core/gate.js";
import { DiskTree } from "./node/disk-tree.js";

export async function run(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const limit = core.getInput("max-exposure");
    const maxExposure = limit === "" ? undefined : Number(limit);
    if (maxExposure !== undefined && !(maxExposure >= 0 && maxExposure <= 10)) throw new Error(`max-exposure must be a number from 0 to 10, not '${limit}'`);
    const tree = new DiskTree(workspace);
    const selection = selectUnits(tree, [""]);
    const reports = scanPaths(tree, selection.units, selection.orphans);
    core.info(formatText(reports));
    for (const r of reports) {
      for (const f of r.findings) {
        const at = locate(f);
        const props = { file: f.path, startLine: at.line, startColumn: at.column, title: f.id };
        if (f.severity === "error") core.error(f.message, props);
        else if (f.severity === "warning") core.warning(f.message, props);
        else core.notice(f.message, props);
      }
    }
    const scored = reports.filter((r) => r.score);
    core.setOutput("units", scored.length);
    core.setOutput("findings", reports.reduce((n, r) => n + r.findings.length, 0));
    core.setOutput("max-exposure", scored.length ? (Math.max(...scored.map((r) => r.score!.exposure)) / 10).toFixed(1) : "");
    const failures = gateFailures(reports, { ...(maxExposure !== undefined && { maxExposure }) });
    if (failures.length > 0) core.setFailed(`harden-units: ${failures.join("; ")}`);
  } catch (e) {
    core.setFailed(`harden-units: ${e instanceof Error ? e.message : String(e)}`);
  }
}
