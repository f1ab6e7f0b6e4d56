/**
 * The fix engine on the breakers users report: each risky setting is held back with its reason
 * when the unit says it would break the service, and the rest is proposed.
 */
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { scoreUnit } from "../../src/core/checks/score.js";
import { proposeDropin, type FixOptions, type Proposal } from "../../src/core/fix/propose.js";
import { RECOMMENDATIONS } from "../../src/core/fix/recommendations.js";
import { loadUnit } from "../../src/core/units/load.js";
import { MemoryTree } from "../../src/core/units/tree.js";
import { DiskTree } from "../../src/node/disk-tree.js";

const FIXTURES = path.resolve("test/fixtures/fix");

function propose(dir: string, unit: string, options: FixOptions = { profile: "strict" }) {
  return proposeDropin(new DiskTree(path.join(FIXTURES, dir)), unit, options);
}

function proposal(dir: string, unit: string, options?: FixOptions): Proposal {
  const r = propose(dir, unit, options);
  if (!("proposal" in r)) throw new Error(`no proposal: ${r.none}`);
  return r.proposal;
}

const keys = (p: Proposal) => p.settings.map((l) => l.key);
const value = (p: Proposal, key: string) =>
  p.settings.filter((l) => l.key === key).map((l) => l.value);
const held = (p: Proposal, key: string) => p.heldBack.find((h) => h.key === key)?.reason;

describe("held back where they would break the service", () => {
  test.each([
    ["node-api", "api.service", "node"],
    ["java-app", "app.service", "java"],
    ["dotnet-app", "shop.service", "dotnet"],
  ])("MemoryDenyWriteExecute= on a JIT runtime (%s)", (dir, unit, runtime) => {
    const p = proposal(dir, unit);
    expect(keys(p)).not.toContain("MemoryDenyWriteExecute");
    expect(held(p, "MemoryDenyWriteExecute")).toBe(
      `ExecStart runs ${runtime}, a JIT runtime that needs writable executable memory`,
    );
  });

  test("PrivateNetwork= on a network daemon", () => {
    const p = proposal("nginx", "nginx.service");
    expect(keys(p)).not.toContain("PrivateNetwork");
    expect(held(p, "PrivateNetwork")).toBe("the service talks to the network (nginx)");
  });

  test("RestrictAddressFamilies= keeps AF_NETLINK for a DNS server", () => {
    const p = proposal("dns", "unbound.service");
    expect(value(p, "RestrictAddressFamilies")).toEqual(["AF_UNIX AF_INET AF_INET6 AF_NETLINK"]);
    expect(held(p, "RestrictAddressFamilies")).toBe(
      "ExecStart runs unbound, which reads network interfaces over netlink",
    );
  });

  test("ProtectSystem=strict comes with ReadWritePaths= for where the service writes", () => {
    const p = proposal("writer", "store.service");
    expect(value(p, "ProtectSystem")).toEqual(["strict"]);
    expect(value(p, "ReadWritePaths")).toEqual([
      "-/run/store -/srv/store/data -/var/lib/store -/var/log/store/store.log",
    ]);
  });

  test("a root daemon keeps @privileged (it drops privileges itself); @resources is never denied", () => {
    const p = proposal("nginx", "nginx.service");
    expect(value(p, "SystemCallFilter")).toEqual(["@system-service"]);
    expect(held(p, "SystemCallFilter=~@resources")).toContain("setrlimit, sched_setaffinity");
    const db = proposal("database", "db.service");
    expect(value(db, "SystemCallFilter")).toEqual(["@system-service", "~@privileged"]);
  });

  test("DynamicUser= on a service that owns files (User= set), or that runs as root", () => {
    expect(held(proposal("database", "db.service"), "DynamicUser")).toBe(
      "User=postgres is set: the service's files belong to that user",
    );
    expect(held(proposal("nginx", "nginx.service"), "DynamicUser")).toContain(
      "the service runs as root",
    );
  });

  test("a privileged port keeps CAP_NET_BIND_SERVICE, the rest of the capabilities go", () => {
    expect(value(proposal("privileged-port", "web.service"), "CapabilityBoundingSet")).toEqual([
      "CAP_NET_BIND_SERVICE",
    ]);
  });

  test("a socket-activated service needs no capability for the socket's port", () => {
    expect(value(proposal("socket-activated", "echo.service"), "CapabilityBoundingSet")).toEqual([
      "",
    ]);
  });

  test("raw sockets keep CAP_NET_RAW and AF_PACKET", () => {
    const p = proposal("raw-sockets", "probe.service");
    expect(value(p, "CapabilityBoundingSet")).toEqual(["CAP_NET_RAW"]);
    expect(value(p, "RestrictAddressFamilies")[0]).toContain("AF_PACKET");
  });

  test("ProtectHome= where the service keeps its data under /home", () => {
    const p = proposal("home-data", "sync.service");
    expect(keys(p)).not.toContain("ProtectHome");
    expect(held(p, "ProtectHome")).toBe(
      "the unit uses --home=/home/sync/.config/syncthing, under a home directory",
    );
  });

  test("a container runtime keeps namespaces, cgroups and modules", () => {
    const p = proposal("container-runtime", "docker.service");
    for (const k of ["RestrictNamespaces", "ProtectControlGroups", "ProtectKernelModules"])
      expect(keys(p)).not.toContain(k);
    expect(held(p, "RestrictNamespaces")).toBe(
      "ExecStart runs dockerd, which creates namespaces (containers, sandboxes)",
    );
  });

  test("ProtectClock= where it would make DeviceAllow= worse (systemd/systemd#32513)", () => {
    const p = proposal("device-acl", "dev.service");
    expect(keys(p)).not.toContain("ProtectClock");
    expect(held(p, "ProtectClock")).toBe("it would make DeviceAllow worse (as systemd scores it)");
  });
});

