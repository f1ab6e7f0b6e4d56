/**
 * The engine against systemd-analyze itself, for every verified release (252, 254, 257, 262), unit
 * by unit and row by row: every check's name, json_field, description, weight, range, badness,
 * exposure and `set`, the printed order and the overall exposure. The corpus: this machine's own
 * unit folder, the fixtures, every per-check case and a fixed sample of generated units (drop-ins,
 * templates, continuations, resets, bad values), plus generated units with the settings and
 * values of later releases. 252 gets the whole corpus; the newer releases the machine's units, the
 * fixtures, a fixed third of the per-check cases, a quarter of the generated sample and three
 * quarters of the modern one, to keep the time reasonable. With CI=true a missing oracle fails the run instead of skipping it.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { scoreUnit } from "../../src/core/checks/score.js";
import { discover } from "../../src/core/discover.js";
import { loadUnit } from "../../src/core/units/load.js";
import { MemoryTree, type UnitTree } from "../../src/core/units/tree.js";
import { DiskTree } from "../../src/node/disk-tree.js";
import { allCheckCases } from "../helpers/check-cases.js";
import { compareWithOracle } from "../helpers/compare.js";
import { generateCase, Rng } from "../helpers/generate.js";
import { oracleSecurity, oracleVersion, pool } from "../helpers/oracle.js";
import { releaseOf, VERIFIED_RELEASES } from "../../src/core/release.js";

const required = process.env.CI === "true";
const MACHINE_UNITS = "/lib/systemd/system";

interface CorpusUnit {
  readonly source: string;
  /** Absolute path of the unit file on disk, for systemd-analyze. */
  readonly file: string;
  readonly tree: UnitTree;
  /** Path of the unit in `tree`. */
  readonly path: string;
}

function writeCase(base: string, files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(base, "c"));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

function corpus(release: number): CorpusUnit[] {
  const units: CorpusUnit[] = [];
  if (existsSync(MACHINE_UNITS)) {
    const tree = new DiskTree(MACHINE_UNITS);
    for (const name of readdirSync(MACHINE_UNITS).sort()) {
      const full = path.join(MACHINE_UNITS, name);
      if (!name.endsWith(".service")) continue;
      // Masked units (links to /dev/null) cannot be analysed by systemd either.
      if (lstatSync(full).isSymbolicLink() && readlinkSync(full) === "/dev/null") continue;
      units.push({ source: "machine", file: full, tree, path: name });
    }
  }
  const fixtures = path.resolve("test/fixtures/oracle");
  for (const c of readdirSync(fixtures).sort()) {
    const tree = new DiskTree(path.join(fixtures, c));
    for (const u of discover(tree).units)
      units.push({ source: "fixtures", file: path.join(fixtures, c, u), tree, path: u });
  }
  const base = mkdtempSync(path.join(tmpdir(), "harden-units-oracle-"));
  for (const [i, { body }] of allCheckCases().entries()) {
    if (release !== 252 && i % 3 !== 0) continue;
    const files = { "check.service": `[Service]\nExecStart=/bin/true\n${body}\n` };
    const dir = writeCase(base, files);
    units.push({
      source: "per-check",
      file: path.join(dir, "check.service"),
      tree: new MemoryTree(Object.entries(files)),
      path: "check.service",
    });
  }
  const rng = new Rng(20261129);
  for (let i = 0; i < 400; i++) {
    const c = generateCase(rng);
    if (release !== 252 && i % 4 !== 0) continue;
    const dir = writeCase(base, c.files);
    units.push({
      source: "generated",
      file: path.join(dir, c.unit),
      tree: new MemoryTree(Object.entries(c.files)),
      path: c.unit,
    });
  }
  const modern = new Rng(20261203);
  for (let i = 0; i < 200; i++) {
    const c = generateCase(modern, true);
    if (release !== 252 && i % 4 === 3) continue;
    const dir = writeCase(base, c.files);
    units.push({
      source: "modern",
      file: path.join(dir, c.unit),
      tree: new MemoryTree(Object.entries(c.files)),
      path: c.unit,
    });
  }
  return units;
}

describe.each(VERIFIED_RELEASES)(
  "systemd-analyze security --offline=true (systemd %i)",
  (release) => {
    const version = oracleVersion(release);
    test.skipIf(!version && !required)(`the oracle is systemd ${release}`, () => {
      expect(
        version,
        `systemd-analyze ${release} must run where CI runs (scripts/systemd-analyze-version.sh ${release})`,
      ).toMatch(new RegExp(`^systemd ${release}\\b`));
    });

    test.skipIf(!version && !required)(
      "every unit of the corpus scores the same, row by row",
      async () => {
        const units = corpus(release);
        const r = releaseOf(release);
        const results = await pool(units, 4, async (u) => {
          const loaded = loadUnit(u.tree, u.path, undefined, r);
          const score = loaded && !loaded.refusal ? scoreUnit(loaded) : null;
          const oracle = await oracleSecurity(u.file, undefined, release);
          return { u, score, oracle, diffs: compareWithOracle(score, oracle) };
        });
        const bySource = new Map<string, { units: number; scored: number; rows: number }>();
        for (const r of results) {
          const s = bySource.get(r.u.source) ?? { units: 0, scored: 0, rows: 0 };
          s.units++;
          if (r.oracle.rows) {
            s.scored++;
            s.rows += r.oracle.rows.length;
          }
          bySource.set(r.u.source, s);
        }
        console.log(
          `oracle corpus (systemd ${release}): ${[...bySource].map(([k, v]) => `${k} ${v.units} units (${v.scored} scored, ${v.rows} rows)`).join("; ")}`,
        );
        const mismatches = results
          .filter((r) => r.diffs.length > 0)
          .map((r) => `${r.u.file}: ${r.diffs.slice(0, 3).join("; ")}`);
        expect(mismatches).toEqual([]);
        expect(results.filter((x) => x.oracle.rows).length).toBeGreaterThan(
          release === 252 ? 800 : 350,
        );
      },
      300_000,
    );
  },
);
