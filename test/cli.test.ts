import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
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
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

const HARDENED = "[Service]\nExecStart=/bin/true\nDynamicUser=yes\nPrivateNetwork=yes\n";

describe("harden-units scan", () => {
  test("text: exposure and level per unit, failing checks with the line that decided them", async () => {
    const cwd = workspace({ "units/web.service": "[Service]\nExecStart=/bin/true\nUser=root\n" });
    const r = await run(["scan", "units"], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("units/web.service: 9.6 UNSAFE");
    expect(r.stdout).toMatch(/0\.4 +User=\/DynamicUser= +Service runs as root user +units\/web\.service:3/);
    expect(r.stdout).toContain("1 unit file, 1 scored, highest exposure 9.6; 0 errors");
  });

  test("json: the contract's report", async () => {
    const cwd = workspace({ "a.service": HARDENED, "a.service.d/x.conf": "[Service]\nPrivateTmp=maybe\n" });
    const r = await run(["scan", "--format", "json", "."], cwd);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ version: 1, tool: { name: "harden-units" } });
    const unit = report.units[0];
    expect(unit).toMatchObject({ path: "a.service", unit: "a.service", exposure: 7.9, level: "EXPOSED" });
    expect(unit.checks).toHaveLength(81);
    expect(unit.checks.find((c: { id: string }) => c.id === "PrivateNetwork")).toMatchObject({ name: "PrivateNetwork=", exposure: null, set: true, line: 4 });
    expect(unit.checks.find((c: { id: string }) => c.id === "ProtectClock")).not.toHaveProperty("line");
    expect(unit.findings).toEqual([
      expect.objectContaining({ id: "invalid-value", severity: "error", path: "a.service.d/x.conf", line: 2, column: 12 }),
    ]);
    expect(r.code).toBe(1);
  });

  test("--max-exposure fails the gate above the limit and passes at it", async () => {
    const cwd = workspace({ "a.service": HARDENED });
    expect((await run(["scan", "--max-exposure", "7.9"], cwd)).code).toBe(0);
    const over = await run(["scan", "--max-exposure", "7.8"], cwd);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe("harden-units: gate failed: a.service: exposure 7.9 is above the limit 7.8\n");
  });

  test("a single unit file, a drop-in, or a folder", async () => {
    const cwd = workspace({ "d/x.service": HARDENED, "d/x.service.d/a.conf": "[Service]\nProtectHome=yes\n", "d/README.md": "hi" });
    const json = async (arg: string) => JSON.parse((await run(["scan", "--format", "json", arg], cwd)).stdout).units.map((u: { path: string }) => u.path);
    expect(await json("d/x.service")).toEqual(["d/x.service"]);
    expect(await json("d/x.service.d/a.conf")).toEqual(["d/x.service"]);
    expect(await json("d")).toEqual(["d/x.service"]);
  });

  test.each([
    [["scan", "missing"], "harden-units: cannot read 'missing': no such file or folder\n"],
    [["scan", "--format", "yaml"], "harden-units: --format takes text or json, not 'yaml'\n"],
    [["scan", "--max-exposure", "eleven"], "harden-units: --max-exposure takes a number from 0 to 10, not 'eleven'\n"],
    [["scan", "--bogus"], "harden-units: Unknown option '--bogus'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--bogus\"\n"],
    [["frobnicate"], "harden-units: unknown command 'frobnicate' (try: harden-units scan)\n"],
    [["scan", "README.md"], "harden-units: 'README.md' is not a unit file, a drop-in (NAME.service.d/*.conf) or a folder\n"],
  ])("usage error %j: exit 2, one line, no stack trace", async (args, message) => {
    const cwd = workspace({ "README.md": "hello" });
    const r = await run(args, cwd);
    expect(r).toEqual({ code: 2, stdout: "", stderr: message });
  });

  test("binary and empty files are findings, and the other units are still scanned", async () => {
    const cwd = workspace({ "bin.service": new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]), "empty.service": "", "ok.service": HARDENED });
    const r = await run(["scan", "--format", "json"], cwd);
    const units = JSON.parse(r.stdout).units;
    expect(units.map((u: { path: string; findings: { id: string }[] }) => [u.path, u.findings.map((f) => f.id)])).toEqual([
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
