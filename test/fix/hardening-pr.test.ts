/** The hardening pull request as data (core/fix/hardening-pr.ts): which units, which left out and why, the body. */
import { describe, expect, test } from "vitest";
import { loadPolicy, resolveConfig, scanOptions } from "../../src/core/config.js";
import {
  fingerprintIn,
  planHardening,
  PULL_MARKER,
  pullBody,
  pullTitle,
} from "../../src/core/fix/hardening-pr.js";
import { parsePolicy, PolicyFileError } from "../../src/core/policy.js";
import { scanPaths } from "../../src/core/scan.js";
import { MemoryTree } from "../../src/core/units/tree.js";

const WEAK = "[Unit]\nDescription=x\n\n[Service]\nExecStart=/usr/bin/x\n";
const WAIVED_ALL = "# harden-units: ignore PrivateTmp -- x\n" + WEAK;

async function plan(files: Record<string, string>, policyText?: string, annotate?: number | null) {
  const policy =
    policyText === undefined
      ? undefined
      : await loadPolicy({}, (p) => (p === ".github/harden-units.ini" ? policyText : undefined));
  const config = {
    ...resolveConfig({}, policy),
    ...(annotate !== undefined && { annotateExposure: annotate }),
  };
  const tree = new MemoryTree(Object.entries(files));
  const units = Object.keys(files).filter((p) => p.endsWith(".service"));
  return { config, plan: planHardening(scanPaths(tree, units, [], scanOptions(config)), config) };
}

describe("the hardening plan", () => {
  test("units at or above annotate-exposure whose drop-in lowers the exposure; hardening-exclude leaves units out and says where", async () => {
    const { plan: p } = await plan(
      { "a/web.service": WEAK, "legacy/old.service": WEAK, ".github/ci.service": WEAK },
      "hardening-exclude = legacy/*.service\n",
    );
    expect(p.hardened.map((h) => h.proposal.unitPath)).toEqual(["a/web.service"]);
    expect(p.hardened[0]!.proposal.exposureAfter).toBeLessThan(
      p.hardened[0]!.proposal.exposureBefore,
    );
    // In the scan's order (sorted paths).
    expect(p.leftOut).toEqual([
      { path: ".github/ci.service", reason: "harden-units never writes under .github/" },
      {
        path: "legacy/old.service",
        reason: "listed under hardening-exclude (legacy/*.service) in .github/harden-units.ini",
      },
    ]);
  });

  test("annotate-exposure never proposes nothing; a threshold above every unit proposes nothing", async () => {
    expect((await plan({ "web.service": WEAK }, undefined, null)).plan).toEqual({
      hardened: [],
      leftOut: [],
    });
    expect((await plan({ "web.service": WEAK }, undefined, 10)).plan.hardened).toEqual([]);
  });

  test("a waived check is never proposed and the body lists it as held back", async () => {
    const { plan: p } = await plan({ "web.service": WAIVED_ALL });
    const proposal = p.hardened[0]!.proposal;
    expect(proposal.settings.map((s) => s.key)).not.toContain("PrivateTmp");
    const body = pullBody(
      [
        {
          unit: "web.service",
          proposal,
          byVersion: [
            { version: 252, before: proposal.exposureBefore, after: proposal.exposureAfter },
          ],
        },
      ],
      [],
      { fingerprint: "abc123", base: "main", policyPath: ".github/harden-units.ini" },
    );
    expect(body.startsWith(PULL_MARKER)).toBe(true);
    expect(fingerprintIn(body)).toBe("abc123");
    expect(body).toContain("- `PrivateTmp`: the check PrivateTmp is waived for this unit");
    expect(pullTitle(1)).toBe("Harden 1 systemd unit");
    expect(pullTitle(3)).toBe("Harden 3 systemd units");
  });
});

describe("the policy key hardening-exclude", () => {
  test("globs separated by spaces or commas; none that climb out of the repository", () => {
    expect(
      parsePolicy("p.ini", "hardening-exclude = a/*.service, b.service\n").hardeningExclude,
    ).toEqual(["a/*.service", "b.service"]);
    expect(() =>
      parsePolicy("p.ini", "max-exposure = 5\nhardening-exclude = ../x.service\n"),
    ).toThrow(
      new PolicyFileError(
        "p.ini",
        2,
        "hardening-exclude must be globs of unit paths relative to the repository, not '../x.service'",
      ),
    );
    expect(resolveConfig({}, undefined).hardeningExclude).toEqual([]);
  });
});
