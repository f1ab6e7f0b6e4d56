/**
 * The real-shaped corpus of the bench: one folder per package.
 *  - this machine's /lib/systemd/system units (services with their drop-in folders, and the other
 *    unit files), grouped by the Debian package that ships them (dpkg's file lists);
 *  - our examples/ and test fixtures (fix, oracle, lint cases), a package each;
 *  - hardened units generated from those: each fixture service with a block of settings that
 *    exercise system call filters, capability sets and address families (as well-hardened units do).
 * `realCorpus(dir)` writes it and returns its packages; `cycled(dir, real, n)` copies whole
 * packages of it, round after round, until n services are in `dir`.
 *
 *   node bench/corpus.mjs DIR [N]    writes the corpus (cycled to N services when given)
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import * as path from "node:path";

const MACHINE = "/lib/systemd/system";
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

/** Which package ships each file of MACHINE, from dpkg's file lists (no dpkg -S: it is slow). */
function owners() {
  const out = new Map();
  const info = "/var/lib/dpkg/info";
  if (!existsSync(info)) return out;
  for (const name of readdirSync(info)) {
    if (!name.endsWith(".list")) continue;
    const pkg = name.slice(0, -5).replace(/:.*$/, "");
    for (const line of readFileSync(path.join(info, name), "utf8").split("\n")) {
      const m = /^(?:\/usr)?\/lib\/systemd\/system\/([^/]+)$/.exec(line);
      if (m) out.set(m[1], pkg);
    }
  }
  return out;
}

// Settings that exercise the heavy checks: filters, capability sets, address families.
const HARDENING = [
  [
    "SystemCallFilter=@system-service",
    "SystemCallFilter=~@privileged @resources @mount",
    "SystemCallErrorNumber=EPERM",
  ],
  [
    "SystemCallFilter=@basic-io @file-system @io-event @network-io @process @signal @timer",
    "SystemCallFilter=~@clock @debug @module @raw-io @reboot @swap @cpu-emulation @obsolete",
  ],
  [
    "SystemCallFilter=read write openat close fstat mmap mprotect munmap brk rt_sigaction ioctl exit_group",
    "SystemCallArchitectures=native",
  ],
  [
    "CapabilityBoundingSet=CAP_NET_BIND_SERVICE CAP_SETUID CAP_SETGID",
    "AmbientCapabilities=CAP_NET_BIND_SERVICE",
  ],
  [
    "CapabilityBoundingSet=~CAP_SYS_ADMIN CAP_SYS_PTRACE CAP_SYS_MODULE CAP_NET_ADMIN CAP_SYS_RAWIO CAP_SYS_TIME CAP_BPF CAP_SYS_BOOT",
  ],
  ["CapabilityBoundingSet=", "AmbientCapabilities="],
  [
    "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6",
    "IPAddressDeny=any",
    "IPAddressAllow=localhost 10.0.0.0/8",
  ],
  ["RestrictAddressFamilies=~AF_PACKET AF_NETLINK AF_BLUETOOTH", "RestrictNamespaces=~user net"],
  ["RestrictAddressFamilies=none", "PrivateNetwork=yes"],
  [
    "ProtectSystem=strict",
    "ProtectHome=yes",
    "PrivateTmp=yes",
    "PrivateDevices=yes",
    "ReadWritePaths=/var/lib/app -/var/cache/app",
  ],
  [
    "ProtectKernelTunables=yes",
    "ProtectKernelModules=yes",
    "ProtectKernelLogs=yes",
    "ProtectControlGroups=yes",
    "ProtectClock=yes",
    "ProtectHostname=yes",
  ],
  [
    "NoNewPrivileges=yes",
    "LockPersonality=yes",
    "MemoryDenyWriteExecute=yes",
    "RestrictRealtime=yes",
    "RestrictSUIDSGID=yes",
    "RemoveIPC=yes",
    "UMask=0077",
  ],
  [
    "DynamicUser=yes",
    "ProtectProc=invisible",
    "ProcSubset=pid",
    "DevicePolicy=closed",
    "DeviceAllow=/dev/null rw",
  ],
];

function copyFolder(from, to) {
  cpSync(from, to, { recursive: true, dereference: true, filter: (src) => !src.endsWith(".md") });
}

const isService = (name) => name.endsWith(".service");