describe("never weaken", () => {
  test("an existing stricter value is kept, a configured list is left alone", () => {
    const p = proposal("stricter-kept", "strict.service");
    for (const k of ["ProtectSystem", "ProtectHome", "CapabilityBoundingSet", "SystemCallFilter"])
      expect(keys(p)).not.toContain(k);
  });

  test("nothing newer than the oldest listed systemd; newer hardening once it allows", () => {
    const old = proposal("node-api", "api.service", {
      profile: "strict",
      systemdVersions: [252, 262],
    });
    expect(old.content).toMatch(/^PrivateUsers=yes$/m);
    expect(old.content).toMatch(/^PrivateTmp=yes$/m);
    expect(old.content).toMatch(/^ProtectControlGroups=yes$/m);
    const modern = proposal("node-api", "api.service", {
      profile: "strict",
      systemdVersions: [262, 257],
    });
    expect(modern.content).toMatch(/^PrivateUsers=identity$/m);
    expect(modern.content).toMatch(/^PrivateTmp=disconnected$/m);
    expect(modern.content).toMatch(/^ProtectControlGroups=strict$/m);
  });

  test("a waived check is not touched", () => {
    const p = proposal("node-api", "api.service", {
      profile: "baseline",
      waivedChecks: new Set(["PrivateDevices"]),
    });
    expect(keys(p)).not.toContain("PrivateDevices");
    expect(held(p, "PrivateDevices")).toBe("the check PrivateDevices is waived for this unit");
  });

  test("no check gets worse and the exposure drops, for every fixture and profile", () => {
    for (const dir of [
      "node-api",
      "java-app",
      "dotnet-app",
      "nginx",
      "dns",
      "writer",
      "privileged-port",
      "socket-activated",
      "raw-sockets",
      "stricter-kept",
      "device-acl",
      "database",
      "home-data",
      "container-runtime",
    ]) {
      const tree = new DiskTree(path.join(FIXTURES, dir));
      const unit = (tree.list("") ?? []).find((n) => n.endsWith(".service"))!;
      for (const profile of ["baseline", "strict"] as const) {
        const r = proposeDropin(tree, unit, { profile });
        if (!("proposal" in r)) continue;
        expect(r.proposal.exposureAfter, `${dir} ${profile}`).toBeLessThan(
          r.proposal.exposureBefore,
        );
      }
    }
  });
});

