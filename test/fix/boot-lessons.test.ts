/**
 * What the boot test (scripts/boot-test.sh: Debian 12's daemons restarted with our drop-ins in a
 * booted container) taught the fix engine. Each test names the daemon that broke and pins the
 * rule that keeps it working; docs/boot-test.md lists the same rules.
 */
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { proposeDropin, type Proposal } from "../../src/core/fix/propose.js";
import type { Profile } from "../../src/core/policy.js";
import { MemoryTree } from "../../src/core/units/tree.js";
import { DiskTree } from "../../src/node/disk-tree.js";

const DEBIAN = path.resolve("test/fixtures/fix/debian");

function propose(unit: string, profile: Profile = "strict") {
  return proposeDropin(new DiskTree(DEBIAN), unit, { profile });
}

function proposal(unit: string, profile: Profile = "strict"): Proposal {
  const r = propose(unit, profile);
  if (!("proposal" in r)) throw new Error(`no proposal for ${unit}: ${r.none}`);
  return r.proposal;
}

const value = (p: Proposal, key: string) =>
  p.settings.filter((l) => l.key === key).map((l) => l.value);
const held = (p: Proposal, key: string) => p.heldBack.find((h) => h.key === key)?.reason;
const rwPaths = (p: Proposal) => value(p, "ReadWritePaths").join(" ").split(" ").filter(Boolean);

describe("ProtectSystem=strict only where the places the service writes to are known", () => {
  test("PostgreSQL: the package's /var/log/postgresql and /var/lib/postgresql are writable", () => {
    // It broke: the cluster could not open /var/log/postgresql/postgresql-15-main.log.
    const p = proposal("postgresql@.service");
    expect(value(p, "ProtectSystem")).toEqual(["strict"]);
    expect(rwPaths(p)).toEqual(
      expect.arrayContaining(["-/var/log/postgresql", "-/var/lib/postgresql", "-/run/postgresql"]),
    );
  });

  test("nginx: /var/log/nginx and /var/lib/nginx are writable", () => {
    // It broke: open() "/var/log/nginx/error.log" failed (30: Read-only file system).
    const r = proposeDropin(
      new DiskTree(path.resolve("test/fixtures/fix/nginx")),
      "nginx.service",
      { profile: "strict" },
    );
    if (!("proposal" in r)) throw new Error(r.none);
    expect(value(r.proposal, "ProtectSystem")).toEqual(["strict"]);
    expect(rwPaths(r.proposal)).toEqual([
      "-/run",
      "-/var/cache/nginx",
      "-/var/lib/nginx",
      "-/var/log/nginx",
    ]);
  });

  test("MariaDB: its data is in /var/lib/mysql, not /var/lib/mariadb", () => {
    // It broke: cannot create ./ddl_recovery.log in its datadir, read-only file system.
    const p = proposal("mariadb.service");
    expect(value(p, "ProtectSystem")).toEqual(["strict"]);
    expect(rwPaths(p)).toEqual(
      expect.arrayContaining(["-/var/lib/mysql", "-/var/log/mysql", "-/run/mysqld"]),
    );
  });

  test("php-fpm: Debian's log file /var/log/phpX.Y-fpm.log, and /run/php for the socket", () => {
    // It broke: exit status 78 (configuration), the error log could not be opened.
    const p = proposal("php8.2-fpm.service");
    expect(rwPaths(p)).toEqual(
      expect.arrayContaining(["-/var/log/php8.2-fpm.log", "-/run/php", "-/var/lib/php"]),
    );
  });

  test("a unit that declares its folders gets strict; the folders need no ReadWritePaths=", () => {
    const p = proposal("widget-declared.service");
    expect(value(p, "ProtectSystem")).toEqual(["strict"]);
    expect(value(p, "ReadWritePaths")).toEqual([]);
  });

  test("an unknown program with nothing declared keeps ProtectSystem=full, and says why", () => {
    const p = proposal("widget.service");
    expect(value(p, "ProtectSystem")).toEqual(["full"]);
    expect(held(p, "ProtectSystem")).toMatch(
      /^nothing tells where the service writes .*; ProtectSystem=full is set instead$/,
    );
  });

  test("RuntimeDirectory= alone does not tell where the service keeps its data", () => {
    const p = proposal("widget-runtime.service");
    expect(value(p, "ProtectSystem")).toEqual(["full"]);
    expect(held(p, "ProtectSystem")).toMatch(/^nothing tells where the service writes/);
  });

  test("ReadWritePaths= declares the places; an empty assignment in a drop-in takes them back", () => {
    const unit =
      "[Service]\nUser=widget\nExecStart=/opt/widget/bin/widgetd\nReadWritePaths=-/srv/widget\n";
    const declared = proposeDropin(new MemoryTree([["w.service", unit]]), "w.service", {
      profile: "strict",
    });
    const reset = proposeDropin(
      new MemoryTree([
        ["w.service", unit],
        ["w.service.d/10-reset.conf", "[Service]\nReadWritePaths=\n"],
      ]),
      "w.service",
      { profile: "strict" },
    );
    if (!("proposal" in declared) || !("proposal" in reset)) throw new Error("no proposal");
    expect(value(declared.proposal, "ProtectSystem")).toEqual(["strict"]);
    expect(value(reset.proposal, "ProtectSystem")).toEqual(["full"]);
  });

  test("rsyslog writes wherever its configuration says: ProtectSystem=full", () => {
    // It broke: its file outputs were suspended, nothing reached /var/log/syslog.
    const p = proposal("rsyslog.service");
    expect(value(p, "ProtectSystem")).toEqual(["full"]);
    expect(held(p, "ProtectSystem")).toBe(
      "ExecStart runs rsyslogd, which writes wherever its configuration or its users say; ProtectSystem=full is set instead",
    );
  });

  test("postfix delivers mail wherever its configuration says: ProtectSystem=full", () => {
    const p = proposal("postfix@.service");
    expect(value(p, "ProtectSystem")).toEqual(["full"]);
    expect(held(p, "ProtectSystem")).toMatch(/^ExecStart runs postmulti, which writes wherever/);
  });

  test("the baseline profile is unchanged: ProtectSystem=full, whatever is known", () => {
    for (const unit of ["postgresql@.service", "widget.service", "rsyslog.service"]) {
      expect(value(proposal(unit, "baseline"), "ProtectSystem"), unit).toEqual(["full"]);
    }
  });
});

