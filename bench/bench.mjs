#!/usr/bin/env node
/**
 * npm run bench: first the real-shaped corpus (bench/corpus.mjs: this machine's package units,
 * our examples and fixtures and hardened twins of them, cycled to 1,000 and 10,000 services),
 * each figure the median of RUNS runs of a fresh process (start-up included), CPU = user +
 * system, and quoted as a multiple of the read-only floor (a Node process that only reads the
 * same files, bench/floor.mjs):
 *   scan --no-fix (text), scan --no-fix --format json, scan --format json (a drop-in per unit),
 *   growth from 1,000 to 10,000, peak RSS, JSON report bytes per unit, and the ~200 real
 *   services in one call against systemd-analyze security --offline=true run once per package.
 * Then the synthetic corpus: the machine's units and generated cases against systemd-analyze
 * per unit, a monorepo of generated units at several sizes, the action's cold start and the
 * bundle's size and contents.
 *
 *   npm run bench [-- --generated N] [--runs R] [--scale 100,1000,10000] [--real 1000,10000]
 *                 [--only real|synthetic] [--cli PATH]
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { cycled, packageServices, realCorpus } from "./corpus.mjs";

const { values } = parseArgs({
  options: {
    generated: { type: "string", default: "300" },
    runs: { type: "string", default: "5" },
    scale: { type: "string", default: "100,1000,10000" },
    real: { type: "string", default: "1000,10000" },
    only: { type: "string" },
    cli: { type: "string" },
  },
});
const GENERATED = Number(values.generated);
const RUNS = Number(values.runs);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const cli = values.cli ? path.resolve(values.cli) : path.join(root, "dist/cli/index.js");
if (!existsSync(cli)) {
  console.error(`bench: ${path.relative(process.cwd(), cli)} is missing; run npm run build first`);
  process.exit(2);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One run of a command under GNU time: CPU (user + system) and wall seconds, peak RSS (MiB), stdout bytes. */
function timed(argv, env = process.env) {
  const out = path.join(tmpdir(), `harden-units-bench-out-${process.pid}`);
  const times = `${out}.time`;
  spawnSync(
    "/usr/bin/time",
    [
      "-o",
      times,
      "-f",
      "%U %S %M %e",
      "/bin/sh",
      "-c",
      `exec "$@" >"${out}" 2>/dev/null`,
      "sh",
      ...argv,
    ],
    { env, stdio: "ignore" },
  );
  const line = readFileSync(times, "utf8").trim().split("\n").pop() ?? "";
  const [user, sys, rssKb, wall] = line.split(" ").map(Number);
  if (!line || !Number.isFinite(user))
    throw new Error(`bench: cannot measure ${argv.join(" ")}: ${line}`);
  const bytes = statSync(out).size;
  rmSync(out, { force: true });
  rmSync(times, { force: true });
  return { cpu: user + sys, wall, rss: rssKb / 1024, bytes };
}

/** Commands measured in turn (A B C A B C ...), RUNS rounds after one warm-up round: each figure's median. */
function paired(commands) {
  const runs = commands.map(() => []);
  for (let r = 0; r <= RUNS; r++) {
    commands.forEach((argv, i) => {
      const m = timed(argv);
      if (r > 0) runs[i].push(m);
    });
  }
  return runs.map((ms) => ({
    cpu: median(ms.map((m) => m.cpu)),
    wall: median(ms.map((m) => m.wall)),
    rss: Math.max(...ms.map((m) => m.rss)),
    bytes: median(ms.map((m) => m.bytes)),
    ms,
  }));
}

