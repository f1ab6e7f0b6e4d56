import { describe, expect, test } from "vitest";
import { formatExposure } from "../../src/core/checks/score.js";
import { jsonUnit } from "../../src/core/format/json.js";
import { scanUnit } from "../../src/core/scan.js";
import { MemoryTree } from "../../src/core/units/tree.js";

const scan = (text: string, extra: Record<string, string> = {}) =>
  scanUnit(new MemoryTree(Object.entries({ "app.service": text, ...extra })), "app.service");

describe("inline suppressions", () => {
  test("a comment line before an assignment suppresses that line's finding, with its reason", () => {
    const r = scan(
      "[Service]\nExecStart=/bin/app\n# harden-units: ignore widens-exposure -- the app manages its own cgroups\nDelegate=yes\nKeyringMode=shared\n",
    );
    const byId = r.findings.map((f) => [f.id, f.suppressed ?? null]);
    expect(byId).toEqual([
      ["widens-exposure", "the app manages its own cgroups"],
      ["widens-exposure", null],
    ]);
  });

  test("above the first section it applies to the whole unit, drop-ins included", () => {
    const r = scan(
      "# harden-units: ignore deprecated-option -- migrating next quarter\n[Service]\nExecStart=/bin/app\nMemoryLimit=1G\n",
      {
        "app.service.d/x.conf": "[Service]\nCPUShares=100\n",
      },
    );
    expect(r.findings.map((f) => [f.id, f.suppressed])).toEqual([
      ["deprecated-option", "migrating next quarter"],
      ["deprecated-option", "migrating next quarter"],
    ]);
  });

  test("a check id waives the check: excluded from the score as weight 0 would, and reported", () => {
    const r = scan(
      "# harden-units: ignore PrivateNetwork -- it serves HTTP\n[Service]\nExecStart=/bin/app\nDynamicUser=yes\n",
    );
    expect(r.score!.rows.find((x) => x.check.id === "PrivateNetwork")).toMatchObject({
      badness: null,
      description: "Option excluded by policy, skipping",
    });
    expect(formatExposure(r.score!.exposure)).toBe("8.3");
    expect(formatExposure(r.plainScore!.exposure)).toBe("8.4");
    const json = jsonUnit(r);
    expect(json.systemdExposure).toBe(8.4);
    expect(json.checks.find((c) => c.id === "PrivateNetwork")).toMatchObject({
      waived: "it serves HTTP",
      set: null,
    });
    expect(r.findings).toEqual([]);
  });

  test("a check waiver before its own line also silences the exposure rules on it", () => {
    const r = scan(
      "[Service]\nExecStart=/bin/app\n# harden-units: ignore PrivateDevices -- it drives a USB device\nPrivateDevices=no\n",
    );
    expect(r.findings.map((f) => [f.id, f.suppressed])).toEqual([
      ["widens-exposure", "it drives a USB device"],
    ]);
  });

  test.each([
    ["# harden-units: ignore widens-exposure\n", "gives no reason"],
    ["# harden-units: ignore widens-exposur -- typo\n", "'widens-exposur' is neither a rule id"],
    ["# harden-units: ignore -- nothing\n", "names nothing to ignore"],
    ["# harden-units: disable widens-exposure -- x\n", "is not a directive"],
  ])("%j is reported and not applied", (comment, message) => {
    const r = scan(`[Service]\nExecStart=/bin/app\n${comment}Delegate=yes\n`);
    const bad = r.findings.find((f) => f.id === "invalid-suppression")!;
    expect(bad.severity).toBe("error");
    expect(bad.message).toContain(message);
    expect(r.findings.find((f) => f.id === "widens-exposure")!.suppressed).toBeUndefined();
  });

  test("a suppression that suppresses nothing is a notice", () => {
    const r = scan(
      "[Service]\nExecStart=/bin/app\n# harden-units: ignore widens-exposure ProtectClock -- just in case\nProtectClock=yes\n",
    );
    expect(r.findings.map((f) => [f.id, f.severity])).toEqual([
      ["unused-suppression", "notice"],
      ["unused-suppression", "notice"],
    ]);
  });

  test("a '#' after a value is part of the value, not a suppression", () => {
    const r = scan(
      "[Service]\nExecStart=/bin/app\nPrivateDevices=no # harden-units: ignore widens-exposure -- x\n",
    );
    expect(r.findings.map((f) => [f.id, f.suppressed])).toEqual([["invalid-value", undefined]]);
    expect(r.findings[0]!.message).toContain(
      "'no # harden-units: ignore widens-exposure -- x' is not a boolean",
    );
  });
});