describe("the other strict settings the boot test saw breaking a daemon", () => {
  test("postfix keeps AF_NETLINK (it lists the host's addresses with getifaddrs) and chroot()", () => {
    // It broke twice: `getifaddrs: Address family not supported by protocol`, then
    // `chroot(/var/spool/postfix): Operation not permitted` in pickup and smtpd.
    const p = proposal("postfix@.service");
    expect(value(p, "RestrictAddressFamilies")).toEqual(["AF_UNIX AF_INET AF_INET6 AF_NETLINK"]);
    expect(held(p, "RestrictAddressFamilies")).toBe(
      "ExecStart runs postmulti, which reads network interfaces over netlink",
    );
    expect(value(p, "SystemCallFilter")).toEqual(["@system-service chroot"]);
  });

  test("vsftpd keeps chroot() and its users' home folders", () => {
    // It broke: uploads failed with 553 under ProtectHome=read-only (the baseline profile!), and
    // every login with 500 OOPS under ProtectHome=yes and the @system-service filter.
    for (const profile of ["baseline", "strict"] as const) {
      const p = proposal("vsftpd.service", profile);
      expect(value(p, "ProtectHome"), profile).toEqual([]);
      expect(held(p, "ProtectHome"), profile).toBe(
        "ExecStart runs vsftpd, which serves users' home folders",
      );
    }
    expect(value(proposal("vsftpd.service"), "SystemCallFilter")).toEqual([
      "@system-service chroot",
    ]);
  });

  test("a daemon that does not chroot gets the plain allow list", () => {
    expect(value(proposal("mariadb.service"), "SystemCallFilter")).toEqual([
      "@system-service",
      "~@privileged",
    ]);
  });

  test("node exporter keeps the system-wide /proc files (no ProcSubset=pid)", () => {
    // It broke: under ProcSubset=pid its filesystem metrics (and a third of the others) vanished.
    const p = proposal("prometheus-node-exporter.service");
    expect(value(p, "ProcSubset")).toEqual([]);
    expect(held(p, "ProcSubset")).toBe(
      "ExecStart runs prometheus-node-exporter, which reads system-wide /proc files (meminfo, stat, mounts)",
    );
    // …and the baseline keeps what it had: ProtectProc=invisible is fine for it.
    expect(value(proposal("prometheus-node-exporter.service", "baseline"), "ProtectProc")).toEqual([
      "invisible",
    ]);
  });

  test("sshd: no drop-in at all, its users' sessions would inherit it", () => {
    // It broke in the baseline profile: `/home/probe/probe-file: Read-only file system` and sudo's
    // `The "no new privileges" flag is set`; in the strict one every login (chroot() refused).
    for (const profile of ["baseline", "strict"] as const) {
      const r = propose("ssh.service", profile);
      expect("proposal" in r, profile).toBe(false);
      if ("proposal" in r) continue;
      expect(r.none).toBe("every recommendation of the profile is held back");
      expect(r.heldBack.find((h) => h.key === "NoNewPrivileges")?.reason).toBe(
        "ExecStart runs sshd, whose users' sessions inherit every sandbox setting of the service (sudo, writes to home folders, /etc)",
      );
    }
  });

  test("every Debian fixture: the drop-in lowers the exposure in both profiles", () => {
    for (const unit of [
      "postgresql@.service",
      "mariadb.service",
      "rsyslog.service",
      "prometheus-node-exporter.service",
      "vsftpd.service",
      "postfix@.service",
      "php8.2-fpm.service",
      "widget.service",
    ]) {
      for (const profile of ["baseline", "strict"] as const) {
        const p = proposal(unit, profile);
        expect(p.exposureAfter, `${unit} ${profile}`).toBeLessThan(p.exposureBefore);
      }
    }
  });
});