// --- The real-shaped corpus ------------------------------------------------------------------
if (values.only !== "synthetic" && existsSync("/usr/bin/time")) {
  const base = mkdtempSync(path.join(tmpdir(), "harden-units-real-"));
  const real = path.join(base, "real");
  const packages = realCorpus(real);
  const services = packages.reduce((a, p) => a + p.services, 0);
  const node = process.execPath;
  console.log(
    `real-shaped corpus: ${services} services in ${packages.length} packages (${path.basename(process.execPath)} ${process.version}, median of ${RUNS} paired runs, CPU = user + system)`,
  );

  // ~200 real services: one call of ours against systemd-analyze once per package.
  const analyze = spawnSync("systemd-analyze", ["--version"], { encoding: "utf8" });
  if (analyze.status === 0) {
    const script = path.join(base, "analyze-per-package.sh");
    const lines = packages
      .map((p) => packageServices(real, p.name))
      .filter((fs) => fs.length > 0)
      .map(
        (fs) =>
          `systemd-analyze security --offline=true ${fs.map((f) => `'${f}'`).join(" ")} >/dev/null 2>&1`,
      );
    writeFileSync(script, `export SYSTEMD_UNIT_PATH=\n${lines.join("\n")}\nexit 0\n`);
    const [ours, theirs, start, bare] = paired([
      [node, cli, "scan", "--no-fix", "--format", "json", real],
      ["/bin/sh", script],
      [node, cli, "--version"],
      [node, "-e", "0"],
    ]);
    const ratio = (f) => median(ours.ms.map((m, i) => theirs.ms[i][f] / m[f]));
    console.log(
      `  ${services} real services, one scan --no-fix --format json: ${(ours.wall * 1000).toFixed(0)} ms wall, ${(ours.cpu * 1000).toFixed(0)} ms CPU`,
    );
    console.log(
      `  systemd-analyze security --offline=true once per package (${lines.length} runs, ${analyze.stdout.split("\n")[0]}): ${(theirs.wall * 1000).toFixed(0)} ms wall, ${(theirs.cpu * 1000).toFixed(0)} ms CPU`,
    );
    console.log(
      `  ratio (paired median): ${ratio("wall").toFixed(1)}x faster in wall time, ${ratio("cpu").toFixed(1)}x in CPU`,
    );
    console.log(
      `  start-up: harden-units --version ${(start.wall * 1000).toFixed(0)} ms wall, ${(start.cpu * 1000).toFixed(0)} ms CPU; node -e 0 ${(bare.wall * 1000).toFixed(0)} ms wall, ${(bare.cpu * 1000).toFixed(0)} ms CPU`,
    );
  } else console.log("  (systemd-analyze is not installed: no comparison)");

  const sizes = values.real
    .split(",")
    .map(Number)
    .filter((n) => n > 0);
  const rows = [];
  for (const n of sizes) {
    const dir = path.join(base, `cycled-${n}`);
    const count = cycled(dir, real, packages, n);
    const work = [
      ["read-only floor", [node, path.join(root, "bench/floor.mjs"), dir]],
      ["scan --no-fix (text)", [node, cli, "scan", "--no-fix", dir]],
      ["scan --no-fix --format json", [node, cli, "scan", "--no-fix", "--format", "json", dir]],
      ["scan --format json (drop-ins)", [node, cli, "scan", "--format", "json", dir]],
    ];
    const figures = paired(work.map((w) => w[1]));
    work.forEach(([label], i) => rows.push({ n: count, label, ...figures[i], floor: figures[0] }));
    rmSync(dir, { recursive: true, force: true });
  }
  console.log("\n  | work | units | CPU | x floor | µs/unit | wall | peak RSS | output per unit |");
  console.log("  |---|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    const x = median(r.ms.map((m, i) => m.cpu / r.floor.ms[i].cpu));
    const perUnit = r.label.includes("json")
      ? `${(r.bytes / r.n / 1024).toFixed(1)} KB`
      : r.label.includes("text")
        ? `${(r.bytes / r.n).toFixed(0)} B`
        : "";
    console.log(
      `  | ${r.label} | ${r.n} | ${r.cpu.toFixed(2)} s | ${r.label.startsWith("read") ? "1" : x.toFixed(1)}x | ${((r.cpu * 1e6) / r.n).toFixed(0)} | ${r.wall.toFixed(2)} s | ${r.rss.toFixed(0)} MiB | ${perUnit} |`,
    );
  }
  for (const label of [...new Set(rows.map((r) => r.label))]) {
    const own = rows.filter((r) => r.label === label);
    if (own.length < 2) continue;
    const [a, b] = [own[0], own[own.length - 1]];
    console.log(
      `  growth ${a.n} -> ${b.n} (x${(b.n / a.n).toFixed(1)}) ${label}: CPU x${(b.cpu / a.cpu).toFixed(1)}, per unit x${(b.cpu / b.n / (a.cpu / a.n)).toFixed(2)}, RSS x${(b.rss / a.rss).toFixed(1)}`,
    );
  }
  const big = rows.filter((r) => r.label.includes("json")).at(-1);
  if (big)
    console.log(
      `  JSON report of ${big.n} units (with drop-ins): ${(big.bytes / 1e6).toFixed(1)} MB`,
    );
  rmSync(base, { recursive: true, force: true });
}
if (values.only === "real") process.exit(0);