describe("the drop-in", () => {
  const tree = () =>
    new MemoryTree([["app.service", "[Service]\nExecStart=/usr/bin/app\nUser=app\n"]]);

  test("has a comment per setting, in a stable order, and says what it left out and why", () => {
    const p = proposal("node-api", "api.service");
    expect(p.content.split("\n").slice(0, 5)).toEqual([
      "# Generated by harden-units (profile strict): systemd-analyze security 9.2 -> 1.2.",
      "# It regenerates the settings below; lines of your own in this file are kept.",
      "[Service]",
      "# Blocks gaining privileges through setuid/setgid binaries and file capabilities",
      "NoNewPrivileges=yes",
    ]);
    expect(p.content).toContain(
      "# Not set:\n#   ProcSubset: ExecStart runs node, a runtime that reads /proc system files\n#   MemoryDenyWriteExecute: ExecStart runs node, a JIT runtime",
    );
    expect(p.dropinPath).toBe("api.service.d/hardening.conf");
  });

  test("is idempotent: applied, a second run proposes the same text and changes nothing", () => {
    const t = tree();
    const first = proposeDropin(t, "app.service");
    if (!("proposal" in first)) throw new Error(first.none);
    t.set(first.proposal.dropinPath, first.proposal.content);
    const second = proposeDropin(t, "app.service");
    if (!("proposal" in second)) throw new Error(second.none);
    expect(second.proposal).toMatchObject({
      content: first.proposal.content,
      changed: false,
      exposureBefore: first.proposal.exposureAfter,
    });
  });

  test("an existing drop-in of ours is updated; the lines of your own in it are kept", () => {
    const t = tree().set(
      "app.service.d/hardening.conf",
      "# Generated by harden-units (profile baseline): old\n[Service]\nPrivateTmp=yes\nReadOnlyPaths=/etc/app\n",
    );
    const r = proposeDropin(t, "app.service", { profile: "strict" });
    if (!("proposal" in r)) throw new Error(r.none);
    expect(r.proposal.changed).toBe(true);
    expect(r.proposal.content).toContain(
      "# Kept from the previous version of this file:\nReadOnlyPaths=/etc/app\n",
    );
    expect(r.proposal.content.match(/^PrivateTmp=/gm)).toHaveLength(1);
  });

  test("a drop-in of the same name that is not ours is never overwritten", () => {
    const t = tree().set("app.service.d/hardening.conf", "[Service]\nPrivateTmp=yes\n");
    expect(proposeDropin(t, "app.service")).toMatchObject({
      none: "app.service.d/hardening.conf exists and was not written by harden-units; choose another --dropin-name",
    });
  });

  test("merged with the unit it parses back to exactly the settings it lists", () => {
    const p = proposal("writer", "store.service");
    const t = new MemoryTree([
      ["store.service", "[Service]\nExecStart=/bin/true\n"],
      [p.dropinPath, p.content],
    ]);
    const u = loadUnit(t, "store.service")!;
    expect(u.warnings).toEqual([]);
    expect(u.dropins[0]!.assignments.map((a) => ({ key: a.key, value: a.value }))).toEqual(
      p.settings.map((l) => ({ key: l.key, value: l.value })),
    );
  });
});

describe("what each recommendation claims", () => {
  // A plain service with nothing in its command line that would hold a recommendation back.
  const PLAIN = "[Service]\nExecStart=/usr/bin/worker --once\n";

  test.each(["baseline", "strict"] as const)(
    "every check a %s recommendation names is better with the drop-in than without",
    (profile) => {
      const tree = new MemoryTree([["w.service", PLAIN]]);
      const r = proposeDropin(tree, "w.service", { profile });
      if (!("proposal" in r)) throw new Error(r.none);
      const before = scoreUnit(loadUnit(tree, "w.service")!);
      const after = scoreUnit(
        loadUnit(
          new MemoryTree([
            ["w.service", PLAIN],
            [r.proposal.dropinPath, r.proposal.content],
          ]),
          "w.service",
        )!,
      );
      const badness = (s: typeof before, id: string) =>
        s.rows.find((row) => row.check.id === id)!.badness ?? -1;
      const applied = new Set(r.proposal.settings.map((l) => l.key));
      const claims = RECOMMENDATIONS.filter(
        (rec) => applied.has(rec.key) && (rec.profile === "baseline" || profile === "strict"),
      );
      expect(claims.length).toBeGreaterThan(10);
      const unfounded = claims.flatMap((rec) =>
        rec.checks
          .filter((id) => !(badness(after, id) < badness(before, id) || badness(after, id) === 0))
          .map(
            (id) =>
              `${rec.profile} ${rec.key}: ${id} ${badness(before, id)} -> ${badness(after, id)}`,
          ),
      );
      expect(unfounded).toEqual([]);
    },
  );
});
