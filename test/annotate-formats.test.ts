/**
 * Issue 12: the annotations of weak sandboxing, the same in `--format github|sarif|gitlab` as in
 * the action: a unit at or above annotate-exposure on its [Service] line, a notice on each line
 * that sets a weak value, unit annotations first (most exposed first).
 */
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import type { CodeQualityIssue } from "../src/core/format/gitlab.js";
import { runIn, workspace } from "./helpers/workspace.js";

/** 7.0 MEDIUM; [Service] on line 4; each line from 6 on sets a weak value. */
const WEAK = [
  "[Unit]",
  "Description=web",
  "",
  "[Service]",
  "ExecStart=/usr/bin/web",
  "ProtectSystem=no",
  "User=root",
  "RestrictAddressFamilies=AF_INET AF_PACKET",
  "CapabilityBoundingSet=CAP_SYS_ADMIN CAP_NET_BIND_SERVICE",
  "SystemCallFilter=~@mount",
  "PrivateNetwork=no",
  "",
].join("\n");
/** 9.6 UNSAFE, [Service] on line 3. */
const BARE = "[Unit]\nDescription=bare\n[Service]\nExecStart=/usr/bin/bare\n";
/** Well hardened: 2.x OK, below 5.0. */
const HARDENED = [
  "[Service]",
  "ExecStart=/usr/bin/db",
  "DynamicUser=yes",
  "ProtectSystem=strict",
  "ProtectHome=yes",
  "PrivateTmp=yes",
  "PrivateDevices=yes",
  "PrivateNetwork=yes",
  "NoNewPrivileges=yes",
  "CapabilityBoundingSet=",
  "RestrictAddressFamilies=AF_UNIX",
  "SystemCallFilter=@system-service",
  "ProtectKernelTunables=yes",
  "ProtectKernelModules=yes",
  "ProtectControlGroups=yes",
  "",
].join("\n");

const commands = (stdout: string) => stdout.split("\n").filter((l) => l.startsWith("::"));
const props = (line: string) => line.slice(0, line.indexOf("::", 2));

describe("scan --format github", () => {
  test("a weak unit: a warning on its [Service] line, then a notice on each weak line, in line order", async () => {
    const cwd = workspace({ "units/web.service": WEAK });
    const r = await runIn(cwd, ["scan", "--format", "github", "units"]);
    const lines = commands(r.stdout);
    expect(lines[0]).toMatch(
      /^::warning title=harden-units%3A web\.service 7\.0 MEDIUM,file=units\/web\.service,line=4,endLine=4::web\.service: exposure 7\.0 MEDIUM\.%0A/,
    );
    expect(lines[0]).toContain(
      "Costliest checks: PrivateNetwork= 0.5 (line 11: `PrivateNetwork=no`); User=/DynamicUser= 0.4 (line 7: `User=root`); ",
    );
    expect(lines[0]).toMatch(
      /With the proposed drop-in `units\/web\.service\.d\/hardening\.conf`: \d\.\d; to get it, run `npx harden-units fix units`\. \[unit-exposure\]$/,
    );
    const notices = lines.filter((l) => l.startsWith("::notice "));
    expect(notices.map(props)).toEqual(
      [6, 7, 8, 9, 10, 11].map((n) =>
        expect.stringMatching(
          new RegExp(
            `^::notice title=harden-units%3A weak \\w+=,file=units/web\\.service,line=${n},endLine=${n}$`,
          ),
        ),
      ),
    );
    const text = notices.join("\n");
    expect(text).toContain(
      "`ProtectSystem=no` leaves ProtectSystem= failing in web.service (Service has full access to the OS file hierarchy); it costs 0.2 of 7.0. Remedy: the proposed drop-in sets `ProtectSystem=full`. [weak-setting]",
    );
    expect(text).toContain("`User=root` leaves User=/DynamicUser= failing");
    expect(text).toMatch(
      /`RestrictAddressFamilies=AF_INET AF_PACKET` leaves [^\n]*RestrictAddressFamilies=~AF_PACKET/,
    );
    expect(text).toMatch(
      /`CapabilityBoundingSet=CAP_SYS_ADMIN CAP_NET_BIND_SERVICE` leaves [^\n]*CapabilityBoundingSet=~CAP_SYS_ADMIN/,
    );
    expect(text).toMatch(/`SystemCallFilter=~@mount` leaves SystemCallFilter=~@\S+, /);
    expect(text).toContain("`PrivateNetwork=no` leaves PrivateNetwork= failing");
    // the two widens-exposure warnings of lint follow, as before
    expect(
      lines.filter((l) => l.startsWith("::warning ")).map((l) => /\[([\w-]+)\]$/.exec(l)![1]),
    ).toEqual(["unit-exposure", "widens-exposure", "widens-exposure"]);
    expect(r.code).toBe(0);
  });

  test("unit annotations first, most exposed first; below annotate-exposure none; never: none at all", async () => {
    const cwd = workspace({
      "a/web.service": WEAK,
      "b/bare.service": BARE,
      "c/db.service": HARDENED,
    });
    const lines = commands((await runIn(cwd, ["scan", "--format", "github", "."])).stdout);
    expect(lines.slice(0, 2).map(props)).toEqual([
      "::warning title=harden-units%3A bare.service 9.6 UNSAFE,file=b/bare.service,line=3,endLine=3",
      "::warning title=harden-units%3A web.service 7.0 MEDIUM,file=a/web.service,line=4,endLine=4",
    ]);
    expect(lines.filter((l) => l.endsWith("[unit-exposure]"))).toHaveLength(2);
    expect(lines.some((l) => l.includes("c/db.service") && l.endsWith("[unit-exposure]"))).toBe(
      false,
    );
    const seven = commands(
      (await runIn(cwd, ["scan", "--format", "github", "--annotate-exposure", "7.1", "."])).stdout,
    );
    expect(seven.filter((l) => l.endsWith("[unit-exposure]")).map(props)).toEqual([
      "::warning title=harden-units%3A bare.service 9.6 UNSAFE,file=b/bare.service,line=3,endLine=3",
    ]);
    const never = commands(
      (await runIn(cwd, ["scan", "--format", "github", "--annotate-exposure", "never", "."]))
        .stdout,
    );
    expect(never.filter((l) => l.endsWith("[unit-exposure]"))).toEqual([]);
  });

  test("a unit with no [Service] section is annotated on its first line", async () => {
    const cwd = workspace({
      "x.service": "[Unit]\nDescription=x\n",
      "x.service.d/10.conf": "[Service]\nExecStart=/bin/x\n",
    });
    const lines = commands((await runIn(cwd, ["scan", "--format", "github", "."])).stdout);
    expect(lines.filter((l) => l.endsWith("[unit-exposure]")).map(props)).toEqual([
      "::warning title=harden-units%3A x.service 9.6 UNSAFE,file=x.service,line=1,endLine=1",
    ]);
  });
});