// A deterministic generator of realistic units (the same kinds of settings the tests use).
let seed = 20261129;
const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 0x100000000;
const pick = (a) => a[Math.floor(rand() * a.length)];
const SETTINGS = [
  "PrivateTmp=yes",
  "ProtectSystem=strict",
  "ProtectSystem=full",
  "ProtectHome=yes",
  "ProtectHome=read-only",
  "NoNewPrivileges=yes",
  "DynamicUser=yes",
  "User=svc",
  "PrivateDevices=yes",
  "ProtectKernelTunables=yes",
  "ProtectKernelModules=yes",
  "ProtectControlGroups=yes",
  "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6",
  "RestrictNamespaces=yes",
  "LockPersonality=yes",
  "MemoryDenyWriteExecute=yes",
  "SystemCallFilter=@system-service",
  "SystemCallFilter=~@privileged @resources",
  "SystemCallArchitectures=native",
  "CapabilityBoundingSet=",
  "CapabilityBoundingSet=CAP_NET_BIND_SERVICE",
  "IPAddressDeny=any",
  "IPAddressAllow=localhost",
  "UMask=0077",
  "ProtectClock=yes",
  "ProtectHostname=yes",
  "ProtectKernelLogs=yes",
  "ProtectProc=invisible",
  "ProcSubset=pid",
  "RestrictRealtime=yes",
  "RestrictSUIDSGID=yes",
  "DeviceAllow=/dev/null rw",
  "DevicePolicy=closed",
  "SupplementaryGroups=adm",
  "SystemCallFilter=open,read,write,close",
  "SystemCallArchitectures=amd64",
];
function generated(dir, i) {
  const name = pick(["web", "api", "worker-queue", "db@", "cache"]) + (i % 7) + ".service";
  const unit = name.replace("@" + (i % 7), (i % 7) + "@");
  const body = Array.from({ length: 3 + Math.floor(rand() * 20) }, () => pick(SETTINGS)).join("\n");
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, unit),
    `[Unit]\nDescription=generated ${i}\n\n[Service]\nExecStart=/usr/bin/app --id ${i}\n${body}\n`,
  );
  if (rand() < 0.4) {
    mkdirSync(path.join(dir, `${unit}.d`), { recursive: true });
    writeFileSync(
      path.join(dir, `${unit}.d`, "10-override.conf"),
      `[Service]\n${pick(SETTINGS)}\n${pick(SETTINGS)}\n`,
    );
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
      cpSync(path.join(machine, name), path.join(dest, name), {
        recursive: true,
        dereference: true,
      });
      if (name.endsWith(".service")) files.push(path.join(dest, name));
    } catch {
      // masked units (links to /dev/null) are not unit files
    }
  }
}
for (let i = 0; i < GENERATED; i++) files.push(generated(path.join(corpus, "gen", String(i)), i));

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
  const r = spawnSync(process.execPath, [cli, "scan", "--format", "json", ...extra, corpus], {
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`harden-units failed: ${r.stderr}`);
  scored = JSON.parse(r.stdout.toString()).units.filter((u) => u.scored).length;
};
const ours = timeRuns(() => scanOnce(["--no-fix"]));
const oursFull = timeRuns(() => scanOnce([]));
const rss = (() => {
  const r = spawnSync(
    "/usr/bin/env",
    ["time", "-f", "%M", process.execPath, cli, "scan", "--format", "json", "--no-fix", corpus],
    { maxBuffer: 1 << 30 },
  );
  return Number(r.stderr.toString().trim().split("\n").pop()) || null;
})();

