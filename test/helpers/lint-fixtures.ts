/** The lint fixtures: one folder per rule, each with unit files and the findings expected of them. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { selectUnits } from "../../src/core/discover.js";
import { formatFinding } from "../../src/core/format/text.js";
import { scanPaths, type ScanOptions, type UnitReport } from "../../src/core/scan.js";
import { DiskTree } from "../../src/node/disk-tree.js";

export const LINT_FIXTURES = path.resolve("test/fixtures/lint");

export function ruleFolders(): string[] {
  return readdirSync(LINT_FIXTURES)
    .filter((d) => !d.includes("."))
    .sort();
}

export function scanRuleFolder(rule: string): UnitReport[] {
  const dir = path.join(LINT_FIXTURES, rule);
  const optionsFile = path.join(dir, "options.json");
  const options: ScanOptions = existsSync(optionsFile)
    ? JSON.parse(readFileSync(optionsFile, "utf8"))
    : {};
  const tree = new DiskTree(dir);
  const sel = selectUnits(tree, [""]);
  return scanPaths(tree, sel.units, sel.orphans, options);
}

/** The findings as text lines, the way `expected.txt` holds them. */
export function findingLines(reports: readonly UnitReport[]): string[] {
  return reports.flatMap((r) => r.findings.map(formatFinding));
}
