import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { runCli } from "../src/cli.js";

function workspace(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "harden-units-cli-"));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

async function run(args: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd,
  });
  return { code, stdout, stderr };
}

const HARDENED = "[Service]\nExecStart=/bin/true\nDynamicUser=yes\nPrivateNetwork=yes\n";

describe("harden-units scan", () => {
  test("text: exposure and level per unit, failing checks with the line that decided them", async () => {
    const cwd = workspace({ "units/web.service": "[Service]\nExecStart=/bin/true\nUser=root\n" });
    const r = await run(["scan", "units"], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("units/web.service: 9.6 UNSAFE");
    expect(r.stdout).toMatch(
      /0\.4 +User=\/DynamicUser= +Service runs as root user +units\/web\.service:3/,
    );
    expect(r.stdout).toContain("1 unit file, 1 scored, highest exposure 9.6; 0 errors");
  });

  test("json: the contract's report", async () => {
    const cwd = workspace({
      "a.service": HARDENED,
      "a.service.d/x.conf": "[Service]\nPrivateTmp=maybe\n",
    });
    const r = await run(["scan", "--format", "json", "."], cwd);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ version: 2, tool: { name: "harden-units" } });
    // Version 2: the check table once per report, a unit's checks say what differs from it.
    expect(Object.keys(report.checkTable)).toHaveLength(81);
    expect(report.checkTable.PrivateTmp).toEqual({
      name: "PrivateTmp=",
      weight: 1000,
      range: 1,
      good: "Service has no access to other software's temporary files",
      bad: "Service has access to other software's temporary files",
    });
    const unit = report.units[0];
    expect(unit).toMatchObject({
      path: "a.service",
      unit: "a.service",
      exposure: 7.9,
      level: "EXPOSED",
    });
    expect(unit.checks).toHaveLength(81);
    expect(unit.checks.find((c: { id: string }) => c.id === "PrivateNetwork")).toMatchObject({
      name: "PrivateNetwork=",
      exposure: null,
      set: true,
      line: 4,
    });
    expect(unit.checks.find((c: { id: string }) => c.id === "ProtectClock")).not.toHaveProperty(
      "line",
    );
    expect(unit.findings).toEqual([
      expect.objectContaining({
        id: "invalid-value",
        severity: "error",
        path: "a.service.d/x.conf",
        line: 2,
        column: 12,
      }),
    ]);
    expect(r.code).toBe(1);
  });

  test("--max-exposure fails the gate above the limit and passes at it", async () => {
    const cwd = workspace({ "a.service": HARDENED });
    expect((await run(["scan", "--max-exposure", "7.9"], cwd)).code).toBe(0);
    const over = await run(["scan", "--max-exposure", "7.8"], cwd);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe(
      "harden-units: gate failed: a.service: exposure 7.9 is above the limit 7.8\n",
    );
  });

  test("a single unit file, a drop-in, or a folder", async () => {
    const cwd = workspace({
      "d/x.service": HARDENED,
      "d/x.service.d/a.conf": "[Service]\nProtectHome=yes\n",
      "d/README.md": "hi",
    });
    const json = async (arg: string) =>
      JSON.parse((await run(["scan", "--format", "json", arg], cwd)).stdout).units.map(
        (u: { path: string }) => u.path,
      );
    expect(await json("d/x.service")).toEqual(["d/x.service"]);
    expect(await json("d/x.service.d/a.conf")).toEqual(["d/x.service"]);
    expect(await json("d")).toEqual(["d/x.service"]);
  });

  test.each([
    [["scan", "missing"], "harden-units: cannot read 'missing': no such file or folder\n"],
    [
      ["scan", "--format", "yaml"],
      "harden-units: --format takes text, json, sarif, github or gitlab, not 'yaml'\n",
    ],
    [
      ["scan", "--max-exposure", "eleven"],
      "harden-units: --max-exposure takes a number from 0 to 10, not 'eleven'\n",
    ],
    [
      ["scan", "--bogus"],
      "harden-units: Unknown option '--bogus'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--bogus\"\n",
    ],
    [
      ["frobnicate"],
      "harden-units: unknown command 'frobnicate' (try: harden-units scan, or harden-units fix)\n",
    ],
    [
      ["scan", "README.md"],
      "harden-units: 'README.md' is not a unit file, a drop-in (NAME.service.d/*.conf) or a folder\n",
    ],
  ])("usage error %j: exit 2, one line, no stack trace", async (args, message) => {
    const cwd = workspace({ "README.md": "hello" });
    const r = await run(args, cwd);
    expect(r).toEqual({ code: 2, stdout: "", stderr: message });
  });

  test("binary and empty files are findings, and the other units are still scanned", async () => {
    const cwd = workspace({
      "bin.service": new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]),
      "empty.service": "",
      "ok.service": HARDENED,
    });
    const r = await run(["scan", "--format", "json"], cwd);
    const units = JSON.parse(r.stdout).units;
    expect(
      units.map((u: { path: string; findings: { id: string }[] }) => [
        u.path,
        u.findings.map((f) => f.id),
      ]),
    ).toEqual([
      ["bin.service", ["not-a-unit-file"]],
      ["empty.service", ["empty-unit"]],
      ["ok.service", []],
    ]);
    expect(r.code).toBe(1);
  });

  test("--version and --help", async () => {
    expect((await run(["--version"], tmpdir())).stdout).toMatch(/^harden-units \d+\.\d+\.\d+\n$/);
    expect((await run(["--help"], tmpdir())).stdout).toContain("usage: harden-units scan");
  });
});