// systemd-analyze: one invocation per unit (each generated case has its own folder, as it must).
let analyzeOk =
  existsSync("/usr/bin/systemd-analyze") ||
  spawnSync("systemd-analyze", ["--version"]).status === 0;
const env = { ...process.env, SYSTEMD_UNIT_PATH: "" };
let theirs = null;
let theirsBatch = null;
if (analyzeOk) {
  theirs = timeRuns(() => {
    for (const f of files)
      spawnSync("systemd-analyze", ["security", "--offline=true", "--json=short", f], { env });
  });
  const machineFiles = files.filter((f) => f.includes(`${path.sep}machine${path.sep}`));
  if (machineFiles.length > 0) {
    const one = timeRuns(() =>
      spawnSync(
        "systemd-analyze",
        ["security", "--offline=true", "--json=short", ...machineFiles],
        { env, maxBuffer: 1 << 30 },
      ),
    );
    const oursMachine = timeRuns(() =>
      spawnSync(
        process.execPath,
        [cli, "scan", "--format", "json", "--no-fix", path.join(corpus, "machine")],
        { maxBuffer: 1 << 30 },
      ),
    );
    theirsBatch = { units: machineFiles.length, analyze: one, ours: oursMachine };
  }
}

const version = analyzeOk
  ? execFileSync("systemd-analyze", ["--version"], { encoding: "utf8" }).split("\n")[0]
  : "not installed";
const fmt = (ms) => `${ms.toFixed(0)} ms`;
console.log(
  `corpus: ${files.length} unit files (${files.length - GENERATED} from ${machine}, ${GENERATED} generated), ${scored} scored`,
);
console.log(`runs: median of ${RUNS}; node ${process.version}; ${version}`);
console.log(
  `harden-units scan --no-fix (score + lint, one process, start-up included): ${fmt(ours)}  = ${(files.length / (ours / 1000)).toFixed(0)} units/s${rss ? `, peak RSS ${(rss / 1024).toFixed(0)} MiB` : ""}`,
);
console.log(
  `harden-units scan (also proposes a drop-in per unit):                  ${fmt(oursFull)}  = ${(files.length / (oursFull / 1000)).toFixed(0)} units/s`,
);
if (theirs !== null) {
  console.log(
    `systemd-analyze security (one run per unit):                           ${fmt(theirs)}  = ${(files.length / (theirs / 1000)).toFixed(0)} units/s`,
  );
  console.log(
    `ratio: scoring is ${(theirs / ours).toFixed(1)}x faster than systemd-analyze run per unit (${(theirs / oursFull).toFixed(1)}x with the drop-ins)`,
  );
}
if (theirsBatch) {
  console.log(
    `machine units only (${theirsBatch.units}, one systemd-analyze run for all): harden-units ${fmt(theirsBatch.ours)}, systemd-analyze ${fmt(theirsBatch.analyze)}, ratio ${(theirsBatch.analyze / theirsBatch.ours).toFixed(1)}x`,
  );
}
rmSync(corpus, { recursive: true, force: true });

