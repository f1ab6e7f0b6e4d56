#!/usr/bin/env node
/**
 * npm run bench: scores one corpus with harden-units (the bundled CLI, a fresh Node process, so
 * start-up is included) and with systemd-analyze 252 over the same files, in one run, and prints
 * the figures and the ratio. The corpus: this machine's unit folder plus generated units
 * (templates, drop-ins, continuations, bad values), each generated case in its own folder.
 *
 *   npm run bench [-- --generated N] [--runs R]
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { generated: { type: "string", default: "300" }, runs: { type: "string", default: "5" } } });
const GENERATED = Number(values.generated);
const RUNS = Number(values.runs);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const cli = path.join(root, "dist/cli/index.js");
if (!existsSync(cli)) {
  console.error("bench: dist/cli/index.js is missing; run npm run build first");
  process.exit(2);
}

// A deterministic generator of realistic units (the same kinds of settings the tests use).
let seed = 20261129;
const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 0x100000000);
const pick = (a) => a[Math.floor(rand() * a.length)];
const SETTINGS = [
  "PrivateTmp=yes", "ProtectSystem=strict", "ProtectSystem=full", "ProtectHome=yes", "ProtectHome=read-only", "NoNewPrivileges=yes",
  "DynamicUser=yes", "User=svc", "PrivateDevices=yes", "ProtectKernelTunables=yes", "ProtectKernelModules=yes", "ProtectControlGroups=yes",
  "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6", "RestrictNamespaces=yes", "LockPersonality=yes", "MemoryDenyWriteExecute=yes",
  "SystemCallFilter=@system-service", "SystemCallFilter=~@privileged @resources", "SystemCallArchitectures=native", "CapabilityBoundingSet=",
  "CapabilityBoundingSet=CAP_NET_BIND_SERVICE", "IPAddressDeny=any", "IPAddressAllow=localhost", "UMask=0077", "ProtectClock=yes",
  "ProtectHostname=yes", "ProtectKernelLogs=yes", "ProtectProc=invisible", "ProcSubset=pid", "RestrictRealtime=yes", "RestrictSUIDSGID=yes",
  "DeviceAllow=/dev/null rw", "DevicePolicy=closed", "SupplementaryGroups=adm", "SystemCallFilter=open,read,write,close", "SystemCallArchitectures=amd64",
];
function generated(dir, i) {
  const name = pick(["web", "api", "worker-queue", "db@", "cache"]) + (i % 7) + ".service";
  const unit = name.replace("@" + (i % 7), (i % 7) + "@");
  const body = Array.from({ length: 3 + Math.floor(rand() * 20) }, () => pick(SETTINGS)).join("\n");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, unit), `[Unit]\nDescription=generated ${i}\n\n[Service]\nExecStart=/usr/bin/app --id ${i}\n${body}\n`);
  if (rand() < 0.4) {
    mkdirSync(path.join(dir, `${unit}.d`), { recursive: true });
    writeFileSync(path.join(dir, `${unit}.d`, "10-override.conf"), `[Service]\n${pick(SETTINGS)}\n${pick(SETTINGS)}\n`);
  }
  return path.join(dir, unit);
}

const corpus = mkdtempSync(path.join(tmpdir(), "harden-units-bench-"));
const files = [];
const machine = "/lib/systemd/system";
if (existsSync(machine)) {
  const dest = path.join(corpus, "machine");
  mkdirSync(dest);
  for (const name of readdirSync(machine)) {
    if (!/\.service(\.d)?$/.test(name) && name !== "service.d") continue;
    try {
      cpSync(path.join(machine, name), path.join(dest, name), { recursive: true, dereference: true });
      if (name.endsWith(".service")) files.push(path.join(dest, name));
    } catch {
      // masked units (links to /dev/null) are not unit files
    }
  }
}
for (let i = 0; i < GENERATED; i++) files.push(generated(path.join(corpus, "gen", String(i)), i));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function timeRuns(fn) {
  const times = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

// harden-units: one process scores the whole corpus (Node start-up included): score and lint
// only (--no-fix), and the full scan that also proposes a drop-in per unit.
let scored = 0;
const scanOnce = (extra) => {
  const r = spawnSync(process.execPath, [cli, "scan", "--format", "json", ...extra, corpus], { maxBuffer: 1 << 30 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`harden-units failed: ${r.stderr}`);
  scored = JSON.parse(r.stdout.toString()).units.filter((u) => u.scored).length;
};
const ours = timeRuns(() => scanOnce(["--no-fix"]));
const oursFull = timeRuns(() => scanOnce([]));
const rss = (() => {
  const r = spawnSync("/usr/bin/env", ["time", "-f", "%M", process.execPath, cli, "scan", "--format", "json", "--no-fix", corpus], { maxBuffer: 1 << 30 });
  return Number(r.stderr.toString().trim().split("\n").pop()) || null;
})();

// systemd-analyze: one invocation per unit (each generated case has its own folder, as it must).
let analyzeOk = existsSync("/usr/bin/systemd-analyze") || spawnSync("systemd-analyze", ["--version"]).status === 0;
const env = { ...process.env, SYSTEMD_UNIT_PATH: "" };
let theirs = null;
let theirsBatch = null;
if (analyzeOk) {
  theirs = timeRuns(() => {
    for (const f of files) spawnSync("systemd-analyze", ["security", "--offline=true", "--json=short", f], { env });
  });
  const machineFiles = files.filter((f) => f.includes(`${path.sep}machine${path.sep}`));
  if (machineFiles.length > 0) {
    const one = timeRuns(() => spawnSync("systemd-analyze", ["security", "--offline=true", "--json=short", ...machineFiles], { env, maxBuffer: 1 << 30 }));
    const oursMachine = timeRuns(() => spawnSync(process.execPath, [cli, "scan", "--format", "json", "--no-fix", path.join(corpus, "machine")], { maxBuffer: 1 << 30 }));
    theirsBatch = { units: machineFiles.length, analyze: one, ours: oursMachine };
  }
}

const version = analyzeOk ? execFileSync("systemd-analyze", ["--version"], { encoding: "utf8" }).split("\n")[0] : "not installed";
const fmt = (ms) => `${ms.toFixed(0)} ms`;
console.log(`corpus: ${files.length} unit files (${files.length - GENERATED} from ${machine}, ${GENERATED} generated), ${scored} scored`);
console.log(`runs: median of ${RUNS}; node ${process.version}; ${version}`);
console.log(`harden-units scan --no-fix (score + lint, one process, start-up included): ${fmt(ours)}  = ${(files.length / (ours / 1000)).toFixed(0)} units/s${rss ? `, peak RSS ${(rss / 1024).toFixed(0)} MiB` : ""}`);
console.log(`harden-units scan (also proposes a drop-in per unit):                  ${fmt(oursFull)}  = ${(files.length / (oursFull / 1000)).toFixed(0)} units/s`);
if (theirs !== null) {
  console.log(`systemd-analyze security (one run per unit):                           ${fmt(theirs)}  = ${(files.length / (theirs / 1000)).toFixed(0)} units/s`);
  console.log(`ratio: scoring is ${(theirs / ours).toFixed(1)}x faster than systemd-analyze run per unit (${(theirs / oursFull).toFixed(1)}x with the drop-ins)`);
}
if (theirsBatch) {
  console.log(
    `machine units only (${theirsBatch.units}, one systemd-analyze run for all): harden-units ${fmt(theirsBatch.ours)}, systemd-analyze ${fmt(theirsBatch.analyze)}, ratio ${(theirsBatch.analyze / theirsBatch.ours).toFixed(1)}x`,
  );
}
rmSync(corpus, { recursive: true, force: true });