describe("scan --format sarif", () => {
  test("a result per weak unit with its rule, on the [Service] line, at its annotation's level; valid rule references", async () => {
    const cwd = workspace({
      "a/web.service": WEAK,
      "b/bare.service": BARE,
      "c/db.service": HARDENED,
    });
    const r = await runIn(cwd, ["scan", "--format", "sarif", "--max-exposure", "8", "."]);
    const log = JSON.parse(r.stdout);
    const run = log.runs[0];
    const rules = run.tool.driver.rules as {
      id: string;
      defaultConfiguration: { level: string };
    }[];
    type Result = {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string };
          region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
        };
      }[];
      partialFingerprints?: Record<string, string>;
    };
    const results = run.results as Result[];
    for (const x of results) {
      expect(rules[x.ruleIndex]!.id).toBe(x.ruleId);
      expect(["error", "warning", "note"]).toContain(x.level);
      const region = x.locations[0]!.physicalLocation.region;
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(region.endColumn).toBeGreaterThanOrEqual(region.startColumn);
    }
    expect(new Set(rules.map((x) => x.id)).size).toBe(rules.length);
    const units = results.filter(
      (x) => x.ruleId === "unit-exposure" || x.ruleId === "exposure-above-limit",
    );
    expect(
      units.map((x) => [
        x.ruleId,
        x.level,
        x.locations[0]!.physicalLocation.artifactLocation.uri,
        x.locations[0]!.physicalLocation.region.startLine,
      ]),
    ).toEqual([
      ["exposure-above-limit", "error", "b/bare.service", 3],
      ["unit-exposure", "warning", "a/web.service", 4],
    ]);
    expect(units[0]!.message.text).toMatch(
      /^bare\.service: exposure 9\.6 UNSAFE\.\nGate: exposure 9\.6 is above the limit 8\.0\./,
    );
    const weakOf = (uri: string) =>
      results.filter(
        (x) =>
          x.ruleId === "weak-setting" &&
          x.locations[0]!.physicalLocation.artifactLocation.uri === uri,
      );
    expect(
      weakOf("a/web.service").map((x) => [
        x.level,
        x.locations[0]!.physicalLocation.region.startLine,
      ]),
    ).toEqual([6, 7, 8, 9, 10, 11].map((n) => ["note", n]));
    const annotated = results.filter((x) => x.partialFingerprints);
    expect(new Set(annotated.map((x) => x.partialFingerprints!["harden-units/v1"])).size).toBe(
      annotated.length,
    );
    expect(rules.find((x) => x.id === "unit-exposure")!.defaultConfiguration.level).toBe("warning");
    expect(r.code).toBe(1);
  });
});

describe("scan --format gitlab", () => {
  const issues = async (cwd: string, args: string[] = []) =>
    JSON.parse(
      (await runIn(cwd, ["scan", "--format", "gitlab", ...args])).stdout,
    ) as CodeQualityIssue[];

  test("a weak unit is an issue on its [Service] line whose fingerprint stays while its exposure and lines change", async () => {
    const cwd = workspace({ "web.service": WEAK });
    const unitIssue = (is: CodeQualityIssue[]) =>
      is.filter((i) => i.check_name === "unit-exposure" || i.check_name === "exposure-above-limit");
    const before = unitIssue(await issues(cwd));
    expect(before).toEqual([
      {
        description: expect.stringMatching(/^web\.service: exposure 7\.0 MEDIUM\./),
        check_name: "unit-exposure",
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
        severity: "minor",
        location: { path: "web.service", lines: { begin: 4 } },
      },
    ]);
    writeFileSync(
      path.join(cwd, "web.service"),
      `# moved\n${WEAK.replace("User=root\n", "User=web\n")}`,
    );
    const after = unitIssue(await issues(cwd));
    expect(after[0]!.description).not.toBe(before[0]!.description);
    expect(after[0]!.location.lines.begin).toBe(5);
    expect(after[0]!.fingerprint).toBe(before[0]!.fingerprint);
    // above --max-exposure: critical, still the same issue
    const limited = unitIssue(await issues(cwd, ["--max-exposure", "5"]));
    expect(limited[0]).toMatchObject({
      check_name: "exposure-above-limit",
      severity: "critical",
      fingerprint: before[0]!.fingerprint,
    });
    const weak = (await issues(cwd)).filter((i) => i.check_name === "weak-setting");
    expect(weak.map((i) => [i.severity, i.location.lines.begin])).toEqual(
      [7, 9, 10, 11, 12].map((n) => ["info", n]),
    );
    expect(new Set(weak.map((i) => i.fingerprint)).size).toBe(5);
  });
});
