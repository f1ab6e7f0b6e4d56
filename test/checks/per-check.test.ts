/**
 * Every check, one by one: the setting that makes it good, the ones that make it bad, and the
 * badness systemd 252 gives each (values from analyze-security.c as observed with the oracle).
 */
import { describe, expect, test } from "vitest";
import { CHECKS } from "../../src/core/checks/table.js";
import { casesFor } from "../helpers/check-cases.js";
import { row, score } from "../helpers/units.js";

describe.each(CHECKS.map((c) => [c.id] as const))("%s", (id) => {
  test.each(casesFor(id).map(([body, b]) => [JSON.stringify(body), body, b] as const))(
    "%s",
    (_label, body, expected) => {
      expect(row(score(body), id).badness).toBe(expected);
    },
  );
});

describe("the line that decided a check", () => {
  const s = score("DynamicUser=yes\nProtectClock=yes\nCapabilityBoundingSet=~CAP_SYS_ADMIN");
  const line = (id: string) => {
    const src = row(s, id).src;
    return src ? src.file.lineIndex.position(src.assignment.span.start).line : undefined;
  };
  test("implied by DynamicUser=", () => expect(line("PrivateTmp")).toBe(3));
  test("removed from the bounding set by ProtectClock=", () =>
    expect(line("CapabilityBoundingSet_CAP_SYS_TIME")).toBe(4));
  test("removed by CapabilityBoundingSet=", () =>
    expect(line("CapabilityBoundingSet_CAP_SYS_ADMIN")).toBe(5));
  test("still held because CapabilityBoundingSet= kept it", () =>
    expect(line("CapabilityBoundingSet_CAP_KILL")).toBe(5));
  test("failing for lack of any setting", () => expect(line("PrivateNetwork")).toBeUndefined());
});

test("system call filter descriptions name the offending call", () => {
  expect(
    row(score("SystemCallFilter=@system-service"), "SystemCallFilter_privileged").description,
  ).toBe(
    "System call allow list defined for service, and @privileged is included (e.g. chown is allowed)",
  );
  expect(row(score("SystemCallFilter=~@privileged"), "SystemCallFilter_mount").description).toBe(
    "System call deny list defined for service, and @mount is not included (e.g. fsconfig is allowed)",
  );
});
