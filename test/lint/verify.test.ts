/**
 * Agreement with systemd over a corpus, for every verified release (252, 254, 257, 262) scanned
 * with that release alone: every `FILE:LINE: message` that its `systemd-analyze verify` prints is
 * a finding of ours on that line with that exact message, and every finding of ours that claims
 * systemd logs something was printed by verify. The corpus: this machine's unit folder, the lint
 * and oracle fixtures, and generated units full of bad values (with the settings and values of
 * later releases mixed in; the newer releases get a third of the older sample).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { discover } from "../../src/core/discover.js";
import { scanUnit, type UnitReport } from "../../src/core/scan.js";
import { MemoryTree, type UnitTree } from "../../src/core/units/tree.js";
import { DiskTree } from "../../src/node/disk-tree.js";
import { generateCase, Rng } from "../helpers/generate.js";
import { LINT_FIXTURES } from "../helpers/lint-fixtures.js";
import { oracleVerify, oracleVersion, pool } from "../helpers/oracle.js";
import { VERIFIED_RELEASES } from "../../src/core/release.js";

const MACHINE_UNITS = "/lib/systemd/system";

interface Case {
  readonly source: string;
  readonly root: string;
  readonly tree: UnitTree;
  readonly unit: string;
}

function corpus(release: number): Case[] {
  const cases: Case[] = [];
  if (existsSync(MACHINE_UNITS)) {
    const tree = new DiskTree(MACHINE_UNITS);
    for (const u of discover(tree).units)
      if (/\.(service|socket|timer|path|mount)$/.test(u))
        cases.push({ source: "machine", root: MACHINE_UNITS, tree, unit: u });
  }
  for (const base of [LINT_FIXTURES, path.resolve("test/fixtures/oracle")]) {
    for (const dir of readdirSync(base)) {
      const root = path.join(base, dir);
      const tree = new DiskTree(root);
      for (const u of discover(tree).units) cases.push({ source: "fixtures", root, tree, unit: u });
    }
  }
  const tmp = mkdtempSync(path.join(tmpdir(), "harden-units-verify-"));
  const rng = new Rng(4242);
  for (let i = 0; i < 300; i++) {
    const c = generateCase(rng, i % 2 === 1);
    if (release !== 252 && i % 3 !== 0) continue;
    const root = mkdtempSync(path.join(tmp, "c"));
    for (const [rel, content] of Object.entries(c.files)) {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      writeFileSync(path.join(root, rel), content);
    }
    cases.push({
      source: "generated",
      root,
      tree: new MemoryTree(Object.entries(c.files)),
      unit: c.unit,
    });
  }
  return cases;
}

describe.each(VERIFIED_RELEASES)("systemd-analyze verify (systemd %i)", (release) => {
  test.skipIf(!oracleVersion(release) && process.env.CI !== "true")(
    "prints exactly the systemd messages our findings carry, line for line",
    async () => {
      const results = await pool(corpus(release), 4, async (c) => ({
        c,
        report: scanUnit(c.tree, c.unit, { systemdVersions: [release] }),
        printed: await oracleVerify(path.join(c.root, c.unit), release),
      }));
      const missing: string[] = [];
      const extra: string[] = [];
      let printedCount = 0;
      let loggedCount = 0;
      const hits = (r: UnitReport, rel: string, line: number, message: string) =>
        r.findings.some(
          (f) => f.path === rel && f.systemd?.line === line && f.systemd.message === message,
        );
      for (const { c, report, printed } of results) {
        // verify also loads the units this one names (Requires=, After=, ...) and prints their
        // warnings too: those are checked in their own case, so only this unit's files count here.
        const own = new Set(
          [c.unit, ...(report.loaded?.dropins.map((d) => d.path) ?? [])].map((p) =>
            path.join(c.root, p),
          ),
        );
        for (const w of printed) {
          if (!own.has(w.file)) continue;
          printedCount++;
          const rel = path.relative(c.root, w.file);
          if (!hits(report, rel, w.line, w.message))
            missing.push(`${w.file}:${w.line}: ${w.message}`);
        }
        for (const f of report.findings) {
          if (f.systemd?.line === undefined) continue;
          loggedCount++;
          const abs = path.join(c.root, f.path);
          if (
            !printed.some(
              (w) =>
                w.file === abs && w.line === f.systemd!.line && w.message === f.systemd!.message,
            )
          )
            extra.push(`${abs}:${f.systemd.line}: ${f.systemd.message}`);
        }
      }
      const sources = new Map<string, number>();
      for (const { c } of results) sources.set(c.source, (sources.get(c.source) ?? 0) + 1);
      console.log(
        `verify agreement (systemd ${release}): ${results.length} units (${[...sources].map(([k, v]) => `${k} ${v}`).join(", ")}), ${printedCount} lines printed by verify, ${loggedCount} systemd messages in our findings`,
      );
      expect(missing, "printed by systemd, not a finding of ours").toEqual([]);
      expect(extra, "claimed by us, not printed by systemd").toEqual([]);
      expect(printedCount).toBeGreaterThan(release === 252 ? 500 : 200);
    },
    300_000,
  );
});
