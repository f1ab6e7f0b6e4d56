/**
 * 252's online figure: on a live host `systemd-analyze security UNIT` asks PID 1, which reports
 * PrivateMounts= on when other settings imply a mount namespace; --offline does not. The engine
 * gives that figure where it differs (from 254 offline passes an unset PrivateMounts= anyway).
 */
import { expect, test } from "vitest";
import { scanUnit } from "../../src/core/scan.js";
import { MemoryTree } from "../../src/core/units/tree.js";
import { jsonUnit } from "../../src/core/format/json.js";
import { summaryMarkdown } from "../../src/core/format/markdown.js";

const unit = (body: string) =>
  new MemoryTree([["u.service", `[Service]\nExecStart=/bin/true\n${body}\n`]]);

test("a setting that implies a mount namespace passes PrivateMounts= online on 252", () => {
  const r = scanUnit(unit("PrivateTmp=yes"), "u.service");
  expect(r.score!.exposure).toBe(94);
  expect(r.onlineExposure).toBe(92);
  expect(jsonUnit(r).onlineExposure).toBe(9.2);
  expect(summaryMarkdown([r])).toContain("| 9.4 (online 9.2) |");
});

test("no online figure where it is the same, or on releases whose offline score already agrees", () => {
  expect(scanUnit(unit(""), "u.service").onlineExposure).toBeUndefined();
  expect(
    scanUnit(unit("PrivateTmp=yes\nPrivateMounts=yes"), "u.service").onlineExposure,
  ).toBeUndefined();
  expect(
    scanUnit(unit("PrivateTmp=yes"), "u.service", { systemdVersions: [254] }).onlineExposure,
  ).toBeUndefined();
});

test("several releases: one exposure each, in the JSON and a summary column each", () => {
  const r = scanUnit(unit("PrivateTmp=disconnected"), "u.service", {
    systemdVersions: [262, 252, 257],
  });
  expect(r.scores!.map((s) => [s.release, s.score!.exposure])).toEqual([
    [252, 96],
    [257, 92],
    [262, 92],
  ]);
  expect(jsonUnit(r).exposures).toEqual({ "252": 9.6, "257": 9.2, "262": 9.2 });
  const md = summaryMarkdown([r]);
  expect(md).toContain("| unit | systemd 252 | systemd 257 | systemd 262 | level |");
  expect(md).toContain("| 9.6 | 9.2 | 9.2 |");
  expect(r.findings.find((f) => f.id === "too-new")?.message).toMatch(
    /^PrivateTmp=disconnected came with systemd 257: systemd 252/,
  );
});

test("the gates apply to every listed release", async () => {
  const { gateFailures, gateText } = await import("../../src/core/gate.js");
  const r = scanUnit(unit("PrivateTmp=disconnected"), "u.service", { systemdVersions: [252, 257] });
  expect(gateFailures([r], { maxExposure: 9.3, failOn: "never" }).map(gateText)).toEqual([
    "u.service: exposure 9.6 on systemd 252 is above the limit 9.3",
  ]);
  const byRelease = new Map([
    [252, 96],
    [257, 91],
  ]);
  const base = new Map([["u.service", { exposure: 96, byRelease }]]);
  expect(gateFailures([r], { failOn: "never", base }).map(gateText)).toEqual([
    "u.service: exposure on systemd 257 rose from 9.1 to 9.2",
  ]);
});

test("systemd-version: one parser for every place that reads it", async () => {
  const { VALIDATE } = await import("../../src/core/options.js");
  expect(VALIDATE["systemd-version"]("262 252,257 252")).toEqual([252, 257, 262]);
  expect(() => VALIDATE["systemd-version"]("251")).toThrow(/not '251'/);
  expect(() => VALIDATE["systemd-version"](" ")).toThrow(/a systemd version from 252 to 262/);
});