/** Writes the real-shaped corpus into dir; returns [{ name, services }] by package. */
export function realCorpus(dir) {
  const packages = new Map();
  const add = (pkg, n) => packages.set(pkg, (packages.get(pkg) ?? 0) + n);
  mkdirSync(dir, { recursive: true });
  if (existsSync(MACHINE)) {
    const owner = owners();
    for (const name of readdirSync(MACHINE).sort()) {
      const full = path.join(MACHINE, name);
      // A drop-in folder goes with its unit's package (or the type-wide one with systemd's).
      const unit = name.endsWith(".d") ? name.slice(0, -2) : name;
      const pkg = `machine-${owner.get(unit) ?? owner.get(name) ?? "systemd"}`;
      try {
        if (statSync(full).isDirectory()) {
          if (!name.endsWith(".d")) continue;
          copyFolder(full, path.join(dir, pkg, name));
        } else {
          // Masked units (links to /dev/null) are not unit files.
          if (!statSync(full).isFile()) continue;
          if (
            !/\.(service|socket|timer|target|path|mount|swap|slice|scope|automount|device)$/.test(
              name,
            )
          )
            continue;
          mkdirSync(path.join(dir, pkg), { recursive: true });
          writeFileSync(path.join(dir, pkg, name), readFileSync(full));
          if (isService(name)) add(pkg, 1);
        }
      } catch {
        // unreadable: not part of the corpus
      }
    }
  }
  const fixtureSets = [["examples", path.join(root, "examples")]];
  for (const kind of ["fix", "oracle", "lint"]) {
    const base = path.join(root, "test/fixtures", kind);
    if (!existsSync(base)) continue;
    for (const c of readdirSync(base).sort())
      if (statSync(path.join(base, c)).isDirectory())
        fixtureSets.push([`${kind}-${c}`, path.join(base, c)]);
  }
  let h = 0;
  for (const [pkg, from] of fixtureSets) {
    copyFolder(from, path.join(dir, pkg));
    add(pkg, countServices(path.join(dir, pkg)));
    if (pkg.startsWith("lint-")) continue;
    // The hardened twin: each service of the case with one or two hardening blocks appended.
    const services = listServices(path.join(dir, pkg));
    if (services.length === 0) continue;
    const twin = `hardened-${pkg}`;
    for (const s of services) {
      const rel = path.relative(path.join(dir, pkg), s);
      const text = readFileSync(s, "utf8");
      const blocks = [HARDENING[h % HARDENING.length], HARDENING[(h * 7 + 3) % HARDENING.length]];
      h++;
      const extra = `\n[Service]\n${blocks.flat().join("\n")}\n`;
      mkdirSync(path.dirname(path.join(dir, twin, rel)), { recursive: true });
      writeFileSync(
        path.join(dir, twin, rel),
        text.endsWith("\n") ? text + extra : `${text}\n${extra}`,
      );
    }
    add(twin, services.length);
  }
  return [...packages].map(([name, services]) => ({ name, services }));
}

function listServices(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!e.name.endsWith(".d")) out.push(...listServices(full));
    } else if (isService(e.name)) out.push(full);
  }
  return out;
}
const countServices = (dir) => listServices(dir).length;

/** The service files of one package of the corpus (what systemd-analyze is given for it). */
export const packageServices = (dir, pkg) => listServices(path.join(dir, pkg)).sort();

/** Copies whole packages of the real corpus into dir, round after round, until n services; returns the count. */
export function cycled(dir, real, packages, n) {
  let count = 0;
  for (let round = 0; count < n; round++) {
    for (const p of packages) {
      if (count >= n) break;
      if (p.services === 0 && round > 0) continue;
      copyFolder(
        path.join(real, p.name),
        path.join(dir, `r${String(round).padStart(3, "0")}`, p.name),
      );
      count += p.services;
    }
  }
  return count;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const [dir, n] = process.argv.slice(2);
  if (!dir) {
    console.error("usage: node bench/corpus.mjs DIR [N]");
    process.exit(2);
  }
  if (n) {
    const real = `${dir}.real`;
    const packages = realCorpus(real);
    console.log(`${cycled(dir, real, packages, Number(n))} services in ${dir}`);
  } else {
    const packages = realCorpus(dir);
    console.log(
      `${packages.reduce((a, p) => a + p.services, 0)} services in ${packages.length} packages in ${dir}`,
    );
  }
}