// --- Scale: a monorepo of realistic units, 100 to 10,000 ------------------------------------
// Services in folders of 50 (templates, sockets, timers beside them), a third with their own
// drop-in, every folder with a shared service.d/ drop-in; settings drawn from what real units use.
const MONO = [
  ...SETTINGS,
  "MemoryMax=512M",
  "TasksMax=100",
  "Environment=FOO=bar",
  'Environment="A=b c" D=e',
  "Restart=on-failure",
  "RestartSec=5",
  "LimitNOFILE=65536",
  "ReadWritePaths=/var/lib/app",
  "StateDirectory=app",
  "WorkingDirectory=/srv/app",
  "# a comment",
  "ExecReload=/bin/kill -HUP $MAINPID",
  "TimeoutStopSec=30",
  "KillMode=mixed",
];
function monorepo(dir, n) {
  for (let i = 0; i < n; i++) {
    const folder = path.join(dir, `team${Math.floor(i / 500)}`, `svc${Math.floor(i / 50)}`);
    if (i % 50 === 0) {
      mkdirSync(path.join(folder, "service.d"), { recursive: true });
      writeFileSync(
        path.join(folder, "service.d", "10-defaults.conf"),
        "[Service]\nRestart=on-failure\nTimeoutStopSec=30\n",
      );
    }
    const template = rand() < 0.1;
    const name = `unit${i}${template ? "@" : ""}.service`;
    const lines = Array.from({ length: 3 + Math.floor(rand() * 15) }, () => pick(MONO));
    const exec =
      rand() < 0.2
        ? `ExecStart=/usr/bin/app \\\n    --id ${i} \\\n    --config /etc/app/%i.conf`
        : `ExecStart=/usr/bin/app --id ${i}`;
    writeFileSync(
      path.join(folder, name),
      `[Unit]\nDescription=generated ${i}\nAfter=network.target\n\n[Service]\nType=simple\n${exec}\n${lines.join("\n")}\n\n[Install]\nWantedBy=multi-user.target\n`,
    );
    if (rand() < 0.3) {
      mkdirSync(path.join(folder, `${name}.d`), { recursive: true });
      writeFileSync(
        path.join(folder, `${name}.d`, "override.conf"),
        `[Service]\n${pick(MONO)}\n${pick(MONO)}\n`,
      );
    }
    if (rand() < 0.1)
      writeFileSync(
        path.join(folder, `unit${i}.socket`),
        `[Socket]\nListenStream=${8000 + (i % 1000)}\n`,
      );
    if (rand() < 0.05)
      writeFileSync(path.join(folder, `unit${i}.timer`), "[Timer]\nOnCalendar=daily\n");
  }
}

/** CPU seconds (user + system) and peak RSS of one child process, by GNU time. */
function measured(args) {
  const r = spawnSync("/usr/bin/time", ["-f", "%U %S %M %e", process.execPath, ...args], {
    maxBuffer: 1 << 30,
  });
  const line = r.stderr.toString().trim().split("\n").pop() ?? "";
  const [user, sys, rssKb, wall] = line.split(" ").map(Number);
  if (!Number.isFinite(user))
    throw new Error(`bench: cannot measure ${args.join(" ")}: ${r.stderr}`);
  return { cpu: user + sys, rss: rssKb / 1024, wall };
}

