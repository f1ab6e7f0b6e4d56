/**
 * Each lint rule on its fixture folder (test/fixtures/lint/RULE/): the findings, as the text
 * format prints them, must be exactly the folder's expected.txt. For every rule whose findings
 * say "systemd ignores this", systemd-analyze verify must print the same message on the same
 * line.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, test } from "vitest";
import { locate } from "../../src/core/findings.js";
import { RULES, RULES_BY_ID } from "../../src/core/lint/rules.js";
import {
  findingLines,
  LINT_FIXTURES,
  ruleFolders,
  scanRuleFolder,
} from "../helpers/lint-fixtures.js";
import { oracleVerify, oracleVerifyText, oracleVersion } from "../helpers/oracle.js";

/** Rules exercised by other test files (CLI, suppressions, policy). */
const TESTED_ELSEWHERE = new Set([
  "not-a-unit-file",
  "empty-unit",
  "invalid-unit-name",
  "missing-required-setting",
  "invalid-suppression",
  "unused-suppression",
]);

describe.each(ruleFolders())("%s", (rule) => {
  const reports = scanRuleFolder(rule);

  test("finds exactly what expected.txt lists", () => {
    const expected = readFileSync(path.join(LINT_FIXTURES, rule, "expected.txt"), "utf8")
      .trim()
      .split("\n");
    expect(findingLines(reports)).toEqual(expected);
  });

  test("the folder shows its own rule", () => {
    expect(reports.flatMap((r) => r.findings).some((f) => f.id === rule)).toBe(true);
  });

  if (!RULES_BY_ID.get(rule)?.systemdIgnores) return;
  test.skipIf(!oracleVersion() && process.env.CI !== "true")(
    "systemd-analyze verify prints each of them on the same line",
    async () => {
      for (const r of reports) {
        const file = path.join(LINT_FIXTURES, rule, r.path);
        const printed = await oracleVerify(file);
        const text = await oracleVerifyText(file);
        for (const f of r.findings.filter((x) => x.id === rule)) {
          expect(f.systemd, `${f.path}:${locate(f).line} ${f.id}`).toBeDefined();
          if (f.systemd!.line === undefined)
            expect(text).toContain(`${r.unit}: ${f.systemd!.message}`);
          else
            expect(printed).toContainEqual({
              file: path.join(LINT_FIXTURES, rule, f.path),
              line: f.systemd!.line,
              message: f.systemd!.message,
            });
        }
      }
    },
  );
});

test("every rule has a fixture folder or a test elsewhere, and every folder is a rule", () => {
  const folders = new Set(ruleFolders());
  expect(
    RULES.filter((r) => !folders.has(r.id) && !TESTED_ELSEWHERE.has(r.id)).map((r) => r.id),
  ).toEqual([]);
  expect([...folders].filter((f) => !RULES_BY_ID.has(f))).toEqual([]);
});

test("messages say what was found, why, and the remedy: lower-case, with a quoted value or key, and a remedy after the colon", () => {
  for (const rule of ruleFolders()) {
    for (const f of scanRuleFolder(rule).flatMap((r) => r.findings)) {
      expect(f.message, f.message).toMatch(/^[a-z'A-Z(]/);
      expect(f.message, f.message).toMatch(/[:;] /);
      expect(f.message.endsWith("."), f.message).toBe(false);
    }
  }
});