test("scan --format sarif: one SARIF 2.1.0 log with the findings and the units above the limit", async () => {
  const cwd = workspace({
    "units/web.service": "[Service]\nExecStart=/bin/true\nSystemCallArchitectures=amd64\n",
  });
  const r = await run(["scan", "--format", "sarif", "--max-exposure", "5", "units"], cwd);
  expect(r.code).toBe(1);
  const log = JSON.parse(r.stdout);
  expect(log.version).toBe("2.1.0");
  const results = log.runs[0].results as {
    ruleId: string;
    locations: {
      physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } };
    }[];
  }[];
  // the unit above the limit on its [Service] line (error, as its annotation), the weak SystemCallArchitectures= line (note), the finding
  expect(results.map((x) => x.ruleId).sort()).toEqual([
    "exposure-above-limit",
    "unknown-architecture",
    "weak-setting",
  ]);
  const unit = results.find(
    (x) => x.ruleId === "exposure-above-limit",
  )! as (typeof results)[number] & { level: string };
  expect(unit.level).toBe("error");
  expect(unit.locations[0]!.physicalLocation).toMatchObject({
    artifactLocation: { uri: "units/web.service" },
    region: { startLine: 1 },
  });
  const arch = results.find((x) => x.ruleId === "unknown-architecture")!;
  expect(arch.locations[0]!.physicalLocation).toMatchObject({
    artifactLocation: { uri: "units/web.service" },
    region: { startLine: 3 },
  });
  expect(r.stderr).toMatch(/^harden-units: gate failed: /);
});