if (existsSync("/usr/bin/time")) {
  const sizes = values.scale
    .split(",")
    .map(Number)
    .filter((n) => n > 0);
  console.log(
    `\nscale: generated monorepo, CPU = user + system, median of ${RUNS} (peak RSS of the median run)`,
  );
  const rows = [];
  for (const n of sizes) {
    const dir = mkdtempSync(path.join(tmpdir(), `harden-units-scale-${n}-`));
    monorepo(dir, n);
    for (const [label, extra] of [
      ["scan --no-fix", ["--no-fix"]],
      ["scan", []],
      ["scan --format json", ["--format", "json"]],
    ]) {
      const runs = Array.from({ length: RUNS }, () => measured([cli, "scan", ...extra, dir]));
      const mid = [...runs].sort((a, b) => a.cpu - b.cpu)[Math.floor(runs.length / 2)];
      rows.push({ n, label, ...mid });
    }
    rmSync(dir, { recursive: true, force: true });
  }
  for (const label of [...new Set(rows.map((r) => r.label))]) {
    const own = rows.filter((r) => r.label === label);
    for (const r of own) {
      console.log(
        `  ${label.padEnd(20)} ${String(r.n).padStart(6)} units: ${r.cpu.toFixed(2)} s CPU (${((r.cpu * 1e6) / r.n).toFixed(0)} µs/unit), ${r.wall.toFixed(2)} s wall, peak RSS ${r.rss.toFixed(0)} MiB`,
      );
    }
    if (own.length >= 2) {
      const [a, b] = [own[0], own[own.length - 1]];
      console.log(
        `  ${label.padEnd(20)} growth ${a.n} -> ${b.n} units (x${b.n / a.n}): CPU x${(b.cpu / a.cpu).toFixed(1)}, RSS x${(b.rss / a.rss).toFixed(1)}`,
      );
    }
  }
} else {
  console.log("\nscale: skipped (/usr/bin/time, GNU time, is needed for CPU time and peak memory)");
}

// --- The action: cold start and bundle -------------------------------------------------------
// Time from starting dist/index.js to its first line of output, on a push event over examples/
// (no token: it reads the workspace and reports through workflow commands).
const action = path.join(root, "dist/index.js");
const ws = mkdtempSync(path.join(tmpdir(), "harden-units-ws-"));
cpSync(path.join(root, "examples"), path.join(ws, "examples"), { recursive: true });
// The workspace is a checkout: a Git repository whose HEAD is the commit the event names.
const git = (...args) =>
  execFileSync(
    "git",
    ["-C", ws, "-c", "user.name=bench", "-c", "user.email=bench@example.invalid", ...args],
    { encoding: "utf8" },
  ).trim();
git("init", "-q");
git("add", "-A");
git("commit", "-q", "-m", "examples");
const headSha = git("rev-parse", "HEAD");
const runnerTemp = mkdtempSync(path.join(tmpdir(), "harden-units-runner-"));
writeFileSync(path.join(runnerTemp, "output"), "");
writeFileSync(path.join(runnerTemp, "summary"), "");
const actionEnv = {
  PATH: process.env.PATH,
  GITHUB_REPOSITORY: "bench/bench",
  GITHUB_EVENT_NAME: "workflow_dispatch",
  GITHUB_WORKSPACE: ws,
  GITHUB_SHA: headSha,
  RUNNER_TEMP: runnerTemp,
  GITHUB_OUTPUT: path.join(runnerTemp, "output"),
  GITHUB_STEP_SUMMARY: path.join(runnerTemp, "summary"),
  GITHUB_API_URL: "http://127.0.0.1:9",
  INPUT_PATH: "examples",
  "INPUT_FAIL-ON": "never",
  "INPUT_MAX-EXPOSURE": "10",
};
async function firstLine() {
  const { spawn } = await import("node:child_process");
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [action], {
      env: actionEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let first = null;
    let out = "";
    child.stdout.on("data", (d) => {
      first ??= Number(process.hrtime.bigint() - t0) / 1e6;
      out += d;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const total = Number(process.hrtime.bigint() - t0) / 1e6;
      if (first === null) reject(new Error(`bench: the action printed nothing (exit ${code})`));
      else resolve({ first, total, code, out });
    });
  });
}
const starts = [];
for (let r = 0; r < RUNS; r++) starts.push(await firstLine());
const nodeOnly = timeRuns(() => spawnSync(process.execPath, ["-e", ""]));
console.log(
  `\naction cold start (dist/index.js, ${path.basename(process.execPath)} ${process.version}, examples/, median of ${RUNS}):`,
);
console.log(
  `  first output line after ${median(starts.map((s) => s.first)).toFixed(0)} ms, whole run ${median(starts.map((s) => s.total)).toFixed(0)} ms (exit ${starts[0].code}); node alone starts in ${nodeOnly.toFixed(0)} ms`,
);
rmSync(ws, { recursive: true, force: true });
rmSync(runnerTemp, { recursive: true, force: true });

