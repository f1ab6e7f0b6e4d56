import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { rulesMarkdown, TABLES_START, withActionTables } from "../src/core/format/docs.js";
import { RULES } from "../src/core/lint/rules.js";

test("docs/rules.md is generated from the rule table (run `npm run docs` after changing a rule)", () => {
  expect(readFileSync("docs/rules.md", "utf8")).toBe(rulesMarkdown());
});

test("every rule is documented", () => {
  const md = rulesMarkdown();
  for (const r of RULES) expect(md).toContain(`## ${r.id}\n`);
});

test("README's inputs and outputs tables are generated from action.yml (run `npm run docs` after changing action.yml)", () => {
  const readme = readFileSync("README.md", "utf8");
  expect(readme).toContain(TABLES_START);
  expect(withActionTables(readme, readFileSync("action.yml", "utf8"))).toBe(readme);
  for (const name of ["github-token", "fail-on-increase", "commit-sha"])
    expect(readme).toContain(`| \`${name}\` |`);
});
