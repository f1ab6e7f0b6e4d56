import { describe, expect, test } from "vitest";
import { gateFailures, gateLine } from "../../src/core/gate.js";
import { RULES, ruleFinding } from "../../src/core/lint/rules.js";
import { scanUnit } from "../../src/core/scan.js";
import { MemoryTree } from "../../src/core/units/tree.js";

const at = { path: "a.service", span: { start: 0, end: 0 } };

describe("findings are made through their rule", () => {
  test("the severity is the rule's, or the named variant's", () => {
    expect(ruleFinding("deprecated-option", at, "m")).toMatchObject({
      id: "deprecated-option",
      severity: "warning",
      path: "a.service",
      message: "m",
    });
    expect(ruleFinding("conflicting-options", at, "m", { variant: "no-effect" }).severity).toBe(
      "notice",
    );
    expect(
      ruleFinding("syntax-error", at, "m", { variant: "unterminated-continuation" }).severity,
    ).toBe("warning");
    expect(() => ruleFinding("syntax-error", at, "m", { variant: "nope" })).toThrow(
      /no variant nope/,
    );
  });

  test("every finding of a scan has its rule's severity or a declared variant's", () => {
    const tree = new MemoryTree([
      [
        "a.service",
        "[Service]\nExecStart=/bin/true\nDynamicUser=yes\nPrivateTmp=no\nDelegate=yes\nSystemCallFilter=open,read\nMemoryLimit=1G\nUser=nobody\n# harden-units: ignore\nKillMode=none\nPrivateTmp=yes\\",
      ],
    ]);
    const findings = scanUnit(tree, "a.service").findings;
    expect(findings.length).toBeGreaterThan(4);
    for (const f of findings) {
      const rule = RULES.find((r) => r.id === f.id)!;
      expect([rule.severity, ...Object.values(rule.variants ?? {})], f.id).toContain(f.severity);
    }
  });
});

describe("the gate's failures are records", () => {
  test("path, kind, limit, value and the message; the line is made from them", () => {
    const tree = new MemoryTree([
      ["a.service", "[Service]\nExecStart=/bin/true\nPrivateTmp=maybe\n"],
    ]);
    const report = scanUnit(tree, "a.service");
    const failures = gateFailures([report], {
      maxExposure: 5,
      failOn: "error",
      base: new Map([["a.service", { exposure: 90 }]]),
    });
    expect(failures).toEqual([
      {
        path: "a.service",
        kind: "max-exposure",
        limit: 5,
        value: report.score!.exposure / 10,
        message: `exposure ${(report.score!.exposure / 10).toFixed(1)} is above the limit 5.0`,
      },
      {
        path: "a.service",
        kind: "increase",
        limit: 9,
        value: report.score!.exposure / 10,
        message: `exposure rose from 9.0 to ${(report.score!.exposure / 10).toFixed(1)}`,
      },
      {
        path: "a.service",
        kind: "findings",
        limit: "error",
        value: 1,
        message: "1 finding at or above error (worst: error)",
      },
    ]);
    expect(gateLine(failures, 2)).toBe(
      `a.service: ${failures[0]!.message}; a.service: ${failures[1]!.message}; and 1 more (the report lists all)`,
    );
  });
});