// --- The action on a 3100-file pull request, against the local GitHub API server -------------
// The end-to-end scenario of test/e2e/action-scan.test.ts (60 units past GitHub's 3000-file
// listing): run through vitest, which prints its API calls and wall time.
const vitest = path.join(root, "node_modules/.bin/vitest");
if (existsSync(vitest)) {
  const figures = [];
  for (let r = 0; r < Math.min(RUNS, 3); r++) {
    const res = spawnSync(vitest, ["run", "test/e2e/action-scan.test.ts", "-t", "3100 files"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, CI: "true" },
    });
    const m = /3100-file PR: (\d+) API calls \(bound (\d+)\), (\d+) ms wall time/.exec(res.stdout);
    if (!m) {
      console.log(
        `\naction on a 3100-file PR: the scenario did not run (${res.status}): ${res.stderr.trim().split("\n").slice(-1)[0] ?? ""}`,
      );
      break;
    }
    figures.push({ calls: Number(m[1]), bound: Number(m[2]), ms: Number(m[3]) });
  }
  if (figures.length > 0) {
    console.log(
      `\naction on a 3100-file PR (local API server, 60 units, fix: none; median of ${figures.length}):`,
    );
    console.log(
      `  ${figures[0].calls} API calls (bound 1 + ceil(files/100) + ceil(annotations/50) + 2 + base reads past the cap = ${figures[0].bound}), ${median(figures.map((f) => f.ms))} ms wall time`,
    );
  }
}

// The bundle: its size and what is in it, by package (webpack stats from a fresh ncc build).

const kib = (b) => `${(b / 1024).toFixed(0)} KiB`;
console.log(
  `\nbundle: dist/index.js ${kib(statSync(action).size)}, dist/cli/index.js ${kib(statSync(cli).size)}`,
);
const statsDir = mkdtempSync(path.join(tmpdir(), "harden-units-ncc-"));
const built = path.join(root, "build/src/index.js");
const ncc = path.join(root, "node_modules/.bin/ncc");
if (existsSync(built) && existsSync(ncc)) {
  const r = spawnSync(
    ncc,
    ["build", built, "-o", statsDir, "--stats-out", path.join(statsDir, "stats.json"), "-q"],
    { encoding: "utf8" },
  );
  const statsFile = path.join(statsDir, "stats.json");
  if (r.status === 0 && existsSync(statsFile)) {
    const stats = JSON.parse((await import("node:fs")).readFileSync(statsFile, "utf8"));
    const byPackage = new Map();
    for (const m of stats.modules ?? []) {
      const name = String(m.name ?? m.identifier ?? "");
      const pkg =
        /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(name)?.[1] ??
        (name.includes("/build/src/") || name.startsWith("./build/src")
          ? "(harden-units)"
          : "(other)");
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + (m.size ?? 0));
    }
    const total = [...byPackage.values()].reduce((a, b) => a + b, 0);
    console.log(`  modules by package (source bytes before bundling, ${kib(total)} in all):`);
    for (const [pkg, size] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 15))
      console.log(
        `    ${pkg.padEnd(34)} ${kib(size).padStart(9)}  ${((100 * size) / total).toFixed(0)}%`,
      );
  } else
    console.log(
      `  (no module breakdown: ncc --stats-out failed: ${r.stderr.trim().split("\n")[0] ?? ""})`,
    );
} else console.log("  (no module breakdown: run npm run build first)");
rmSync(statsDir, { recursive: true, force: true });
