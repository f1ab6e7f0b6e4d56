import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { rulesMarkdown } from "../src/core/format/docs.js";
import { RULES } from "../src/core/lint/rules.js";

test("docs/rules.md is generated from the rule table (run `npm run docs` after changing a rule)", () => {
  expect(readFileSync("docs/rules.md", "utf8")).toBe(rulesMarkdown());
});

test("every rule is documented", () => {
  const md = rulesMarkdown();
  for (const r of RULES) expect(md).toContain(`## ${r.id}\n`);
});