describe("harden-units fix", () => {
  const UNIT = "[Service]\nExecStart=/usr/bin/app\nUser=app\n";

  test("writes UNIT.d/hardening.conf beside each unit it can improve, and says so; a second run changes nothing", async () => {
    const cwd = workspace({
      "units/app.service": UNIT,
      "units/done.service": HARDENED + "ProtectHome=yes\n",
    });
    const first = await run(["fix", "units"], cwd);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^units\/app\.service: no drop-in|wrote units\/app\.service\.d\/hardening\.conf \(app\.service: 9\.2 -> \d\.\d\)\n/m,
    );
    expect(readFileSync(path.join(cwd, "units/app.service.d/hardening.conf"), "utf8")).toMatch(
      /^# Generated by harden-units/,
    );
    const second = await run(["fix", "units"], cwd);
    expect(second.stdout).toContain(
      "units/app.service.d/hardening.conf: up to date (app.service: 9.2 ->",
    );
    expect(second.stdout).toContain("0 drop-ins written");
    const scanned = JSON.parse((await run(["scan", "--format", "json", "units"], cwd)).stdout);
    expect(
      scanned.units.find((u: { path: string }) => u.path === "units/app.service"),
    ).not.toHaveProperty("dropin");
  });

  test("regenerating our drop-in with another profile: the exposure it changes is the unit's as it is now", async () => {
    const cwd = workspace({ "app.service": UNIT });
    await run(["fix"], cwd);
    const now = JSON.parse((await run(["scan", "--format", "json", "--no-fix"], cwd)).stdout)
      .units[0].exposure as number;
    expect(now).toBeLessThan(9.2);
    const strict = await run(["fix", "--profile", "strict"], cwd);
    expect(strict.stdout).toMatch(
      new RegExp(
        `^wrote app\\.service\\.d/hardening\\.conf \\(app\\.service: ${now.toFixed(1).replace(".", "\\.")} -> \\d\\.\\d\\)$`,
        "m",
      ),
    );
  });

  test("--dry-run prints the drop-ins and writes nothing", async () => {
    const cwd = workspace({ "app.service": UNIT });
    const r = await run(
      ["fix", "--dry-run", "--profile", "strict", "--dropin-name", "50-harden.conf"],
      cwd,
    );
    expect(r.stdout).toMatch(
      /^--- app\.service\.d\/50-harden\.conf \(app\.service: 9\.2 -> \d\.\d\)\n# Generated by harden-units \(profile strict\)/,
    );
    expect(existsSync(path.join(cwd, "app.service.d"))).toBe(false);
  });

  test("scan --format json carries the proposal the contract describes", async () => {
    const cwd = workspace({ "app.service": UNIT });
    const unit = JSON.parse((await run(["scan", "--format", "json"], cwd)).stdout).units[0];
    expect(unit.dropin).toMatchObject({
      path: "app.service.d/hardening.conf",
      content: expect.stringContaining("[Service]\n"),
    });
    expect(unit.dropin.exposureAfter).toBeLessThan(unit.exposure);
  });

  // Bug: scan ignored the policy's profile (it previewed the baseline drop-in) while fix honoured it.
  test("scan previews the drop-in fix writes, with the policy's profile", async () => {
    const cwd = workspace({
      "app.service": UNIT,
      ".github/harden-units.ini": "profile = strict\n",
    });
    const preview = JSON.parse((await run(["scan", "--format", "json"], cwd)).stdout).units[0]
      .dropin;
    const dry = (await run(["fix", "--dry-run"], cwd)).stdout;
    expect(dry).toContain("(profile strict)");
    expect(preview.content).toContain("(profile strict)");
    expect(dry).toBe(
      `--- ${preview.path} (app.service: 9.2 -> ${preview.exposureAfter.toFixed(1)})\n${preview.content}`,
    );
    // Given on the command line, the profile wins over the policy's, in both.
    const baseline = JSON.parse(
      (await run(["scan", "--format", "json", "--profile", "baseline"], cwd)).stdout,
    ).units[0].dropin;
    expect(baseline.content).toContain("(profile baseline)");
    expect((await run(["fix", "--dry-run", "--profile", "baseline"], cwd)).stdout).toContain(
      baseline.content,
    );
  });

  test.each(["../evil.conf", "a/b.conf", "x.txt", ".hidden.conf"])(
    "--dropin-name %s is refused",
    async (name) => {
      const cwd = workspace({ "app.service": UNIT });
      const r = await run(["fix", "--dropin-name", name], cwd);
      expect(r).toEqual({
        code: 2,
        stdout: "",
        stderr: `harden-units: --dropin-name takes a file name ending in .conf, such as hardening.conf, not '${name}'\n`,
      });
    },
  );

  test("never writes through a drop-in folder that is a link out of the tree", async () => {
    const outside = workspace({});
    const cwd = workspace({ "app.service": UNIT });
    symlinkSync(outside, path.join(cwd, "app.service.d"));
    const r = await run(["fix"], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "harden-units: refusing to write into 'app.service.d/hardening.conf': its folder is a link or not a folder\n",
    );
    expect(readdirSync(outside)).toEqual([]);
  });
});
