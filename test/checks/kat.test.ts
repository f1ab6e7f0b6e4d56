/**
 * Known answers of systemd-analyze 252 (../shared/reference/analyze-security-v252.md, section 4):
 * the printed score and the badness and weight sums behind it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { formatExposure } from "../../src/core/checks/score.js";
import { CHECKS } from "../../src/core/checks/table.js";
import { score } from "../helpers/units.js";

const fixture = (dir: string, name: string) => ({
  [name]: readFileSync(`test/fixtures/oracle/${dir}/${name}`, "utf8"),
});

describe("known answers", () => {
  test.each([
    [
      "KAT-1 bare",
      fixture("kat-bare", "bare.service"),
      "bare.service",
      "9.6",
      "UNSAFE",
      53510,
      56160,
    ],
    [
      "KAT-2 DynamicUser",
      fixture("kat-dynamic", "dynamic.service"),
      "dynamic.service",
      "8.4",
      "EXPOSED",
      47010,
      56460,
    ],
    [
      "KAT-3 User=nobody",
      fixture("kat-nobody", "user-nobody.service"),
      "user-nobody.service",
      "9.5",
      "UNSAFE",
      53410,
      56460,
    ],
    [
      "KAT-5 medium",
      fixture("kat-medium", "medium.service"),
      "medium.service",
      "6.2",
      "MEDIUM",
      34885,
      56460,
    ],
    [
      "KAT-6 typical",
      fixture("kat-typical", "typical.service"),
      "typical.service",
      "2.2",
      "OK",
      12095,
      56460,
    ],
    [
      "KAT-8 dangerous",
      fixture("kat-dangerous", "dangerous.service"),
      "dangerous.service",
      "10.0",
      "DANGEROUS",
      56160,
      56160,
    ],
    [
      "KAT-9 DefaultDependencies=no",
      fixture("kat-early", "early.service"),
      "early.service",
      "9.5",
      "UNSAFE",
      50310,
      52960,
    ],
  ])("%s", (_name, files, unit, printed, level, badnessSum, weightSum) => {
    const s = score(files, unit);
    expect([formatExposure(s.exposure), s.level, s.badnessSum, s.weightSum]).toEqual([
      printed,
      level,
      badnessSum,
      weightSum,
    ]);
  });

  test("KAT-4 User=foo", () => {
    const s = score("User=foo");
    expect([formatExposure(s.exposure), s.badnessSum, s.weightSum]).toEqual(["9.2", 51610, 56460]);
  });

  test("KAT-7 hardened: only three checks fail", () => {
    const s = score(`DynamicUser=yes
CapabilityBoundingSet=
AmbientCapabilities=
NoNewPrivileges=yes
PrivateDevices=yes
PrivateMounts=yes
PrivateNetwork=yes
PrivateTmp=yes
PrivateUsers=yes
ProtectClock=yes
ProtectControlGroups=yes
ProtectHome=yes
ProtectHostname=yes
ProtectKernelLogs=yes
ProtectKernelModules=yes
ProtectKernelTunables=yes
ProtectProc=invisible
ProcSubset=pid
ProtectSystem=strict
LockPersonality=yes
MemoryDenyWriteExecute=yes
RestrictAddressFamilies=AF_UNIX
RestrictNamespaces=yes
RestrictRealtime=yes
RestrictSUIDSGID=yes
RemoveIPC=yes
SystemCallArchitectures=native
SystemCallFilter=@system-service
SystemCallFilter=~@privileged @resources
IPAddressDeny=any
DevicePolicy=closed
UMask=0077
KeyringMode=private`);
    expect([formatExposure(s.exposure), s.level, s.badnessSum]).toEqual(["0.2", "SAFE", 725]);
    const failing = s.rows
      .filter((r) => r.badness)
      .map((r) => [r.check.id, r.badness, r.description]);
    expect(failing).toEqual([
      ["RootDirectoryOrRootImage", 1, "Service runs within the host's root directory"],
      ["RestrictAddressFamilies_AF_UNIX", 1, "Service may allocate local sockets"],
      ["DeviceAllow", 5, "Service has a device ACL with some special devices: char-rtc:r"],
    ]);
  });

  test.each([
    ["CapabilityBoundingSet=CAP_FOO", "7.1", 39485],
    ["SystemCallFilter=open,read,write,close", "8.0", 44610],
    ["SystemCallFilter=@system-service", "8.2", 45870],
  ])("4.2: %s", (body, printed, badnessSum) => {
    const s = score(body);
    expect([formatExposure(s.exposure), s.badnessSum, s.weightSum]).toEqual([
      printed,
      badnessSum,
      56160,
    ]);
  });

  test("4.2: a drop-in with PrivateNetwork=yes", () => {
    const s = score(
      {
        "withdropin.service": "[Service]\nExecStart=/bin/true\n",
        "withdropin.service.d/x.conf": "[Service]\nPrivateNetwork=yes\n",
      },
      "withdropin.service",
    );
    expect([formatExposure(s.exposure), s.badnessSum]).toEqual(["9.1", 51010]);
  });

  test("4.2: DynamicUser=yes in nobody.service runs as 'nobody'", () => {
    const s = score(
      { "nobody.service": "[Service]\nExecStart=/bin/true\nDynamicUser=yes\n" },
      "nobody.service",
    );
    expect([formatExposure(s.exposure), s.badnessSum]).toEqual(["8.7", 48810]);
  });

  test("4.2: the best reachable score is 0.1", () => {
    const s = score(`User=svc
RootDirectory=/srv/root
CapabilityBoundingSet=
NoNewPrivileges=yes
PrivateDevices=yes
PrivateMounts=yes
PrivateNetwork=yes
PrivateTmp=yes
PrivateUsers=yes
ProtectClock=yes
ProtectControlGroups=yes
ProtectHome=yes
ProtectHostname=yes
ProtectKernelLogs=yes
ProtectKernelModules=yes
ProtectKernelTunables=yes
ProtectProc=invisible
ProcSubset=pid
ProtectSystem=strict
LockPersonality=yes
MemoryDenyWriteExecute=yes
RestrictAddressFamilies=none
RestrictNamespaces=yes
RestrictRealtime=yes
RestrictSUIDSGID=yes
RemoveIPC=yes
SystemCallArchitectures=native
SystemCallFilter=@system-service
SystemCallFilter=~@privileged @resources
IPAddressDeny=any
UMask=0077`);
    expect([formatExposure(s.exposure), s.level, s.badnessSum]).toEqual(["0.1", "SAFE", 500]);
  });

  test("the table holds systemd 252's 81 checks and their weights", () => {
    expect(CHECKS).toHaveLength(81);
    expect(CHECKS.reduce((n, c) => n + c.weight, 0)).toBe(56460);
    expect(new Set(CHECKS.map((c) => c.id)).size).toBe(81);
    expect(
      CHECKS.find((c) => c.id === "CapabilityBoundingSet_CAP_NET_BIND_SERVICE_BROADCAST_RAW)"),
    ).toBeDefined();
  });
});

describe("printed order", () => {
  test("rows sort by description descending, then name; an empty description sorts by merge-sort accident", () => {
    const s = score("ProtectProc=noaccess");
    const names = s.rows.map((r) => r.check.name);
    expect(names[0]).toBe("RootDirectory=/RootImage=");
    expect(names.slice(-2)).toEqual(["ProtectProc=", "UMask="]);
  });
});
