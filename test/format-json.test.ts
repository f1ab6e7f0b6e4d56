/** The JSON report, version 2: the streamed text of a unit is the unit's object, the check table factored out. */
import { describe, expect, test } from "vitest";
import { CHECKS } from "../src/core/checks/table.js";
import {
  checkTable,
  jsonReportHead,
  jsonReportUnit,
  jsonUnit,
  JSON_REPORT_TAIL,
  type JsonCheck,
} from "../src/core/format/json.js";
import { scanUnit, type ScanOptions } from "../src/core/scan.js";
import { MemoryTree } from "../src/core/units/tree.js";

const scan = (files: Record<string, string>, options: ScanOptions = {}) =>
  scanUnit(new MemoryTree(Object.entries(files)), Object.keys(files)[0]!, options);

const CASES: Record<string, Record<string, string>> = {
  bare: { "a.service": "[Service]\nExecStart=/bin/true\n" },
  "a drop-in decides checks, a waiver, a partial filter": {
    "web.service":
      "[Service]\nExecStart=/bin/app\n# harden-units: ignore PrivateNetwork -- it serves the network (café)\nUser=web\nSystemCallFilter=@system-service\nRestrictAddressFamilies=AF_UNIX AF_INET\n",
    "web.service.d/10-é.conf":
      "[Service]\nProtectSystem=strict\nCapabilityBoundingSet=CAP_NET_BIND_SERVICE\nMemoryLimit=1G\n",
  },
  "special boot phase": {
    "early.service":
      "[Unit]\nDefaultDependencies=no\n[Service]\nExecStart=/bin/true\nDynamicUser=yes\n",
  },
  refused: { "r.service": "[Service]\nUser=x\n" },
  "not a service": { "s.socket": "[Socket]\nListenStream=80\n" },
};

describe("JSON report version 2", () => {
  for (const [name, files] of Object.entries(CASES)) {
    for (const fix of [false, true]) {
      test(`the streamed unit is jsonUnit's object: ${name}${fix ? ", with the drop-in" : ""}`, () => {
        const r = scan(files, fix ? { fix: { profile: "baseline" } } : {});
        const text = jsonReportUnit(r);
        expect(JSON.parse(text)).toEqual(jsonUnit(r));
        expect(text).toMatch(/^[\x20-\x7e]*$/);
        if (r.score) expect(text).toContain('"name":"RestrictAddressFamilies=~\\u2026"');
      });
    }
  }

  test("a unit's check with checkTable gives back every field of version 1", () => {
    const r = scan(CASES["a drop-in decides checks, a waiver, a partial filter"]!);
    const table = checkTable();
    const checks = jsonUnit(r).checks;
    expect(checks).toHaveLength(81);
    const full = (c: JsonCheck) => ({
      description:
        "description" in c
          ? c.description
          : ((c.set === true
              ? table[c.id]!.good
              : c.set === false
                ? table[c.id]!.bad
                : table[c.id]!.na) ?? null),
      weight: c.weight ?? table[c.id]!.weight,
      range: c.range ?? table[c.id]!.range,
    });
    for (const row of r.score!.rows) {
      const c = checks.find((x) => x.id === row.check.id)!;
      expect(full(c)).toEqual({
        description: row.description,
        weight: row.weight,
        range: row.range,
      });
    }
    // The waived check's weight is the policy's 0, said on the unit's entry.
    expect(checks.find((c) => c.id === "PrivateNetwork")).toMatchObject({
      weight: 0,
      waived: "it serves the network (café)",
      description: "Option excluded by policy, skipping",
    });
    expect(checks.find((c) => c.id === "ProtectSystem")).toMatchObject({
      line: 2,
      file: "web.service.d/10-é.conf",
      set: true,
    });
    // Most checks say nothing the table does not.
    expect(checks.filter((c) => "description" in c).length).toBeLessThan(30);
  });

  test("head, units and tail make one report", () => {
    const units = Object.values(CASES).map((files) => jsonReportUnit(scan(files)));
    const report = JSON.parse(jsonReportHead("1.2.3") + units.join(",") + JSON_REPORT_TAIL);
    expect(report.version).toBe(2);
    expect(report.tool).toEqual({ name: "harden-units", version: "1.2.3" });
    expect(Object.keys(report.checkTable)).toEqual(CHECKS.map((c) => c.id));
    expect(report.units.map((u: { path: string }) => u.path)).toEqual(
      Object.values(CASES).map((f) => Object.keys(f)[0]),
    );
  });
});
