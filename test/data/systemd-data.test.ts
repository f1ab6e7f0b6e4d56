/**
 * The engine's facts about each verified systemd release against that release's own binaries:
 * syscall groups, capabilities and every configuration key (252 is src/core/data/systemd252.ts,
 * the others that snapshot with the deltas of src/core/data/releases.ts applied). Pinned to the
 * release, not the Debian build: a point release of the same major must give the same data.
 * Regenerate with scripts/gen-systemd-data.py when this fails.
 */
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import {
  everySyscallName,
  NEWEST_RELEASE,
  OLDEST_RELEASE,
  releaseOf,
  VERIFIED_RELEASES,
} from "../../src/core/release.js";
import { SYSTEMD_VERSION } from "../../src/core/data/systemd252.js";
import { oracleTool, oracleVersion } from "../helpers/oracle.js";

const required = process.env.CI === "true";

describe.each(VERIFIED_RELEASES)("data of systemd %i", (v) => {
  const version = oracleVersion(v);
  const tool = oracleTool(v);
  const release = releaseOf(v);

  test.skipIf(!version && !required)("was taken from the same release", () => {
    expect(version).toMatch(new RegExp(`^systemd ${v} `));
    if (v === 252) expect(SYSTEMD_VERSION).toMatch(/^systemd 252 /);
    expect(release.verified).toMatch(new RegExp(`^systemd ${v} `));
  });

  test.skipIf(!version && !required)("syscall groups", () => {
    const out = execFileSync(tool!, ["syscall-filter"], { encoding: "utf8" });
    const groups: Record<string, string[]> = {};
    let current = "";
    for (const line of out.split("\n")) {
      if (line.startsWith("@")) groups[(current = line.trim())] = [];
      else if (current && line.startsWith("    ") && !line.startsWith("    #"))
        groups[current]!.push(line.trim());
    }
    const ours = Object.fromEntries(
      Object.entries(release.syscallGroups).map(([k, g]) => [k, [...g.members]]),
    );
    // @known is a set (the deltas keep what came and went, not the order).
    expect(new Set(ours["@known"])).toEqual(new Set(groups["@known"]));
    delete ours["@known"];
    delete groups["@known"];
    expect(ours).toEqual(groups);
  });

  test.skipIf(!version && !required)("capabilities", () => {
    const out = execFileSync(tool!, ["capability"], { encoding: "utf8" });
    expect(release.capabilities).toEqual(
      out
        .trim()
        .split("\n")
        .slice(1)
        .map((l) => l.split(/\s+/)[0]),
    );
  });

  test.skipIf(!version && !required)("configuration keys, with their kinds", () => {
    const manager = execFileSync(
      "bash",
      [path.resolve("scripts/systemd-analyze-version.sh"), String(v), "systemd"],
      { encoding: "utf8" },
    ).trim();
    const out = execFileSync(manager, ["--dump-configuration-items"], { encoding: "utf8" });
    const items: Record<string, Record<string, string>> = {};
    let section = "";
    for (const line of out.split("\n")) {
      if (line.startsWith("[")) items[(section = line.slice(1, -1))] = {};
      else if (line.includes("="))
        items[section]![line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
    }
    expect(release.configItems).toEqual(items);
  });
});

test("tests run on the Node.js major that GitHub gives the action (node24)", () => {
  expect(process.versions.node.split(".")[0]).toBe("24");
});

describe("the index of every release's system call names", () => {
  test("is each release's native, then foreign names, release by release, each once", () => {
    const expected = new Set<string>();
    for (let v = OLDEST_RELEASE; v <= NEWEST_RELEASE; v++) {
      for (const n of releaseOf(v).nativeSyscalls) expected.add(n);
      for (const n of releaseOf(v).foreignSyscalls) expected.add(n);
    }
    expect(everySyscallName()).toEqual([...expected]);
    // Later releases know names the oldest does not: the index is more than 252's.
    expect(everySyscallName().length).toBeGreaterThan(
      releaseOf(OLDEST_RELEASE).nativeSyscalls.size +
        releaseOf(OLDEST_RELEASE).foreignSyscalls.size,
    );
  });
});
