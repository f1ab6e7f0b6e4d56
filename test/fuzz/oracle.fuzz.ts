/**
 * The long differential fuzz: FUZZ_UNITS generated units (default 5000), each scored and linted by
 * the engine and by systemd-analyze 252 (security and verify); every row and every systemd
 * message must agree. Prints the counts for the record.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { expect, test } from "vitest";
import { scanUnit } from "../../src/core/scan.js";
import { MemoryTree } from "../../src/core/units/tree.js";
import { compareWithOracle } from "../helpers/compare.js";
import { generateCase, Rng } from "../helpers/generate.js";
import { oracleSecurity, oracleVerify, pool } from "../helpers/oracle.js";

test("engine == systemd-analyze on generated units", async () => {
  const n = Number(process.env.FUZZ_UNITS ?? 5000);
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 100000);
  const rng = new Rng(seed);
  const base = mkdtempSync(path.join(tmpdir(), "harden-units-fuzz-"));
  const results = await pool(
    Array.from({ length: n }, () => generateCase(rng)),
    4,
    async (c) => {
      const dir = mkdtempSync(path.join(base, "c"));
      for (const [rel, content] of Object.entries(c.files)) {
        mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
        writeFileSync(path.join(dir, rel), content);
      }
      const report = scanUnit(new MemoryTree(Object.entries(c.files)), c.unit);
      const file = path.join(dir, c.unit);
      const [security, verify] = await Promise.all([oracleSecurity(file), oracleVerify(file)]);
      const scoreDiffs = compareWithOracle(report.score, security);
      const ours = report.findings
        .filter((f) => f.systemd?.line !== undefined)
        .map((f) => `${f.path}:${f.systemd!.line}: ${f.systemd!.message}`)
        .sort();
      const theirs = verify
        .map((w) => `${path.relative(dir, w.file)}:${w.line}: ${w.message}`)
        .sort();
      return {
        dir,
        scoreDiffs,
        lintAgrees: JSON.stringify(ours) === JSON.stringify(theirs),
        rows: security.rows?.length ?? 0,
        lines: theirs.length,
        scored: security.rows !== null,
      };
    },
  );
  const bad = results.filter((r) => r.scoreDiffs.length > 0 || !r.lintAgrees);
  console.log(
    `fuzz seed ${seed}: ${results.length} units (${results.filter((r) => r.scored).length} scored, ${results.reduce((s, r) => s + r.rows, 0)} check rows), ${results.reduce((s, r) => s + r.lines, 0)} verify lines; disagreements: ${bad.length}`,
  );
  for (const b of bad.slice(0, 10))
    console.log(b.dir, b.scoreDiffs.slice(0, 3), b.lintAgrees ? "" : "lint differs");
  expect(bad.length).toBe(0);
});
