/**
 * The engine's snapshot of systemd 252 (src/core/data/systemd252.ts) against the systemd on this
 * machine: syscall groups, capabilities and every configuration key. Regenerate the snapshot with
 * scripts/gen-systemd-data.py when this fails on a machine with systemd 252.
 */
import { execFileSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { CAPABILITIES, CONFIG_ITEMS, SYSCALL_GROUPS, SYSTEMD_VERSION } from "../../src/core/data/systemd252.js";
import { oracleVersion } from "../helpers/oracle.js";

const version = oracleVersion();

describe.skipIf(!version && process.env.CI !== "true")("snapshot of systemd 252", () => {
  test("was taken from the same systemd", () => expect(version).toBe(SYSTEMD_VERSION));

  test("syscall groups", () => {
    const out = execFileSync("systemd-analyze", ["syscall-filter"], { encoding: "utf8" });
    const groups: Record<string, string[]> = {};
    let current = "";
    for (const line of out.split("\n")) {
      if (line.startsWith("@")) groups[(current = line.trim())] = [];
      else if (current && line.startsWith("    ") && !line.startsWith("    #")) groups[current]!.push(line.trim());
    }
    expect(Object.fromEntries(Object.entries(SYSCALL_GROUPS).map(([k, v]) => [k, v.members]))).toEqual(groups);
  });

  test("capabilities", () => {
    const out = execFileSync("systemd-analyze", ["capability"], { encoding: "utf8" });
    expect(CAPABILITIES).toEqual(out.trim().split("\n").slice(1).map((l) => l.split(/\s+/)[0]));
  });

  test("configuration keys", () => {
    const out = execFileSync("/lib/systemd/systemd", ["--dump-configuration-items"], { encoding: "utf8" });
    const keys = out.split("\n").filter((l) => l.includes("=")).length;
    expect(Object.values(CONFIG_ITEMS).reduce((n, s) => n + Object.keys(s).length, 0)).toBe(keys);
  });
});

test("tests run on the Node.js major that GitHub gives the action (node24)", () => {
  expect(process.versions.node.split(".")[0]).toBe("24");
});
