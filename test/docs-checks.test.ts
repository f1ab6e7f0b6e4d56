/** docs/checks.md: generated from the check table, checked for drift, and its fixes scored. */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { CHECKS } from "../src/core/checks/table.js";
import { checkRemedy, checksMarkdown, settingDoc } from "../src/core/format/docs.js";
import { runIn, workspace } from "./helpers/workspace.js";

describe("docs/checks.md", () => {
  test("is generated from the check table (run `npm run docs` after changing a check)", () => {
    expect(readFileSync("docs/checks.md", "utf8")).toBe(checksMarkdown());
  });

  test("is what `harden-units docs checks` prints, and `npm run docs` writes it", async () => {
    const r = await runIn(process.cwd(), ["docs", "checks"]);
    expect(r).toEqual({ code: 0, stdout: checksMarkdown(), stderr: "" });
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.docs).toContain("node dist/cli/index.js docs checks > docs/checks.md");
    expect(pkg.scripts.docs).toContain("node dist/cli/index.js docs rules > docs/rules.md");
  });

  test("documents every check: a row, a section, what it blocks, the fix, its risk, the version", () => {
    const md = checksMarkdown();
    for (const c of CHECKS) {
      expect(md).toContain(`| \`${c.id}\` | ${c.weight} |`);
      const section = md.split(`\n## ${c.name}\n`)[1]?.split("\n## ")[0];
      expect(section, c.id).toBeDefined();
      for (const label of ["Blocks", "Fix", "Risk", "Since"])
        expect(section).toMatch(new RegExp(`- \\*\\*${label}:\\*\\* \\S`));
      const { keys } = checkRemedy(c);
      const doc = settingDoc(keys[0]!);
      expect(
        doc,
        `${c.id}: ${keys[0]} needs a description in hardening.ts or docs.ts`,
      ).toBeDefined();
      expect(doc!.blocks.length).toBeGreaterThan(10);
      expect(doc!.risk.length).toBeGreaterThan(3);
    }
  });
});

describe("the fix each check's documentation gives", () => {
  // A service running as a dedicated user, with nothing else set: every check applies.
  const BASE = "[Service]\nExecStart=/bin/true\nUser=app\n";

  test("makes that check pass (badness 0), as harden-units (and systemd-analyze) score it", async () => {
    const files: Record<string, string> = {};
    for (const c of CHECKS)
      files[`${c.id.replace(/[^A-Za-z0-9_]/g, "")}.service`] =
        BASE +
        checkRemedy(c)
          .set.map((l) => `${l}\n`)
          .join("");
    const cwd = workspace(files);
    const r = await runIn(cwd, ["scan", "--format", "json", "--no-fix", "."]);
    const units = new Map(
      (
        JSON.parse(r.stdout).units as {
          path: string;
          checks: { id: string; badness: number | null }[];
        }[]
      ).map((u) => [u.path, u]),
    );
    const failing: string[] = [];
    for (const c of CHECKS) {
      const unit = units.get(`${c.id.replace(/[^A-Za-z0-9_]/g, "")}.service`)!;
      const row = unit.checks.find((x) => x.id === c.id)!;
      if (row.badness !== 0)
        failing.push(
          `${c.id} (badness ${row.badness} with ${checkRemedy(c).set.join(", ") || "nothing set"})`,
        );
    }
    expect(failing).toEqual([]);
  });

  test("without it, the check fails on that service (so the fix is what makes it pass)", async () => {
    const r = await runIn(workspace({ "base.service": BASE }), [
      "scan",
      "--format",
      "json",
      "--no-fix",
      ".",
    ]);
    const checks = JSON.parse(r.stdout).units[0].checks as { id: string; badness: number | null }[];
    const passing = CHECKS.filter(
      (c) => checkRemedy(c).set.length > 0 && checks.find((x) => x.id === c.id)!.badness === 0,
    ).map((c) => c.id);
    // User=app is part of the base: the user check is the one whose fix is already there.
    expect(passing).toEqual(["UserOrDynamicUser"]);
  });
});
