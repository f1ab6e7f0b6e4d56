/** `scan --format gitlab`: a GitLab Code Quality report, with fingerprints that survive moved lines. */
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { fingerprint, type CodeQualityIssue } from "../src/core/format/gitlab.js";
import { runIn, workspace } from "./helpers/workspace.js";

const UNIT =
  "[Service]\nExecStart=/bin/true\nUser=app\nSystemCallFilter=open,read,write,close\nMemoryLimit=1G\n";

async function report(
  cwd: string,
  args: string[] = [],
): Promise<{ code: number; issues: CodeQualityIssue[]; stderr: string }> {
  const r = await runIn(cwd, ["scan", "--format", "gitlab", ...args]);
  return { code: r.code, issues: JSON.parse(r.stdout) as CodeQualityIssue[], stderr: r.stderr };
}

describe("harden-units scan --format gitlab", () => {
  test("every issue has the fields GitLab requires, with GitLab's severities", async () => {
    const cwd = workspace({ "deploy/web.service": UNIT });
    const { code, issues, stderr } = await report(cwd, ["--max-exposure", "5"]);
    expect(issues.length).toBeGreaterThanOrEqual(3);
    for (const i of issues) {
      expect(Object.keys(i).sort()).toEqual([
        "check_name",
        "description",
        "fingerprint",
        "location",
        "severity",
      ]);
      expect(i.description).toEqual(expect.any(String));
      expect(i.fingerprint).toMatch(/^[0-9a-f]{32}$/);
      expect(["info", "minor", "major", "critical", "blocker"]).toContain(i.severity);
      expect(i.location).toEqual({
        path: "deploy/web.service",
        lines: { begin: expect.any(Number) },
      });
      expect(i.location.lines.begin).toBeGreaterThanOrEqual(1);
    }
    const by = (id: string) => issues.find((i) => i.check_name === id);
    expect(by("comma-separated-list")).toMatchObject({
      severity: "major",
      location: { lines: { begin: 4 } },
    });
    expect(by("comma-separated-list")!.description).toContain(
      "'open,read,write,close' is read as one system call name",
    );
    expect(by("deprecated-option")).toMatchObject({
      severity: "minor",
      location: { lines: { begin: 5 } },
    });
    expect(by("exposure-above-limit")).toMatchObject({
      severity: "critical",
      location: { lines: { begin: 1 } },
    });
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^harden-units: gate failed: /);
  });

  test("fingerprints stay when lines move, and change when the issue does", async () => {
    const cwd = workspace({ "web.service": UNIT });
    const before = (await report(cwd)).issues;
    writeFileSync(path.join(cwd, "web.service"), `# moved down\n\n${UNIT}`);
    const moved = (await report(cwd)).issues;
    expect(moved.map((i) => i.location.lines.begin)).toEqual(
      before.map((i) => i.location.lines.begin + 2),
    );
    expect(moved.map((i) => i.fingerprint)).toEqual(before.map((i) => i.fingerprint));
    writeFileSync(path.join(cwd, "web.service"), UNIT.replace("open,read", "open,stat"));
    const changed = (await report(cwd)).issues;
    const comma = (is: CodeQualityIssue[]) =>
      is.find((i) => i.check_name === "comma-separated-list")!.fingerprint;
    expect(comma(changed)).not.toBe(comma(before));
    const deprecated = (is: CodeQualityIssue[]) =>
      is.find((i) => i.check_name === "deprecated-option")!.fingerprint;
    expect(deprecated(changed)).toBe(deprecated(before));
  });

  test("identical issues on different lines get different fingerprints", async () => {
    const cwd = workspace({
      "web.service": "[Service]\nExecStart=/bin/true\nUser=app\nMemoryLimit=1G\nMemoryLimit=1G\n",
    });
    const issues = (await report(cwd)).issues.filter((i) => i.check_name === "deprecated-option");
    expect(issues.map((i) => i.location.lines.begin)).toEqual([4, 5]);
    expect(issues[0]!.fingerprint).not.toBe(issues[1]!.fingerprint);
  });

  test("nothing to report is an empty array and exit 0", async () => {
    const r = await runIn(
      workspace({ "a.service": "[Service]\nExecStart=/bin/true\nUser=app\n" }),
      ["scan", "--format", "gitlab", "--annotate-exposure", "never"],
    );
    expect(r).toEqual({ code: 0, stdout: "[]\n", stderr: "" });
  });

  test("fingerprint is FNV-1a 128 (known vectors)", () => {
    expect(fingerprint("")).toBe("6c62272e07bb014262b821756295c58d");
    expect(fingerprint("a")).toBe("d228cb696f1a8caf78912b704e4a8964");
  });
});
